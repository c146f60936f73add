// Quiet hours (e.g. 22:00–07:00) read in the community's time zone, whatever the machine's zone is.

export interface QuietHours {
  start: string;
  end: string;
}

const MINUTE = 60_000;

/** Minutes since local midnight of `at` in `timeZone`. */
export function localMinuteOfDay(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return hour * 60 + minute;
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Whether `at` falls inside the quiet window (which may wrap midnight). */
export function isQuiet(at: Date, quiet: QuietHours | null, timeZone: string): boolean {
  if (!quiet) return false;
  const now = localMinuteOfDay(at, timeZone);
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** The moment the quiet window containing `at` ends (start of the `end` minute), or `at` itself when not quiet. */
export function quietEndsAt(at: Date, quiet: QuietHours | null, timeZone: string): Date {
  if (!quiet || !isQuiet(at, quiet, timeZone)) return at;
  const now = localMinuteOfDay(at, timeZone);
  const delta = (toMinutes(quiet.end) - now + 1440) % 1440;
  const startOfMinute = Math.floor(at.getTime() / MINUTE) * MINUTE;
  return new Date(startOfMinute + delta * MINUTE);
}
