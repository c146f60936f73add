import { describe, expect, it } from 'vitest';
import { realClassifier } from './real-classifier.js';
import {
  calmingRates,
  droppedThings,
  peopleCalm,
  seasonalControls,
  urgencyRates,
  urgentScenarios,
  waterStructureControls,
} from './urgency-probes.js';

// Urgency over generated emergencies and near misses (urgency-probes.ts): every hazard class
// and every way of saying it must pass as a class, and near misses must stay calm.
// Issue 9's targets on unseen messages: urgent recall ≥ 0.97, urgent precision ≥ 0.80.

describe('urgency probes: hazard class × exposure × phrasing', () => {
  const r = urgencyRates();

  it('finds the emergencies (recall ≥ 0.97) without crying wolf (precision ≥ 0.80)', () => {
    expect(r.urgentRecall).toBeGreaterThanOrEqual(0.97);
    expect(r.urgentPrecision, r.falseAlarms.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  it.each(Object.keys(r.recall))('%s: ≥ 0.9 urgent', (name) => {
    const x = r.recall[name]!;
    expect(x.pass / x.total, x.failures.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('covers every hazard class the issue names', () => {
    expect(Object.keys(urgentScenarios).length).toBeGreaterThanOrEqual(10);
    // Issue 9's urgent misses on the never-seen set, each a class of its own.
    expect(Object.keys(urgentScenarios)).toEqual(
      expect.arrayContaining([
        'road surface caving in',
        'someone convulsing, unconscious or bleeding',
        'facade or roof sheet loose over a walkway',
        'split branch over a path',
        'water pouring through a ceiling or light',
        'elderly neighbour gone quiet',
      ]),
    );
  });

  it('covers the seasonal and weather emergencies (issue 9: winter ice, heaters, cold; summer heat, water, storms)', () => {
    expect(Object.keys(urgentScenarios)).toEqual(
      expect.arrayContaining([
        'slipped on ice and cannot get up',
        'icicles hanging over a doorway',
        'electric heater or blanket smoking',
        'no heating and an elder or baby in deep cold',
        'snow load bringing a shed roof down',
        'an elder down with heat stroke',
        'a child gone under in a fountain, pond or pool',
        'a ground-floor home flooding fast',
        'lightning strike',
        'storm throwing a tree or hoarding onto a path or cars',
        'a flooded power box with people by it',
        'carbon monoxide poisoning named outright',
      ]),
    );
  });
});

describe('urgency probes: water and structure dangers that are no emergency', () => {
  it('a gurgling drain, a stain, a loose or fenced cover, a puddle, a supposed flood, rising prices, a drained flood', () => {
    const c = realClassifier();
    expect(waterStructureControls.filter((t) => c.classify(t).urgent)).toEqual([]);
  });
});

describe('urgency probes: seasonal dangers imagined, past, warned of, drilled or dealt with', () => {
  it('are no emergency (万一冰溜子掉下来、去年冬天煤气中毒过、谨防中暑、防汛演练、已经处理好了)', () => {
    const c = realClassifier();
    expect(seasonalControls.filter((t) => c.classify(t).urgent)).toEqual([]);
  });
});

describe('urgency probes: the same emergencies, over already, imagined or elsewhere, are calm', () => {
  const r = calmingRates();
  it.each(Object.keys(r))('%s: ≥ 0.9 not urgent', (name) => {
    const x = r[name]!;
    expect(x.pass / x.total, x.failures.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('urgency probes: a thing, not a person, fallen into water or a ditch', () => {
  it('is no emergency (钥匙掉进水池里 is something to fish out)', () => {
    const c = realClassifier();
    expect(droppedThings.filter((t) => c.classify(t).urgent)).toEqual([]);
  });
});

describe('urgency probes: a fall asked about or seen to, a lift the people got out of', () => {
  it('is no emergency (摔倒了怎么扶, 去医院看过了没什么大事, 后来他们自己出来了)', () => {
    const c = realClassifier();
    expect(peopleCalm.filter((t) => c.classify(t).urgent)).toEqual([]);
  });
});
