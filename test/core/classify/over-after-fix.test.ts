import { describe, expect, it } from 'vitest';
import { ruleEngine } from './real-classifier.js';

// Messages that tell a problem is over, read by the rule engine alone: a problem followed in a later
// clause by what was done about it (已经赔完了, 已经拧紧了, 一次没停过, 下午就来了 点赞) is no new report,
// nor is the cause the fixer found, told after the fix (电梯好了 师傅说门机的板子烧了); a new problem
// after the fix (修好了又坏了, …今天又堵了) stays a report.
const c = ruleEngine();

const noReport = (cases: readonly string[]) =>
  it.each(cases)('%s is no report', (text) => {
    expect(c.classify(text).report, text).toBe(false);
  });
const report = (cases: readonly string[]) =>
  it.each(cases)('%s is a report', (text) => {
    expect(c.classify(text).report, text).toBe(true);
  });

describe('已经 with a deed and its result closes the matter told before it', () => {
  const matters = ['楼上漏水那事', '燃气灶软管松了那事', '下水道堵那事'];
  const deeds = ['已经赔了', '物业说已经全面检修了', '师傅已经拧紧了', '物业已经检修过了'];
  const ends = ['', '谢谢网格员', '麻烦你们了'];
  noReport(matters.flatMap((m) => deeds.flatMap((d) => ends.map((e) => `${m} ${d} ${e}`.trim()))));
  report([
    '楼上漏水那事已经赔完了 今天又漏了',
    '下水道已经检修过了 又堵了 快来人',
    '燃气软管已经拧紧了 还是有味 麻烦再来看看',
    '物业说已经全面检修了 电梯今天又停了',
  ]);
});

describe('the cause the fixer found, told after the fix, is no new fault', () => {
  const fixes = ['电梯好了', '已经修好了', '已经救出来了 人没事', '来电了'];
  const causes = ['师傅说水泵的电机烧了', '维保师傅说是门机故障', '说是线路老化短路了', '电工说是空开坏了'];
  noReport(fixes.flatMap((f) => causes.map((k) => `${f} ${k}`)));
  // A fault between two fixes is closed by the later one.
  noReport(['路灯修好了 灯泡烧了 换了新的', '电梯好了 门机的板子烧了 换了新的']);
  report([
    '电梯好了 师傅说门机的板子烧了 今天又坏了',
    '电梯好了 门机的板子烧了 换了新的 今天又坏了',
    '路灯修好了 灯泡烧了 又坏了',
    '谢谢 上次的路灯修好了 今天下水道又堵了',
    '电梯修好了又坏了 换了新的也不行',
    '电梯好了 邻居说楼道灯又坏了',
  ]);
});

describe('a fault of the past that has not come back since is over', () => {
  const past = [
    '以前老停电 换了新变压器以后一次没停过',
    '以前下水道老堵 换了管子以后一次没堵过',
    '以前老跳闸 换了新电表以后再也没跳过闸',
    '以前电梯三天两头坏 换了新电梯以后一次都没卡过',
    '以前楼道灯老坏 换了声控灯以后再没黑过',
    '以前老停水 换了新水泵以后一次也没停过水',
  ];
  const places = ['', '我们那个楼 ', '3栋 '];
  noReport(places.flatMap((p) => past.map((t) => p + t)));
  report(['以前老停电 换了新变压器以后还是老停', '以前下水道老堵 换了管子以后又堵了', '楼上装修的电钻声就没停过']);
});

describe('a fix that came quickly, praised, is no report', () => {
  const told = ['电梯停了', '楼道灯坏了', '下水道堵了', '物业这回效率可以'];
  const came = ['上午报修下午就来了', '早上报修 十分钟就到了', '报修没多久就来人了'];
  const ends = ['点赞👍', '谢谢', '效率可以'];
  noReport(told.flatMap((w) => came.flatMap((k) => ends.map((e) => `${w} ${k} ${e}`))));
  report([
    '电梯上午报修 到现在没人来',
    '物业说马上就到 等了两个小时了 电梯还是坏的',
    '上午报修下午就来了 结果今天又漏了',
    '电梯又停了 快派人修好 谢谢',
  ]);
});

describe('no one needed: fixed by oneself, or things now fewer', () => {
  noReport([
    '下水道堵那事我自己拿皮搋子整开了 不用来人了',
    '马桶堵了 我自己拿皮搋子整开了 不用派人了',
    '水龙头松了 我自己拧紧了 不用上门了',
    '下水道返味 我自己拿水封住了 不用来人了',
    '上次消杀完蟑螂少了好多 赞',
    '灭鼠以后老鼠少了很多 谢谢物业',
  ]);
  report(['下水道堵了 我自己弄不开 快来人', '消杀完蟑螂反而多了好多 能不能再来一次', '马桶堵了 麻烦你们了 快来通一下']);
});
