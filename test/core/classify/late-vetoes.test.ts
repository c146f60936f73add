import { describe, expect, it } from 'vitest';
import { createClauseSplitter } from '../../../src/core/classify/clause-ids.js';
import { compileTerms } from '../../../src/core/classify/compile-terms.js';
import { createLateVetoes } from '../../../src/core/classify/late-vetoes.js';
import { createNegation } from '../../../src/core/classify/negation.js';
import { realClassifier, rules } from './real-classifier.js';

// The late vetoes (late-vetoes.ts): staff speaking, planned work in a time window, an opening thanks
// for a fix. Generated from templates; each message below scores as a report, so only its veto
// keeps it from being one.
const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));

const faults = [
  '3号楼电梯坏了 麻烦尽快来修',
  '5栋楼道灯不亮了 请派人看看',
  '小区东门的下水道堵了 一直往外冒',
  '2单元楼下垃圾好几天没人清了',
  '6号楼水管漏水了 一直滴',
  '楼下饭店油烟太大了 熏得开不了窗',
];
const labels = ['物业', '物业客服', '网格员', '社区', '居委会', '物业工程部'];
const staffSay = cross(labels, faults).flatMap(([l, f]): [string, string][] => [
  [`${l}：${f}`, l],
  [`${f}——${l}`, l],
]);
const windows: [string, string][] = [
  ['下午两点到五点', '停水'],
  ['九点到十一点', '停电'],
  ['晚上8点到10点', '停气'],
  // A window into the next day, and a span of days.
  ['23点至明早5点', '停电'],
  ['22点到第二天凌晨4点', '停水'],
  ['周一到周三', '停水'],
  ['星期二至星期四', '停气'],
  ['3号到5号', '停电'],
];
const plannedSay = cross(cross(['B区今天', '4号楼明天', '小区今晚'], windows), ['大家提前接好水', '期间可能有影响']).map(
  ([[place, [window, work]], after]): [string, string] => [`${place}${window}${work} ${after}`, work],
);
const fixes = ['堵了好几天的下水道通好了', '坏了一周的楼道灯修好了', '漏水的水管换好了', '电梯故障总算修好了'];
const thanksSay = cross(cross(['谢谢物业 ', '感谢网格员 ', '多谢物业师傅 '], fixes), [' 味道也没了', ' 大半夜的真不容易', ' 跑了两趟']).map(
  ([[opening, fix], effort]): [string, string] => [`${opening}${fix}${effort}`, opening.trim().slice(0, 2)],
);

describe('createLateVetoes: the stage on its own', () => {
  const { index } = compileTerms(rules);
  const splitClauses = createClauseSplitter(rules.language.clauseBreaks);
  const lateVeto = createLateVetoes(rules, createNegation(rules.language));
  const veto = (text: string, urgent = false) => lateVeto(text, text, splitClauses(text), index.findAll(text), urgent);

  it.each(staffSay)('「%s」: staff speak (%s)', (text, label) => {
    expect(veto(text)).toEqual({ staff: label, planned: null, thanked: null });
  });
  it.each(plannedSay)('「%s」: planned work (%s) in a time window', (text, work) => {
    expect(veto(text)).toMatchObject({ staff: null, planned: expect.stringContaining(work), thanked: null });
  });
  it.each(thanksSay)('「%s」: thanks (%s) for a fix', (text, opening) => {
    expect(veto(text)).toEqual({ staff: null, planned: null, thanked: opening });
  });

  it('staff announcing planned work are staff speaking (the first veto decides)', () => {
    for (const [text] of plannedSay) expect(veto(`物业：${text}`), text).toEqual({ staff: '物业', planned: null, thanked: null });
  });

  it('vetoes nothing of a message that tells a danger', () => {
    for (const [text] of [...staffSay, ...plannedSay, ...thanksSay]) expect(veto(text, true), text).toBeNull();
  });

  it('vetoes nothing of a resident telling a fault', () => {
    for (const text of faults) expect(veto(text), text).toBeNull();
  });
});

describe('the late vetoes in the classifier: each message scores as a report, and the veto alone makes it none', () => {
  const c = realClassifier();
  const th = rules.thresholds;
  const cases = [
    ...staffSay.map(([text]) => [text, '说的话：是工作人员的通知或答复'] as const),
    ...plannedSay.map(([text]) => [text, '计划内的活'] as const),
    ...thanksSay.map(([text]) => [text, '是在感谢'] as const),
  ];
  it.each(cases)('「%s」: %s', (text, why) => {
    const e = c.explain(text);
    expect(e.categories[0]!.score).toBeGreaterThanOrEqual(th.category);
    expect(e.evidence).toBeGreaterThanOrEqual(th.report);
    expect(e.result.report).toBe(false);
    expect(e.reason).toContain(why);
    expect(c.classify(text).report).toBe(false);
  });

  it('a danger told by staff is still an urgent report', () => {
    for (const l of labels) expect(c.classify(`${l}：12栋电梯里有人被困 快来人`), l).toMatchObject({ report: true, urgent: true });
  });
});
