import { describe, expect, it } from 'vitest';
import type { CategoryScore } from '../../../src/core/classify/score-hits.js';
import { withCode } from '../../../src/core/classify/with-code.js';

describe('withCode', () => {
  const scored = (code: string, score: number): CategoryScore => ({ code, score, terms: [], pair: false, object: true, problem: false });
  const categories = [scored('lighting', 4), scored('elevator', 3), scored('lighting', 1)];

  it('finds the category scored with the code (the first, as the scores are best first)', () => {
    expect(withCode(categories, 'elevator')).toBe(categories[1]);
    expect(withCode(categories, 'lighting')).toBe(categories[0]);
  });

  it('finds none for a code not scored or no code', () => {
    expect(withCode(categories, 'gas')).toBeUndefined();
    expect(withCode(categories, null)).toBeUndefined();
  });
});
