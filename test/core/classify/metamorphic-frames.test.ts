import { describe, expect, it } from 'vitest';
import { framed, framedRates, keepsFramed, rescueUnderWay } from './metamorphic-frames.js';

// An article under a header (【转】, 小常识：), a news story (记者调查：一小区…), a worker's status,
// a false alarm taken back and an advert are not reports, in every category; real reports that
// merely hold such words (【求助】, 打扰大家了, 说师傅已到现场…没见人) stay reports. Variants come from
// templates in metamorphic-frames.ts; `npm run metamorphic` prints the rates.

describe('metamorphic: articles, staff status, retractions and adverts', () => {
  const all = framedRates();

  it.each(Object.keys(framed))('the %s frame turns reports of every category into chatter (≥ 95%%)', (name) => {
    const r = all.calming[name]!;
    expect(new Set(framed[name]!.seeds.map((g) => g.category)).size).toBe(21);
    expect(r.pass / r.total, r.failures.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it.each(Object.keys(keepsFramed))('%s keeps a report a report of the same category (≥ 95%%)', (name) => {
    const r = all.keeps[name]!;
    expect(r.pass / r.total, r.failures.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('an emergency with rescuers already there stays an urgent report of its category (≥ 95%)', () => {
    const r = rescueUnderWay();
    expect(r.total).toBeGreaterThan(20);
    expect(r.pass / r.total, r.failures.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
