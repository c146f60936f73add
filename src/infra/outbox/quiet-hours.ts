// Quiet hours (e.g. 22:00–07:00) read in the community's time zone, whatever the machine's zone is.
// The wall-clock arithmetic is the core's (src/core/local-time.ts); this adds only the outbox's view.
import { inLocalWindow, localParts, parseHhmm } from '../../core/local-time.js';

export interface QuietHours {
  start: string;
  end: string;
}

const MINUTE = 60_000;

/** Whether `at` falls inside the quiet window (which may wrap midnight). */
export function isQuiet(at: Date, quiet: QuietHours | null, timeZone: string): boolean {
  return quiet !== null && inLocalWindow(at, quiet, timeZone);
}

/** The moment the quiet window containing `at` ends (start of the `end` minute), or `at` itself when not quiet. */
export function quietEndsAt(at: Date, quiet: QuietHours | null, timeZone: string): Date {
  if (!quiet || !isQuiet(at, quiet, timeZone)) return at;
  const p = localParts(at, timeZone);
  const [eh, em] = parseHhmm(quiet.end);
  const delta = (eh * 60 + em - (p.hour * 60 + p.minute) + 1440) % 1440;
  const startOfMinute = Math.floor(at.getTime() / MINUTE) * MINUTE;
  return new Date(startOfMinute + delta * MINUTE);
}
