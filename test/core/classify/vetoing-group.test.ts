import { describe, expect, it } from 'vitest';
import { vetoingGroup } from '../../../src/core/classify/vetoing-group.js';
import { rules } from './real-classifier.js';

// The group that vetoes a message (vetoing-group.ts), over every group of the shipped rules.
const groups = rules.cues.map((g, i) => ({ ...g, i }));
const spans = groups.filter((g) => g.scope === 'span' && g.closes !== true);
const closing = groups.filter((g) => g.closes === true);
const others = groups.filter((g) => g.scope !== 'span' && g.closes !== true);
const counted = (...gs: { i: number; terms: string[] }[]) => new Map(gs.map((g) => [g.i, g.terms.slice(0, 2)]));

describe('vetoingGroup', () => {
  it('the rules hold groups of each sort (else the tests below prove nothing)', () => {
    for (const sort of [spans, closing, others]) expect(sort.length).toBeGreaterThan(0);
  });

  it('a span-scoped group that counted vetoes: the message is about somewhere or some time else', () => {
    for (const g of spans)
      expect(vetoingGroup(counted(g), rules), g.kind).toEqual({ label: g.label, terms: g.terms.slice(0, 2), closes: false });
  });

  it('a group that closes what was said vetoes: the story is over', () => {
    for (const g of closing)
      expect(vetoingGroup(counted(g), rules), g.kind).toEqual({ label: g.label, terms: g.terms.slice(0, 2), closes: true });
  });

  it('no other group vetoes, however many counted', () => {
    expect(vetoingGroup(counted(...others), rules)).toBeNull();
    expect(vetoingGroup(new Map(), rules)).toBeNull();
  });

  it('the first vetoing group counted decides, and a group an emergency outweighs is passed over', () => {
    const [a, b] = [spans[0]!, closing[0]!];
    expect(vetoingGroup(counted(others[0]!, b, a), rules)?.label).toBe(b.label);
    expect(vetoingGroup(counted(others[0]!, b, a), rules, new Set([b.i]))?.label).toBe(a.label);
    expect(vetoingGroup(counted(b, a), rules, new Set([a.i, b.i]))).toBeNull();
  });
});
