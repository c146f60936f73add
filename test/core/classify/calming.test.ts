import { describe, expect, it } from 'vitest';
import { createCalming } from '../../../src/core/classify/calming.js';
import type { UrgentFinding, Urgency } from '../../../src/core/classify/detect-urgency.js';
import { realClassifier, rules } from './real-classifier.js';

// Calming (calming.ts) on its own: every calming group the rules name, against the other groups.
const calmed = createCalming(rules);
const calmingKinds = rules.urgency.calming ?? [];
const groups = rules.cues.map((g, i) => ({ ...g, i }));
const calmingGroups = groups.filter((g) => calmingKinds.includes(g.kind));
const otherGroups = groups.filter((g) => !calmingKinds.includes(g.kind));

const fire: UrgentFinding = { term: '着火了', hazard: '火', kind: 'fire', exposure: null, thing: false, thingOf: null, category: null };
const smoke: UrgentFinding = { ...fire, term: '浓烟', kind: 'smoke' };
const urgent: Urgency = {
  urgent: true,
  found: [fire, smoke],
  cancelled: [{ term: '万一', why: '只是假设' }],
  fallback: 'security',
  categories: ['security'],
};

describe('createCalming: the stage on its own', () => {
  it('the rules name calming groups (else the tests below prove nothing)', () => {
    expect(calmingGroups.length).toBeGreaterThan(1);
  });

  it('a calming group in the message calms every danger, each listed as cancelled by it', () => {
    for (const g of calmingGroups) {
      const u = calmed(urgent, new Map([[g.i, [g.terms[0]!]]]), new Set());
      const why = `「${g.label}」（${g.terms[0]}）：说的不是眼下本小区的险情`;
      expect(u, g.kind).toEqual({
        urgent: false,
        found: [],
        cancelled: [urgent.cancelled[0], { term: '着火了', why }, { term: '浓烟', why }],
        fallback: null,
        categories: [],
      });
    }
  });

  it('a calming group an emergency outweighs here, or any other group, calms nothing', () => {
    for (const g of calmingGroups) expect(calmed(urgent, new Map([[g.i, [g.terms[0]!]]]), new Set([g.i])), g.kind).toBe(urgent);
    for (const g of otherGroups) expect(calmed(urgent, new Map([[g.i, [g.terms[0]!]]]), new Set()), g.kind).toBe(urgent);
  });

  it('a message that tells no danger is left as it is', () => {
    const calm: Urgency = { ...urgent, urgent: false };
    for (const g of calmingGroups) expect(calmed(calm, new Map([[g.i, [g.terms[0]!]]]), new Set())).toBe(calm);
  });

  it('in the classifier: a forwarded article’s fire is no emergency, the same fire told of here is', () => {
    const c = realClassifier();
    expect(c.classify('3号楼楼道着火了 浓烟很大 有人被困').urgent).toBe(true);
    expect(c.classify('[链接] 安全知识：3号楼楼道着火了 浓烟很大 有人被困').urgent).toBe(false);
  });
});
