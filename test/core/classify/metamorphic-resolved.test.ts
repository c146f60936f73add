import { describe, expect, it } from 'vitest';
import { calming, keeps, resolvedRates } from './metamorphic-resolved.js';

// A problem said to be over (我拧开就好了, 已经清走了), a belief that turned out wrong (刚以为…问了下…)
// and a forwarded article (转：…) are not reports, in every category; real reports that merely
// hold such words (我还以为修好了, 要是换个新的就好了) stay reports. Variants come from templates in
// metamorphic-resolved.ts; `npm run metamorphic` prints the rates.

describe('metamorphic: over, mistaken or forwarded', () => {
  const all = resolvedRates();

  it.each(Object.keys(calming))('the %s frame turns reports of every category into chatter (≥ 95%%)', (name) => {
    const r = all.calming[name]!;
    expect(new Set(calming[name]!.seeds.map((g) => g.category)).size).toBe(21);
    expect(r.pass / r.total, r.failures.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it.each(Object.keys(keeps))('%s keeps a report a report of the same category (≥ 95%%)', (name) => {
    const r = all.keeps[name]!;
    expect(r.pass / r.total, r.failures.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
