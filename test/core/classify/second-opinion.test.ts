import { describe, expect, it } from 'vitest';
import { ruleEngine } from './real-classifier.js';
import { type Explanation, skipped } from '../../../src/core/classify/explanation.js';
import type { LearnedModel, Opinion } from '../../../src/core/classify/learned-model.js';
import { type RuleVerdicts, withSecondOpinion } from '../../../src/core/classify/second-opinion.js';
import type { Classification } from '../../../src/core/classify/types.js';

const names = new Map([
  ['lighting', '照明'],
  ['power', '供电'],
]);
const thresholds = { rescue: 0.9, urgent: 0.9, category: 0.9, reroute: 0.95, veto: 0.05 };

/**
 * Rules that give `result` for every message, decided before they could tell whether they heard a
 * reason against it (`known`: or having heard it, `against`); read in full, `against`. Counts full reads.
 */
function rulesSaying(result: Classification, against = false, known = false, paired = true): RuleVerdicts & { fullReads: number } {
  const verdict = (): Explanation => ({
    ...skipped(null, '', result.building),
    result,
    paired: result.report && paired,
    against: known ? against : null,
    reason: '规则的理由。',
  });
  const rules = {
    fullReads: 0,
    verdict,
    explain: verdict,
    fully: (): Explanation => {
      rules.fullReads++;
      return { ...verdict(), against };
    },
  };
  return rules;
}

function modelSaying(o: Partial<Opinion>): LearnedModel {
  const opinion: Opinion = { report: 0.5, urgent: 0, category: 'lighting', categoryP: 0.5, ...o };
  return { thresholds, opinion: () => opinion, reasons: () => ['坏了'] };
}

const none: Classification = { report: false, category: null, urgent: false, building: '3号楼', terms: [] };
const lamp: Classification = { report: true, category: 'lighting', urgent: false, building: '3号楼', terms: ['路灯', '不亮'] };
const classify = (r: RuleVerdicts, m: LearnedModel) => withSecondOpinion(r, m, (t) => t, names).classify('消息');

