import { describe, expect, it } from 'vitest';
import type { UrgentFinding, Urgency } from '../../../src/core/classify/detect-urgency.js';
import type { CategoryScore } from '../../../src/core/classify/score-hits.js';
import { createUrgentCategory } from '../../../src/core/classify/urgent-category.js';
import { rules } from './real-classifier.js';

// The category of an urgent message (urgent-category.ts), on its own: findings and scores are built
// here from the shipped rules' data (which category yields which kind of danger, which danger keeps
// its category), so every yield the rules declare is tried, not a few listed messages.
const urgentCategory = createUrgentCategory(rules);
const hazardCategory = new Map(rules.urgency.hazards.map((h) => [h.kind, h.category]));
const termOf = (kind: string) => rules.urgency.hazards.find((h) => h.kind === kind)!.terms[0]!;

const finding = (kind: string | null, term: string, more: Partial<UrgentFinding> = {}): UrgentFinding => ({
  term,
  hazard: '',
  kind,
  exposure: null,
  thing: false,
  thingOf: null,
  category: null,
  ...more,
});
const urgency = (found: UrgentFinding[]): Urgency => ({
  urgent: true,
  found,
  cancelled: [],
  fallback: null,
  categories: [...new Set(found.flatMap((f) => (f.kind !== null ? [hazardCategory.get(f.kind)!] : [])))],
});
const scored = (code: string, score: number, terms: string[], object = true): CategoryScore => ({
  code,
  score,
  terms,
  pair: false,
  object,
  problem: false,
});

/** Every (category, kind of danger it yields, the danger's own category) the rules declare, below any frame. */
const yieldPairs = rules.categories.flatMap((c) =>
  (c.yields ?? []).flatMap((kind) => {
    const to = hazardCategory.get(kind);
    return to != null && to !== c.code ? [{ code: c.code, kind, to, term: termOf(kind) }] : [];
  }),
);
/** A thing of the category that no danger term of the pair overlaps. */
const thingOf = (code: string, term: string) =>
  Object.keys(rules.categories.find((c) => c.code === code)!.objects).find((o) => !o.includes(term) && !term.includes(o))!;

