import { describe, expect, it } from 'vitest';
import type { UrgentFinding, Urgency } from '../../../src/core/classify/detect-urgency.js';
import type { IgnoredHit } from '../../../src/core/classify/find-negative-cues.js';
import type { CategoryScore } from '../../../src/core/classify/score-hits.js';
import { createUrgentEvidence } from '../../../src/core/classify/urgent-evidence.js';
import { rules } from './real-classifier.js';

// What an urgent finding adds (urgent-evidence.ts), on its own, with the shipped thresholds.
const urgentEvidence = createUrgentEvidence(rules);
const th = rules.thresholds;
const bonus = rules.urgency.evidence;
const none = new Map<number, string[]>();
const scored = (code: string, score: number, terms: string[] = ['x']): CategoryScore => ({
  code,
  score,
  terms,
  pair: false,
  object: true,
  problem: false,
});
const fall: UrgentFinding = { term: '摔倒了', hazard: '', kind: 'fall', exposure: '老人', thing: false, thingOf: null, category: null };
/** Urgent, with the hazard categories and fallback given. */
const urgency = (categories: string[], fallback: string | null, found: UrgentFinding[] = [fall]): Urgency => ({
  urgent: true,
  found,
  cancelled: [],
  fallback,
  categories,
});

describe('createUrgentEvidence: the stage on its own', () => {
  it('the thresholds leave room to lift (else the tests below prove nothing)', () => {
    expect(th.category).toBeGreaterThan(1);
    expect(bonus).toBeGreaterThan(0);
  });

  it('a category named well enough keeps its score; the urgency adds its own weight', () => {
    const lift = scored('elevator', th.category + 1);
    expect(urgentEvidence(urgency(['elevator'], null), [lift], [lift], 2, none, new Set(), undefined)).toEqual({
      category: 'elevator',
      categoryScore: th.category + 1,
      evidence: 2 + bonus,
    });
  });

  it('a weak category that is the danger’s own is lifted to the threshold, the evidence it lacked added', () => {
    const weak = scored('care_service', 1);
    expect(urgentEvidence(urgency(['care_service'], 'other'), [], [weak], 1, none, new Set(), undefined)).toEqual({
      category: 'care_service',
      categoryScore: th.category,
      evidence: 1 + Math.min(th.category, th.categoryCap) - 1 + bonus,
    });
  });

  it('a weak category that is not the danger’s own gives way to the danger’s fallback, lifted alike', () => {
    const weak = scored('lighting', 1);
    expect(urgentEvidence(urgency(['security'], 'care_service'), [], [weak], 1, none, new Set(), undefined)).toMatchObject({
      category: 'care_service',
      categoryScore: th.category,
    });
    // With nothing scored, the fallback is lifted from nothing.
    expect(urgentEvidence(urgency(['security'], 'care_service'), [], [], 0, none, new Set(), undefined)).toEqual({
      category: 'care_service',
      categoryScore: th.category,
      evidence: Math.min(th.category, th.categoryCap) + bonus,
    });
  });

  it('with no category and no fallback nothing is lifted', () => {
    expect(urgentEvidence(urgency([], null), [], [], 0, none, new Set(), undefined)).toEqual({
      category: null,
      categoryScore: 0,
      evidence: bonus,
    });
  });

  it('the groups an emergency outweighs count against it no more, and explain hears of each term; the others still count', () => {
    const against = rules.cues.flatMap((g, i) => (g.weight < 0 ? [i] : []));
    const [out, kept] = [against[0]!, against[1]!];
    const negative = new Map([
      [out, ['转：', '通知']],
      [kept, ['别的小区']],
    ]);
    const lift = scored('elevator', th.category + 1);
    const ignored: IgnoredHit[] = [];
    const s = urgentEvidence(urgency(['elevator'], null), [lift], [lift], 0, negative, new Set([out]), ignored);
    expect(s.evidence).toBe(bonus - rules.cues[out]!.weight);
    const why = `有险情，比「${rules.cues[out]!.label}」要紧，不减分`;
    expect(ignored).toEqual([
      { term: '转：', why },
      { term: '通知', why },
    ]);
  });

  it('explain hears of a category that yielded its danger (a fire in the car park is 治安消防)', () => {
    const parking = scored('parking', th.category + 1, ['停车场']);
    const fire: UrgentFinding = { ...fall, term: '着火了', kind: 'fire', exposure: null };
    const ignored: IgnoredHit[] = [];
    const s = urgentEvidence(urgency(['security'], null, [fire]), [parking], [parking], 3, none, new Set(), ignored);
    expect(s).toEqual({ category: 'security', categoryScore: th.category + 1, evidence: 3 + bonus });
    expect(ignored).toEqual([{ term: '停车场', why: '出在「停车」的东西上，但这种险情归「治安消防」' }]);
  });
});
