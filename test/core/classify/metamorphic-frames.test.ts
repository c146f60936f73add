import { describe, expect, it } from 'vitest';
import { framed, framedRates, keepsFramed, relayedHere, rescueUnderWay } from './metamorphic-frames.js';
import { notNew, notNewRates, staysNew } from './metamorphic-not-new.js';
import { calming, keeps, resolvedRates } from './metamorphic-resolved.js';

// Frames that turn a report of any category into chatter, and frames that must not, generated
// from templates (`npm run metamorphic` prints the rates):
// - over, mistaken or forwarded (metamorphic-resolved.ts): a problem said to be over (我拧开就好了,
//   已经清走了), a belief that turned out wrong (刚以为…问了下…), a forwarded article (转：…); real reports
//   that merely hold such words (我还以为修好了, 要是换个新的就好了) stay reports;
// - articles, staff status, retractions and adverts (metamorphic-frames.ts): an article under a
//   header (【转】, 小常识：), a news story (记者调查：一小区…), a worker's status, a false alarm taken back,
//   an advert; real reports that hold such words (【求助】, 打扰大家了, 说师傅已到现场…没见人) stay reports;
// - no new report (metamorphic-not-new.ts): a mistaken alarm explained away, news from elsewhere,
//   clickbait, a service advert, an information question, praise for a fix, a past story, a what-if
//   or safety tip, a staff notice, each over a report's core; reports that hold their words
//   (以为修好了结果…, 通知说修但没人来, 问一下什么时候修) stay reports.
describe.each([
  ['over, mistaken or forwarded', calming, keeps, resolvedRates],
  ['articles, staff status, retractions and adverts', framed, keepsFramed, framedRates],
  ['no new report', notNew, staysNew, notNewRates],
] as const)('metamorphic: %s', (_family, turns, stays, rates) => {
  const all = rates();

  it.each(Object.keys(turns))('the %s frame turns reports of every category into chatter (≥ 95%%)', (name) => {
    const r = all.calming[name]!;
    expect(new Set(turns[name]!.seeds.map((g) => g.category)).size).toBe(21);
    expect(r.pass / r.total, r.failures.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it.each(Object.keys(stays))('%s keeps a report a report of the same category (≥ 95%%)', (name) => {
    const r = all.keeps[name]!;
    expect(r.pass / r.total, r.failures.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('metamorphic: an emergency with rescuers already there', () => {
  it('stays an urgent report of its category (≥ 95%)', () => {
    const r = rescueUnderWay();
    expect(r.total).toBeGreaterThan(20);
    expect(r.pass / r.total, r.failures.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('metamorphic: an emergency at a building here, relayed by staff or a forward', () => {
  it('stays an urgent report of its category (≥ 95%)', () => {
    const r = relayedHere();
    expect(r.total).toBeGreaterThan(20);
    expect(r.pass / r.total, r.failures.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