describe('createUrgentCategory: the stage on its own', () => {
  it('the rules declare yields and a keeping danger (else the tests below prove nothing)', () => {
    expect(yieldPairs.length).toBeGreaterThan(20);
    expect(rules.urgency.hazards.some((h) => h.keeps === true)).toBe(true);
  });

  it('a danger of a kind its category yields (a fire in the car park) goes to the danger’s own category', () => {
    for (const { code, kind, to, term } of yieldPairs) {
      const mine = scored(code, 3, [thingOf(code, term)]);
      const u = urgency([finding(kind, term)]);
      expect(urgentCategory(u, [mine], [mine]), `${code} ${kind}`).toEqual({ code: to, score: 3, from: mine });
      // It takes over what the thing struck scored, or its own score when that is more.
      const theirs = scored(to, 5, ['x']);
      expect(urgentCategory(u, [mine], [mine, theirs]).score, `${code} ${kind}`).toBe(5);
    }
  });

  it('a fire in the car park is 治安消防, yielded from 停车', () => {
    const parking = scored('parking', 3, ['停车场']);
    const choice = urgentCategory(urgency([finding('fire', '着火了')]), [parking], [parking]);
    expect(choice).toEqual({ code: 'security', score: 3, from: parking });
  });

  it('a danger of its category’s own that keeps it (救护车进不来 of a parked car) keeps every yield', () => {
    const keeping = rules.urgency.hazards.filter((h) => h.keeps === true);
    let tried = 0;
    for (const h of keeping)
      for (const { code, kind, term } of yieldPairs.filter((p) => p.code === h.category)) {
        const mine = scored(code, 3, [thingOf(code, term)]);
        const u = urgency([finding(h.kind, h.terms[0]!), finding(kind, term)]);
        expect(urgentCategory(u, [mine], [mine]), `${h.kind} ${kind}`).toEqual({ code, score: 3, from: null });
        tried++;
      }
    expect(tried).toBeGreaterThan(5);
  });

  it('a danger said in the category’s own words (烟往 of 饭店的烟往屋里钻) is its own problem', () => {
    for (const { code, kind, term } of yieldPairs) {
      const mine = scored(code, 3, [term]);
      expect(urgentCategory(urgency([finding(kind, term)]), [mine], [mine]).code, `${code} ${kind}`).toBe(code);
    }
  });

  it('a quarrel that reached its frame keeps the knife it came to; below its frame the knife is a danger of its own', () => {
    const frame = rules.categories.find((c) => c.code === 'dispute')!.frame!;
    const knife = urgency([finding('armed', '菜刀', { exposure: '吵起来' })]);
    // 治安消防 scores too (菜刀): the danger's own category, which a quarrel below its frame gives way to.
    const knifeScore = scored('security', 2, ['菜刀'], false);
    const quarrel = scored('dispute', frame, ['吵起来', '两家'], false);
    expect(urgentCategory(knife, [], [quarrel, knifeScore])).toEqual({ code: 'dispute', score: frame, from: null });
    const brawl = scored('dispute', frame - 1, ['吵起来', '两家'], false);
    expect(urgentCategory(knife, [], [brawl, knifeScore]).code).toBe('security');
    expect(urgentCategory(knife, [], [brawl])).toEqual({ code: 'security', score: frame - 1, from: brawl });
  });

  it('the thing in danger (暖气片 of 暖气片接口崩开了) decides over whoever is blamed for an unanswered phone', () => {
    const property = scored('property_service', 4, ['物业电话']);
    const heating = scored('heating', 3, ['暖气片']);
    const burst = urgency([finding('burst', '崩开了', { exposure: '暖气片', thing: true })]);
    expect(urgentCategory(burst, [property, heating], [property, heating])).toEqual({ code: 'heating', score: 3, from: null });
  });

  it('a thing a fire befalls that no category names (配电箱那边冒黑烟) brings its own category, unscored', () => {
    const drain = scored('drainage', 1, ['往外冒'], false);
    const smoke = urgency([finding('smoke', '冒黑烟', { exposure: '配电箱', thingOf: 'power' })]);
    expect(urgentCategory(smoke, [], [drain])).toEqual({ code: 'power', score: 0, from: null });
  });

  it('a named category whose own hazard term made it urgent (有点味 of gas) decides over a lead that is blamed', () => {
    const property = scored('property_service', 4, ['物业电话']);
    const gas = scored('gas', 3, ['燃气']);
    const smell = urgency([finding(null, '有点味', { category: 'gas' })]);
    expect(urgentCategory(smell, [property, gas], [property, gas]).code).toBe('gas');
  });

  it('the lead keeps a danger of its own kind (steam of a burst radiator), though 爆了 is also another named category’s own hazard', () => {
    const heating = scored('heating', 4, ['暖气']);
    const water = scored('water_supply', 3, ['水管']);
    const steam = urgency([finding('steam', '冒蒸汽'), finding(null, '爆了', { category: 'water_supply' })]);
    expect(urgentCategory(steam, [heating, water], [heating, water]).code).toBe('heating');
  });

  it('of the categories tied for the lead, the danger’s own (电梯 3, 燃气 3 with a gas smell) decides; a lead alone keeps it', () => {
    const gasSmell = urgency([finding('gas', '煤气味')]);
    const lift = (score: number) => scored('elevator', score, ['电梯']);
    const gas = scored('gas', 3, ['燃气']);
    expect(urgentCategory(gasSmell, [lift(3), gas], [lift(3), gas]).code).toBe('gas');
    expect(urgentCategory(gasSmell, [lift(4), gas], [lift(4), gas]).code).toBe('elevator');
  });

  it('with nothing scored and nothing at risk, no category', () => {
    expect(urgentCategory(urgency([finding('fire', '着火了')]), [], [])).toEqual({ code: null, score: 0, from: null });
  });
});
