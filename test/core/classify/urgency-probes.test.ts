import { describe, expect, it } from 'vitest';
import { calmingRates, urgencyRates, urgentScenarios } from './urgency-probes.js';

// Urgency over generated emergencies and near misses (urgency-probes.ts): every hazard class
// and every way of saying it must pass as a class, and near misses must stay calm.
// Issue 9's targets on unseen messages: urgent recall ≥ 0.97, urgent precision ≥ 0.80.

describe('urgency probes: hazard class × exposure × phrasing', () => {
  const r = urgencyRates();

  it('finds the emergencies (recall ≥ 0.97) without crying wolf (precision ≥ 0.80)', () => {
    expect(r.urgentRecall).toBeGreaterThanOrEqual(0.97);
    expect(r.urgentPrecision, r.falseAlarms.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  it.each(Object.keys(r.recall))('%s: ≥ 90%% urgent', (name) => {
    const x = r.recall[name]!;
    expect(x.pass / x.total, x.failures.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('covers every hazard class the issue names', () => {
    expect(Object.keys(urgentScenarios).length).toBeGreaterThanOrEqual(10);
  });
});

describe('urgency probes: the same emergencies, over already, imagined or elsewhere, are calm', () => {
  const r = calmingRates();
  it.each(Object.keys(r))('%s: ≥ 90%% not urgent', (name) => {
    const x = r[name]!;
    expect(x.pass / x.total, x.failures.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
