// wechat4u can stay "logged in" while no message arrives any more. Counts silent time outside
// quiet hours (a quiet night is normal) and says so once per silent stretch.
import { isQuiet, type QuietHours } from '../infra/outbox/quiet-hours.js';

export interface SilenceWatch {
  /** A message arrived: the silence is over. */
  heard(at: Date): void;
  /** Called on every tick; true exactly once when the awake silence first exceeds the limit. */
  check(now: Date, limitHours: number, quiet: QuietHours | null, timeZone: string): boolean;
  /** Awake silent time so far. */
  readonly silentMs: number;
}

export function createSilenceWatch(start: Date): SilenceWatch {
  let last = start.getTime();
  let silentMs = 0;
  let alerted = false;
  return {
    heard(at) {
      last = at.getTime();
      silentMs = 0;
      alerted = false;
    },
    check(now, limitHours, quiet, timeZone) {
      const t = now.getTime();
      if (t > last && !isQuiet(now, quiet, timeZone)) silentMs += t - last;
      last = Math.max(last, t);
      if (alerted || silentMs < limitHours * 3_600_000) return false;
      alerted = true;
      return true;
    },
    get silentMs() {
      return silentMs;
    },
  };
}