describe('the learned second opinion', () => {
  it('makes a report of what the rules passed over for too little evidence, when nearly sure, in its own category', () => {
    const rules = rulesSaying(none);
    expect(classify(rules, modelSaying({ report: 0.95, category: 'power', categoryP: 0.6 }))).toEqual({
      report: true,
      category: 'power',
      urgent: false,
      building: '3号楼',
      terms: [],
    });
    expect(rules.fullReads).toBe(1);
  });

  it('leaves it alone below the rescue threshold, without reading the message again', () => {
    const rules = rulesSaying(none);
    expect(classify(rules, modelSaying({ report: 0.89 }))).toEqual(none);
    expect(rules.fullReads).toBe(0);
  });

  it('leaves it alone when the rules heard a reason against a report (a notice, elsewhere, over, something taken back)', () => {
    expect(classify(rulesSaying(none, true), modelSaying({ report: 0.99 }))).toEqual(none);
  });

  it('reads the message again only when the prefilter decided before it could tell', () => {
    const heard = rulesSaying(none, true, true);
    expect(classify(heard, modelSaying({ report: 0.99 }))).toEqual(none);
    expect(heard.fullReads).toBe(0);
    const unheard = rulesSaying(none, false, true);
    expect(classify(unheard, modelSaying({ report: 0.99 }))).toMatchObject({ report: true });
    expect(unheard.fullReads).toBe(0);
  });

  it('never drops a report said plainly (a thing and a problem of it), however sure it is that it is none', () => {
    expect(classify(rulesSaying(lamp), modelSaying({ report: 0, categoryP: 0 }))).toEqual(lamp);
  });

  it('drops a calm report found on weak ground (no thing and a problem of it) when nearly sure it is none', () => {
    const weak = (r: Classification) => rulesSaying(r, false, false, false);
    expect(classify(weak(lamp), modelSaying({ report: 0.049 }))).toEqual(none);
    expect(classify(weak(lamp), modelSaying({ report: 0.05 }))).toEqual(lamp);
  });

  it('never drops an urgent report, however weak its ground: a missed emergency costs most', () => {
    const alarm = { ...lamp, urgent: true };
    expect(classify(rulesSaying(alarm, false, false, false), modelSaying({ report: 0 }))).toEqual(alarm);
  });

  it('makes a report urgent when it is nearly sure it is, and never calms one the rules found urgent', () => {
    expect(classify(rulesSaying(lamp), modelSaying({ urgent: 0.9 }))).toMatchObject({ report: true, urgent: true });
    expect(classify(rulesSaying(lamp), modelSaying({ urgent: 0.89 }))).toMatchObject({ urgent: false });
    expect(classify(rulesSaying({ ...lamp, urgent: true }), modelSaying({ urgent: 0 }))).toMatchObject({ urgent: true });
  });

  it('reroutes an urgent report, which the rules send where its danger belongs, only when surer still', () => {
    const trapped = { ...lamp, category: 'power', urgent: true };
    expect(classify(rulesSaying(trapped), modelSaying({ category: 'lighting', categoryP: 0.94 }))).toMatchObject({ category: 'power' });
    expect(classify(rulesSaying(trapped), modelSaying({ category: 'lighting', categoryP: 0.95 }))).toMatchObject({ category: 'lighting' });
  });

  it('replaces the category only when nearly sure of another', () => {
    expect(classify(rulesSaying(lamp), modelSaying({ category: 'power', categoryP: 0.9 }))).toMatchObject({ category: 'power' });
    expect(classify(rulesSaying(lamp), modelSaying({ category: 'power', categoryP: 0.89 }))).toMatchObject({ category: 'lighting' });
  });

  it('asks the model for a category only when it can matter: for a report, or a message it may rescue', () => {
    const asked: (number | undefined)[] = [];
    const spy: LearnedModel = {
      ...modelSaying({}),
      opinion: (_, from) => {
        asked.push(from);
        return { report: 0.5, urgent: 0, category: null, categoryP: 0 };
      },
    };
    classify(rulesSaying(lamp), spy);
    classify(rulesSaying(none), spy);
    expect(asked).toEqual([0, thresholds.rescue]);
    // Passed over and not rescued: the verdict is the rules' own, no category needed.
    expect(classify(rulesSaying(none), spy)).toEqual(none);
  });

  it('explains what it thought and what it changed, in Chinese, after the rules’ own reason', () => {
    const c = withSecondOpinion(rulesSaying(none), modelSaying({ report: 0.97, category: 'power', categoryP: 0.8 }), (t) => t, names);
    const e = c.explain('消息');
    expect(e.result).toMatchObject({ report: true, category: 'power' });
    expect(e.learned).toMatchObject({ report: 0.97, categoryName: '供电', toward: ['坏了'] });
    expect(e.reason).toBe('规则的理由。但学到的判断几乎肯定它是诉求（97%），类别「供电」，按诉求处理。');
    const dropped = withSecondOpinion(rulesSaying(lamp, false, false, false), modelSaying({ report: 0.01 }), (t) => t, names).explain(
      '消息',
    );
    expect(dropped.result.report).toBe(false);
    expect(dropped.reason).toBe(
      '规则的理由。但学到的判断几乎肯定它不是诉求（像诉求只有 1%），规则也没听到哪样东西出了问题、要人来管，不按诉求处理。',
    );
    const calm = withSecondOpinion(rulesSaying(lamp), modelSaying({}), (t) => t, names).explain('消息');
    expect(calm.learned?.changed).toBeNull();
    expect(calm.reason).toBe('规则的理由。');
  });
});

describe('what the rule engine tells the second opinion', () => {
  const engine = ruleEngine();
  it('a request or fault said and taken back (不必派人了, 不是漏水) is a reason against a report', () => {
    expect(engine.explain('@物业客服 不必派人了 3号楼的电梯是家里老人碰了一下').against).toBe(true);
    expect(engine.explain('不是漏水 是我家空调滴水').against).toBe(true);
  });
  it('a report is paired when one of its category’s things is named with a problem, a request or a complaint', () => {
    expect(engine.explain('3号楼楼道灯不亮了').paired).toBe(true);
    expect(engine.explain('早些年装的电梯，现在老是坏').paired).toBe(true);
    expect(engine.explain('说好的周三来修电梯 人呢').paired).toBe(true);
    // A thing named and a waiting word (cues.yaml: grounds) ground it too.
    expect(engine.explain('说好的维修呢 下水道都停一周了').paired).toBe(true);
    const asked = engine.explain('电梯年检是哪天？');
    expect(asked.result.report).toBe(true);
    expect(asked.paired).toBe(false);
  });
  it('too little said is no reason against, once the message is read in full', () => {
    expect(ruleEngine({ prefilter: false }).explain('3号楼的电梯').against).toBe(false);
    // The prefilter decides it before it can tell.
    expect(engine.explain('3号楼的电梯').against).toBeNull();
  });
});
