import { describe, expect, it } from 'vitest';
import { frameScores } from '../../../src/core/classify/frame-scores.js';
import type { Rules } from '../../../src/core/classify/rules.js';
import { rules } from './real-classifier.js';

// One map of frame scores serves the scorer (a frame category decides over the things' categories)
// and the urgent category (a quarrel that reached its frame keeps a danger it led to).
describe('frameScores', () => {
  it('maps every enabled category with a frame to it, and no other', () => {
    const framed = rules.categories.filter((c) => c.enabled && c.frame !== undefined);
    expect(framed.length).toBeGreaterThan(0);
    expect(Object.fromEntries(frameScores(rules))).toEqual(Object.fromEntries(framed.map((c) => [c.code, c.frame])));
  });

  it('leaves out a disabled frame category', () => {
    const off: Rules = { ...rules, categories: rules.categories.map((c) => (c.frame !== undefined ? { ...c, enabled: false } : c)) };
    expect(frameScores(off).size).toBe(0);
  });
});
