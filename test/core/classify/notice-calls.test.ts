import { describe, expect, it } from 'vitest';
import { ruleEngine } from './real-classifier.js';

// Notices without a 【】 title, told by their call to everyone: stay home for a visit (屋头要留人的哈,
// 家里要留人), report early before a season (有跑冒滴漏的请提前报修), give a headcount (请回个数).
// Nobody says anything is wrong now, so none is a report. Generated from templates; each scores as a
// report without the call's group.
const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));

const visitors = ['燃气公司', '自来水公司', '物业', '供暖公司'];
const visits = ['明天来安检', '下周二上门抄表', '后天来换水表', '周六上门检查暖气'];
const stays = ['屋头要留人的哈', '家里要留人', '家中需留人', '屋里得留人'];
const stayHome = cross(cross(visitors, visits), stays).map(([[who, what], stay]) => `${who}${what} ${stay} 大家注意一下`);

const seasons: [string, string][] = [
  ['供暖季马上开始', '暖气有跑冒滴漏的'],
  ['入冬前', '水管有漏水的'],
  ['雨季快到了', '窗户漏雨的'],
  ['夏天到了', '空调外机松动的'],
];
const early = cross(seasons, ['请提前报修', '请尽早报修', '请及早报修']).map(([[season, who], call]) => `${season} ${who}${call}`);

const headcount = cross(['9号楼3门', '5栋', '2单元'], ['有几户还在用液化气罐？请回个数', '谁家电动车在楼道充电的 回个数']).map(
  ([place, ask]) => `再确认一下 ${place} ${ask}`,
);

describe('a call to everyone (stay home, report early, give a headcount) is a notice: no report', () => {
  const c = ruleEngine();
  it.each([...stayHome, ...early, ...headcount])('「%s」', (text) => {
    expect(c.classify(text).report).toBe(false);
  });
});

describe('a resident who reported early and still waits is a report', () => {
  const c = ruleEngine();
  const still = ['暖气漏水了 我提前报修了还是没人来', '5栋楼道灯坏了 请尽快派人来修'];
  it.each(still)('「%s」', (text) => {
    expect(c.classify(text).report).toBe(true);
  });
});
