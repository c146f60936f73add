import { describe, expect, it } from 'vitest';
import { createOutweighedGroups, cueGroupsOf } from '../../../src/core/classify/outweighed-groups.js';
import { realClassifier, rules } from './real-classifier.js';

// What an emergency outweighs (outweighed-groups.ts): everywhere the groups of `outweighs`; at a building
// here also who relays it (`placed_outweighs`); and a forward only when staff of the estate relay it
// (`relayed_outweighs`). Generated from relay openings × buildings × dangers.
const { outweighs } = rules.urgency;
const placedOnly = rules.urgency.placed_outweighs ?? [];
const relayedOnly = rules.urgency.relayed_outweighs ?? [];
const staffRelays = ['网格员转：', '物业转：', '物业通知：', '物业服务中心：', '保洁说：'];
const otherRelays = ['转自公众号：', '转给家里有老人的：', '我是保洁阿姨，', '刚看到：', ''];
const buildings = ['12栋', '3号楼', '24号楼2单元'];

describe('createOutweighedGroups: the stage on its own', () => {
  const outweighed = createOutweighedGroups(rules);
  const kindsOf = (groups: ReadonlySet<number>) => [...new Set([...groups].map((i) => rules.cues[i]!.kind))].sort();

  it('the rules name groups of every kind it adds (else the test proves nothing)', () => {
    for (const kinds of [outweighs, placedOnly, relayedOnly]) expect(cueGroupsOf(rules, kinds).size, kinds.join()).toBeGreaterThan(0);
  });

  it('with no building here, only the groups of outweighs, whoever relays', () => {
    for (const r of [...staffRelays, ...otherRelays]) {
      const o = outweighed(null, `${r}楼道着火了 浓烟很大`);
      expect(o.kinds, r).toEqual(outweighs);
      expect(kindsOf(o.groups), r).toEqual([...new Set(outweighs)].sort());
    }
  });

  it('at a building here, also who relays it; a forward only when a label naming staff opens the message', () => {
    for (const b of buildings) {
      for (const r of staffRelays) {
        const o = outweighed(b, `${r}${b}楼道着火了 浓烟很大`);
        expect(o.kinds, r + b).toEqual([...outweighs, ...placedOnly, ...relayedOnly]);
        expect(kindsOf(o.groups), r + b).toEqual([...new Set([...outweighs, ...placedOnly, ...relayedOnly])].sort());
      }
      for (const r of otherRelays) {
        const o = outweighed(b, `${r}${b}楼道着火了 浓烟很大`);
        expect(o.kinds, r + b).toEqual([...outweighs, ...placedOnly]);
        for (const k of relayedOnly) if (!outweighs.includes(k) && !placedOnly.includes(k)) expect(o.kinds, r + b).not.toContain(k);
      }
    }
  });
});

describe('what an emergency outweighs, in the classifier', () => {
  const c = realClassifier();
  const dangers = ['楼道着火了 浓烟很大 快报警', '电梯里有人被困 喊了半天没人应'];
  it('a danger at a building here relayed by staff (网格员转：12栋…) is an urgent report', () => {
    for (const r of staffRelays)
      for (const b of buildings)
        for (const d of dangers) expect(c.classify(`${r}${b}${d}`), r + b + d).toMatchObject({ report: true, urgent: true, building: b });
  });
  it("a forwarded article's danger (转自公众号：12栋…) stays calmed", () => {
    for (const b of buildings) for (const d of dangers) expect(c.classify(`转自公众号：${b}${d}`).urgent, b + d).toBe(false);
  });
});
