import { describe, expect, it } from 'vitest';
import { reportTerms } from '../../../src/core/classify/report-terms.js';
import type { CategoryScore, CueScore } from '../../../src/core/classify/score-hits.js';

// The terms that decided a report (report-terms.ts): what classify prints as `terms`.
const lamp = (pair: boolean): CategoryScore => ({
  code: 'lighting',
  score: 4,
  terms: ['路灯', '不亮'],
  pair,
  object: true,
  problem: false,
});
const lift: CategoryScore = { code: 'elevator', score: 3, terms: ['电梯'], pair: true, object: true, problem: false };
const cues: CueScore[] = [
  { kind: 'duration', label: '', weight: 1, terms: ['好几天了', '不亮'] },
  { kind: 'elsewhere', label: '', weight: -4, terms: ['隔壁小区'] },
  { kind: 'request', label: '', weight: 1, terms: ['麻烦'] },
];
const found = (pair: boolean) => ({ categories: [lift, lamp(pair)], genericTerms: ['坏了', '路灯'], cues });

describe('reportTerms', () => {
  it('the category’s terms, its generic problem words when it paired one, the positive cues’ terms, the urgent terms: each once, in that order', () => {
    expect(reportTerms(found(true), 'lighting', ['电线', '冒火花', '路灯'])).toEqual([
      '路灯',
      '不亮',
      '坏了',
      '好几天了',
      '麻烦',
      '电线',
      '冒火花',
    ]);
  });

  it('leaves out the generic words of a category that paired none, and every term of a group that counts against', () => {
    expect(reportTerms(found(false), 'lighting', [])).toEqual(['路灯', '不亮', '好几天了', '麻烦']);
  });

  it('takes the terms of the category decided, not of the best scored', () => {
    expect(reportTerms(found(false), 'elevator', [])).toEqual(['电梯', '坏了', '路灯', '好几天了', '不亮', '麻烦']);
  });

  it('a category that scored nothing (brought by its danger) gives no terms of its own', () => {
    expect(reportTerms(found(true), 'care_service', ['摔倒了', '老人'])).toEqual(['好几天了', '不亮', '麻烦', '摔倒了', '老人']);
  });

  it('gives each report a list of its own', () => {
    const f = found(false);
    const a = reportTerms(f, 'elevator', []);
    a.push('x');
    expect(f.categories[0]!.terms).toEqual(['电梯']);
    expect(reportTerms(f, 'elevator', [])).not.toContain('x');
  });
});
