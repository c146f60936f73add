import { describe, expect, it } from 'vitest';
import { keepsTheReport, rates, seeds, staysChatter } from './metamorphic-variants.js';

// Metamorphic tests over every category: what a message asks for does not change when it is
// greeted, thanked, tagged, placed, timed, asked as a question or complained about waiting;
// life outside the community stays chatter. Variants come from templates in
// metamorphic-variants.ts; `npm run metamorphic` prints the rates.

describe('metamorphic: the same request in other words', () => {
  const all = rates();
  it('has seeds in every category', () => {
    expect(new Set(seeds.map((g) => g.category)).size).toBe(21);
  });

  it.each(Object.keys(keepsTheReport))('%s keeps a report a report of the same category (≥ 95%%)', (name) => {
    const r = all[name]!;
    expect(r.pass / r.total, r.failures.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it.each(Object.keys(staysChatter))('chatter about %s stays chatter whatever complaint words it holds (≥ 95%%)', (name) => {
    const r = all[name]!;
    expect(r.pass / r.total, r.failures.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
