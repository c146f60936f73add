// --start: an ISO 8601 time. With an offset or Z it is exact; without one it is a wall-clock time
// in the config's time zone (not the machine's), like every other time of day in the bot.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Offset of `timeZone` from UTC at instant `utcMs`, in ms. */
function offsetMs(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

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
  let utc = wall - offsetMs(wall, timeZone);
  utc = wall - offsetMs(utc, timeZone); // settle across a DST change
  return new Date(utc);
}
