// Wall-clock arithmetic in the configured time zone (config.timezone), never the machine's zone.
// Intl.DateTimeFormat gives the local fields of an instant; the reverse (local fields → instant)
// is found by correcting a UTC guess with the zone offset, twice to settle DST edges.

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The local calendar fields of `at` in `timeZone`. */
export function localParts(at: Date, timeZone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(at)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 1,
  };
}

function offsetMs(at: Date, timeZone: string): number {
  const p = localParts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant at which the wall clock in `timeZone` shows the given local date and time. */
export function zonedTime(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  let at = guess - offsetMs(new Date(guess), timeZone);
  at = guess - offsetMs(new Date(at), timeZone);
  return new Date(at);
}

/** "HH:MM" → [hour, minute]. The config schema has already validated the shape. */
export function parseHhmm(hhmm: string): [number, number] {
  const [h, m] = hhmm.split(':');
  return [Number(h), Number(m)];
}

/** The same local time `days` calendar days later (negative for earlier). */
export function addLocalDays(at: Date, days: number, timeZone: string): Date {
  const p = localParts(at, timeZone);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return zonedTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), p.hour, p.minute, timeZone);
}

/** The latest daily slot at local `hhmm` that is at or before `now`. */
export function latestDailySlot(now: Date, hhmm: string, timeZone: string): Date {
  const [h, m] = parseHhmm(hhmm);
  const p = localParts(now, timeZone);
  const today = zonedTime(p.year, p.month, p.day, h, m, timeZone);
  return today.getTime() <= now.getTime() ? today : addLocalDays(today, -1, timeZone);
}

/** The latest weekly slot (ISO `weekday`, local `hhmm`) at or before `now`. */
export function latestWeeklySlot(now: Date, weekday: number, hhmm: string, timeZone: string): Date {
  const daily = latestDailySlot(now, hhmm, timeZone);
  const back = (localParts(daily, timeZone).weekday - weekday + 7) % 7;
  return addLocalDays(daily, -back, timeZone);
}

/** The latest monthly slot (day 1 of the month, local `hhmm`) at or before `now`. */
export function latestMonthlySlot(now: Date, hhmm: string, timeZone: string): Date {
  const [h, m] = parseHhmm(hhmm);
  const p = localParts(now, timeZone);
  const thisMonth = zonedTime(p.year, p.month, 1, h, m, timeZone);
  if (thisMonth.getTime() <= now.getTime()) return thisMonth;
  const prev = new Date(Date.UTC(p.year, p.month - 2, 1));
  return zonedTime(prev.getUTCFullYear(), prev.getUTCMonth() + 1, 1, h, m, timeZone);
}

/** Whether local time of `at` falls in [start, end) — a window that may wrap past midnight. */
export function inLocalWindow(at: Date, window: { start: string; end: string }, timeZone: string): boolean {
  const p = localParts(at, timeZone);
  const t = p.hour * 60 + p.minute;
  const [sh, sm] = parseHhmm(window.start);
  const [eh, em] = parseHhmm(window.end);
  const s = sh * 60 + sm;
  const e = eh * 60 + em;
  if (s === e) return false;
  return s < e ? t >= s && t < e : t >= s || t < e;
}

/** "11月26日 14:05" in the zone: how times appear in chat messages. */
export function formatLocalShort(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${p.month}月${p.day}日 ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** "2026-11-26 14:05" in the zone: how times appear in the ledger. */
export function formatLocalDateTime(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * A fast "YYYY-MM-DD HH:MM" formatter for many instants (the ledger formats 100k+ times): the zone
 * offset is looked up once per UTC day (per hour on the rare days it changes, e.g. DST) and
 * cached; the rest is plain arithmetic.
 */
export function createLocalFormatter(timeZone: string): (at: Date | number) => string {
  const DAY = 86_400_000;
  const HOUR = 3_600_000;
  const byDay = new Map<number, number | null>();
  const byHour = new Map<number, number>();
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  const offsetAt = (ms: number): number => {
    const day = Math.floor(ms / DAY);
    let offset = byDay.get(day);
    if (offset === undefined) {
      const start = offsetMs(new Date(day * DAY), timeZone);
      offset = start === offsetMs(new Date(day * DAY + DAY - HOUR), timeZone) ? start : null;
      byDay.set(day, offset);
    }
    if (offset !== null) return offset;
    const hour = Math.floor(ms / HOUR);
    let h = byHour.get(hour);
    if (h === undefined) {
      h = offsetMs(new Date(hour * HOUR), timeZone);
      byHour.set(hour, h);
    }
    return h;
  };
  return (at) => {
    const ms = typeof at === 'number' ? at : at.getTime();
    const d = new Date(ms + offsetAt(ms));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  };
}
