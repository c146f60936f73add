import { describe, expect, it } from 'vitest';
import { createSilenceWatch } from '../../src/app/silence-watch.js';

const quiet = { start: '22:00', end: '07:00' };
const at = (iso: string) => new Date(iso);

function tickEvery(watch: ReturnType<typeof createSilenceWatch>, fromIso: string, hours: number): string[] {
  const fired: string[] = [];
  for (let t = at(fromIso).getTime(), end = t + hours * 3_600_000; t <= end; t += 30 * 60_000) {
    if (watch.check(new Date(t), 6, quiet, 'Asia/Shanghai')) fired.push(new Date(t).toISOString());
  }
  return fired;
}

describe('silence watch', () => {
  it('does not count a quiet night, and alerts once after six awake hours without a message', () => {
    const watch = createSilenceWatch(at('2026-03-02T21:00:00+08:00'));
    // 21:00 → 22:00 awake (1 h), night quiet, 07:00 → 12:00 awake (5 h): 6 h reached at 12:00.
    expect(tickEvery(watch, '2026-03-02T21:00:00+08:00', 20)).toEqual(['2026-03-03T04:00:00.000Z']);
  });

  it('starts again after a message', () => {
    const watch = createSilenceWatch(at('2026-03-02T08:00:00+08:00'));
    expect(tickEvery(watch, '2026-03-02T08:00:00+08:00', 5)).toEqual([]);
    watch.heard(at('2026-03-02T13:00:00+08:00'));
    expect(tickEvery(watch, '2026-03-02T13:00:00+08:00', 5.5)).toEqual([]);
    expect(tickEvery(watch, '2026-03-02T18:30:00+08:00', 1)).toEqual(['2026-03-02T11:00:00.000Z']);
  });
});
