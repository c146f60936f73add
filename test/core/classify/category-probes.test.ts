import { describe, expect, it } from 'vitest';
import { boundaries, categoryRates, families } from './category-probes.js';

// Category probes (category-probes.ts): for every category of the spec, its things × what goes
// wrong × ways of saying it must get that category; boundary families pin the side of a known
// confusion each message belongs on. Issue 9's target on unseen messages: category ≥ 0.92.
// Floors below the default are the classes still open, pinned a little under what they reach.

const DEFAULT = 0.9;
const floors: Record<string, number> = {
  power: 0.85,
  care_service: 0.8,
  'goods on the pavement are 市容': 0.85,
  'an old person hurt or lost is 一老一小': 0.85,
  // The learned second opinion sides with 照明 when a lamp out is what is complained of after a
  // trip or a cut (4 of 32 here); the rule engine alone reaches 0.94.
  'lights out from a power fault is 供电': 0.8,
  // Rubbish piled in a fire exit: the spec's boundary says 治安消防 (消防通道堆物), the corpora's authors
  // mostly 环境卫生, and the model trained on them (65 files) sides with them for 垃圾 (6 of 56 here).
  'stuff in the fire lane is 治安消防': 0.87,
};

describe('category probes: thing × state × phrasing gets the spec category', () => {
  const r = categoryRates();

  it('covers every category of the spec', () => {
    expect(Object.keys(families).length).toBe(21);
  });

  it.each(Object.keys(families))('%s', (name) => {
    const x = r.categories[name]!;
    expect(x.pass / x.total, x.failures.join('\n')).toBeGreaterThanOrEqual(floors[name] ?? DEFAULT);
  });

  it.each(Object.keys(boundaries))('boundary: %s', (name) => {
    const x = r.boundaries[name]!;
    expect(x.pass / x.total, x.failures.join('\n')).toBeGreaterThanOrEqual(floors[name] ?? DEFAULT);
  });
});
