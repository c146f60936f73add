import { describe, expect, it } from 'vitest';
import { realClassifier } from './real-classifier.js';

// A conditional request (conditional-request.ts): a condition about the reader whose clause asks the
// reader for something (如有人管请回复, 要是有负责的麻烦回个话) speaks for its own clause only, so a report
// told before or after it stays a report of its category, as urgent as it was (issue 9). A condition that
// supposes a fault and asks what to do about it (如发现暖气漏水请及时联系物业) is a notice's tip and stays
// no report. Generated from parts.
const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const c = realClassifier();

const conditions = ['如有', '如果有', '要是有', '若有', '假如有', '万一有'];
const readers = ['人管', '负责的', '人看到', '管事的', '物业的人看到', '人负责'];
const asks = ['请回复', '麻烦回个话', '请给个回复', '帮忙说一声', '求回复', '拜托回一下', '请尽快回复'];
const prefixes = cross(cross(conditions, readers), asks).map(([[k, r], a]) => k + r + a);
const separators = [' ', '，', '：'];
const reports = [
  '西门路灯坏了',
  '3号楼电梯又坏了 困了两次人',
  '5栋楼下的下水道堵了 污水往外冒',
  '12号楼暖气一点都不热',
  '2单元楼道里堆满了杂物 过不去人',
  '东门垃圾桶好几天没人清了',
  '6号楼楼道里有很大的煤气味',
  '地下车库充电桩又坏了',
];

describe('conditional request: a report stays a report', () => {
  const bare = reports.map((t) => [t, c.classify(t)] as const);
  it('the bare reports are reports', () => {
    expect(bare.filter(([, r]) => !r.report).map(([t]) => t)).toEqual([]);
  });
  it.each(cross(reports, separators))('「条件请求%j」+ 「%s」', (report, sep) => {
    const want = c.classify(report);
    const wrong = prefixes
      .map((p) => p + sep + report)
      .filter((t) => {
        const r = c.classify(t);
        return !r.report || r.category !== want.category || r.urgent !== want.urgent;
      });
    expect(wrong).toEqual([]);
  });
  it.each(reports)('「%s」 before it, with or without a comma', (report) => {
    const want = c.classify(report);
    const wrong = cross(prefixes, ['，', '']).flatMap(([p, sep]) => {
      const t = report.replace(/\s+/gu, '，') + sep + p;
      const r = c.classify(t);
      return r.report && r.category === want.category ? [] : [t];
    });
    expect(wrong).toEqual([]);
  });
});

describe('conditional request: a tip or a notice stays no report', () => {
  const openings = ['', '温馨提示：', '物业通知：', '【供暖通知】', '各位业主：本周起暖气试水，'];
  const cases = ['如遇', '如发现', '如有', '若发现'];
  const faults = ['电梯困人', '暖气漏水', '路灯不亮', '下水道堵塞', '燃气泄漏'];
  const whatToDo = ['请拨打物业电话', '请及时联系物业', '请到物业登记', '麻烦及时告知物业'];
  const tails = ['', '，以免泡坏楼下', '，不要慌'];
  it.each(openings)('「%s如遇…请…」', (opening) => {
    const texts = cross(cross(cross(cases, faults), whatToDo), tails).map(([[[k, f], w], tail]) => opening + k + f + w + tail);
    expect(texts.filter((t) => c.classify(t).report)).toEqual([]);
  });
  it('a consequence (就麻烦了) asks nothing: the what-if still speaks for what follows', () => {
    expect(c.classify('万一井盖没盖好孩子掉下去就麻烦了，大家看好孩子').report).toBe(false);
  });
});

describe('conditional request: a label asking staff is a resident speaking', () => {
  const fault = '3号楼楼道灯坏了好几天了';
  it.each(['如有人管请回复', '麻烦物业', '请物业', '恳请社区', '拜托网格员'])('「%s：…」 is a report', (label) => {
    expect(c.classify(`${label}：${fault}`)).toMatchObject({ report: true, category: 'lighting' });
  });
  it.each(['物业提醒请注意', '网格员请大家注意', '社区请各位业主'])('「%s：…」 is staff speaking', (label) => {
    expect(c.classify(`${label}：${fault}`).report).toBe(false);
  });
});
