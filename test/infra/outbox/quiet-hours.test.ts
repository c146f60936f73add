import { describe, expect, it } from 'vitest';
import { isQuiet, quietEndsAt } from '../../../src/infra/outbox/quiet-hours.js';

const night = { start: '22:00', end: '07:00' };
const at = (iso: string) => new Date(iso);

describe('quiet hours', () => {
  it('wraps midnight and is read in the community’s zone, not the machine’s', () => {
    expect(isQuiet(at('2026-03-02T21:59:00+08:00'), night, 'Asia/Shanghai')).toBe(false);
    expect(isQuiet(at('2026-03-02T22:00:00+08:00'), night, 'Asia/Shanghai')).toBe(true);
    expect(isQuiet(at('2026-03-03T03:00:00+08:00'), night, 'Asia/Shanghai')).toBe(true);
    expect(isQuiet(at('2026-03-03T07:00:00+08:00'), night, 'Asia/Shanghai')).toBe(false);
    // 23:00 UTC is 07:00 in Shanghai but still night in London.
    expect(isQuiet(at('2026-03-02T23:00:00Z'), night, 'Asia/Shanghai')).toBe(false);
    expect(isQuiet(at('2026-03-02T23:00:00Z'), night, 'Europe/London')).toBe(true);
  });

  it('handles a daytime window and no quiet hours at all', () => {
    const lunch = { start: '12:00', end: '13:30' };
    expect(isQuiet(at('2026-03-02T12:45:00+08:00'), lunch, 'Asia/Shanghai')).toBe(true);
    expect(isQuiet(at('2026-03-02T13:30:00+08:00'), lunch, 'Asia/Shanghai')).toBe(false);
    expect(isQuiet(at('2026-03-02T23:00:00+08:00'), null, 'Asia/Shanghai')).toBe(false);
  });

  it('says when the current quiet window ends', () => {
    expect(quietEndsAt(at('2026-03-02T22:10:30+08:00'), night, 'Asia/Shanghai').toISOString()).toBe('2026-03-02T23:00:00.000Z');
    expect(quietEndsAt(at('2026-03-03T06:59:00+08:00'), night, 'Asia/Shanghai').toISOString()).toBe('2026-03-02T23:00:00.000Z');
    const day = at('2026-03-02T10:00:00+08:00');
    expect(quietEndsAt(day, night, 'Asia/Shanghai')).toBe(day);
  });
});
