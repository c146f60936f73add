import { describe, expect, it } from 'vitest';
import { ruleEngine } from './real-classifier.js';

// 是 + a utility or a works crew + 在 (是燃气公司在对面楼做管道置换, 是供电公司在换变压器) says the smell,
// outage or noise comes from their work: an explanation, no report and no danger. Generated from
// templates: what was noticed × who is at work × where × a calming tail; each was a report before.
const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const works: [string, string, string][] = [
  ['刚才的煤气味', '燃气公司', '做管道置换'],
  ['楼道里的燃气味', '天然气公司', '换燃气表'],
  ['刚才突然停电', '供电公司', '换变压器'],
  ['下午停水', '自来水公司', '接新管子'],
  ['楼下那么大的噪音', '施工队', '挖管沟'],
  ['暖气管咚咚响', '热力公司', '打压试水'],
];
const explained = cross(cross(works, ['对面楼', '咱们楼下']), ['有通知的 不用慌', '过会儿就好']).map(
  ([[[what, who, work], where], tail]) => `${what}是${who}在${where}${work} ${tail}`,
);

describe('a utility at work explains what was noticed: no report', () => {
  const c = ruleEngine();
  it.each(explained)('「%s」', (text) => {
    expect(c.classify(text)).toMatchObject({ report: false, urgent: false });
  });
});

describe('a fault told after the explanation, or a complaint about the property company, is still a report', () => {
  const c = ruleEngine();
  it('a gas smell at home after the explanation stays urgent', () => {
    expect(c.classify('煤气味是燃气公司在对面楼做管道置换 可是我家厨房也一股味 越来越浓 快来人看看')).toMatchObject({
      report: true,
      urgent: true,
    });
  });
  it('是物业在… is a complaint, not an explanation', () => {
    expect(c.classify('是物业在乱收费 电梯坏了一个月没人修').report).toBe(true);
  });
});
