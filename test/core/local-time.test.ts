import { describe, expect, it } from 'vitest';
import {
  createLocalFormatter,
  formatLocalDateTime,
  inLocalWindow,
  latestDailySlot,
  latestMonthlySlot,
  latestWeeklySlot,
  localParts,
  zonedTime,
} from '../../src/core/local-time.js';

describe('local time in the configured zone, whatever the machine zone is', () => {
  it('reads local fields and weekday in Asia/Shanghai', () => {
    expect(localParts(new Date('2026-11-22T16:30:00Z'), 'Asia/Shanghai')).toMatchObject({
      year: 2026,
      month: 11,
      day: 23,
      hour: 0,
      minute: 30,
      weekday: 1,
    });
  });

  it('finds the instant of a local wall time, across a DST change', () => {
    expect(zonedTime(2026, 11, 23, 18, 0, 'Asia/Shanghai').toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(zonedTime(2026, 3, 29, 12, 0, 'Europe/Berlin').toISOString()).toBe('2026-03-29T10:00:00.000Z'); // CEST
    expect(zonedTime(2026, 3, 28, 12, 0, 'Europe/Berlin').toISOString()).toBe('2026-03-28T11:00:00.000Z'); // CET
  });

  it('finds the latest daily, weekly and monthly slot at or before now', () => {
    const tz = 'Asia/Shanghai';
    const now = new Date('2026-11-25T09:59:00Z'); // Wed 17:59 local
    expect(latestDailySlot(now, '18:00', tz).toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(latestDailySlot(new Date('2026-11-25T10:00:00Z'), '18:00', tz).toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(latestWeeklySlot(now, 1, '09:00', tz).toISOString()).toBe('2026-11-23T01:00:00.000Z'); // Mon 09:00
    expect(latestWeeklySlot(new Date('2026-11-23T00:59:00Z'), 1, '09:00', tz).toISOString()).toBe('2026-11-16T01:00:00.000Z');
    expect(latestMonthlySlot(now, '09:00', tz).toISOString()).toBe('2026-11-01T01:00:00.000Z');
    expect(latestMonthlySlot(new Date('2026-12-01T00:30:00Z'), '09:00', tz).toISOString()).toBe('2026-11-01T01:00:00.000Z');
  });

  it('tells whether a time falls in a window that wraps midnight', () => {
    const quiet = { start: '22:00', end: '07:00' };
    expect(inLocalWindow(new Date('2026-11-25T14:00:00Z'), quiet, 'Asia/Shanghai')).toBe(true); // 22:00
    expect(inLocalWindow(new Date('2026-11-25T22:59:00Z'), quiet, 'Asia/Shanghai')).toBe(true); // 06:59
    expect(inLocalWindow(new Date('2026-11-25T23:00:00Z'), quiet, 'Asia/Shanghai')).toBe(false); // 07:00
    expect(inLocalWindow(new Date('2026-11-25T13:59:00Z'), quiet, 'Asia/Shanghai')).toBe(false); // 21:59
  });

  it('the fast ledger formatter agrees with Intl on ordinary and DST days', () => {
    for (const tz of ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York']) {
      const format = createLocalFormatter(tz);
      for (let ms = Date.parse('2026-03-07T00:00:00Z'); ms < Date.parse('2026-04-02T00:00:00Z'); ms += 37 * 60_000) {
        expect(format(ms)).toBe(formatLocalDateTime(new Date(ms), tz));
      }
    }
  });
});
