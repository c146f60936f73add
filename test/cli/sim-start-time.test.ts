import { describe, expect, it } from 'vitest';
import { parseStartTime } from '../../src/sim/parse-start-time.js';

describe('sim --start', () => {
  it('takes times with an offset or Z exactly', () => {
    expect(parseStartTime('2026-03-02T09:00:00+08:00', 'Asia/Shanghai')?.toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(parseStartTime('2026-03-02T09:00:00Z', 'Asia/Shanghai')?.toISOString()).toBe('2026-03-02T09:00:00.000Z');
  });

  it('reads a time without an offset in the config’s time zone, whatever the machine’s zone is', () => {
    expect(parseStartTime('2026-03-02T09:00', 'Asia/Shanghai')?.toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(parseStartTime('2026-03-02', 'Asia/Shanghai')?.toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(parseStartTime('2026-07-01T09:00:00', 'Europe/Berlin')?.toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    expect(parseStartTime('明天早上', 'Asia/Shanghai')).toBeNull();
    expect(parseStartTime('2026-02-30T09:00', 'Asia/Shanghai')).toBeNull();
    expect(parseStartTime('2026-03-02T25:00', 'Asia/Shanghai')).toBeNull();
  });
});
