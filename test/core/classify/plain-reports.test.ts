import { describe, expect, it } from 'vitest';
import { realClassifier } from './real-classifier.js';

// Plain reports without the usual problem words, generated from templates: the structure says
// it is a report (someone damaged or misused a thing of the community), not a listed phrase.
const c = realClassifier();
const places = ['3号楼', '小区东门', '2单元', '地库入口'];
const things: [string, string][] = [
  ['健身器材', 'other'],
  ['路灯', 'lighting'],
  ['垃圾桶', 'sanitation'],
  ['充电桩', 'ev_charging'],
  ['消防栓', 'security'],
];
const misuse = (place: string, thing: string, verb: string) => [
  `${place}的${thing}被人${verb}了`,
  `${place}那边的${thing}不知道被谁${verb}了`,
];

describe('a thing damaged or misused by people is a report of its category', () => {
  const cases = places.flatMap((p) =>
    things.flatMap(([t, code]) => ['拆', '偷', '拿走'].flatMap((v) => misuse(p, t, v).map((text) => [text, code] as const))),
  );
  it.each(cases)('「%s」 → %s', (text, code) => {
    expect(c.classify(text)).toMatchObject({ report: true, category: code });
  });

  it('the same things praised or only mentioned stay chatter', () => {
    for (const [t] of things) {
      expect(c.classify(`${t}被人擦得真干净，谢谢保洁阿姨`).report).toBe(false);
      expect(c.classify(`有人知道${t}是哪家公司装的吗`).report).toBe(false);
    }
  });
});
