// --start: an ISO 8601 time. With an offset or Z it is exact; without one it is a wall-clock time
// in the config's time zone (not the machine's), like every other time of day in the bot.
import { zonedTime } from '../core/local-time.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The instant, or null when `text` is not an ISO 8601 date/time. */
export function parseStartTime(text: string, timeZone: string): Date | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  if (m[8]) {
    const exact = new Date(text.trim().replace(' ', 'T'));
    return Number.isNaN(exact.getTime()) ? null : exact;
  }
  const [y, mo, d, h, mi, s, ms] = m.slice(1, 8).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  if (new Date(wall).getUTCDate() !== d || mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return null;
  return new Date(zonedTime(y, mo, d, h, mi, timeZone).getTime() + s * 1000 + ms);
}
