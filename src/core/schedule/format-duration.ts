// Durations as people say them in chat and in the ledger: "2天3小时", "5小时20分钟", "15分钟".

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A coarse Chinese duration with at most two units; negative or zero → "0分钟". */
export function formatDuration(ms: number): string {
  if (!(ms > 0)) return '0分钟';
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days}天${hours}小时` : `${days}天`;
  if (hours > 0) return minutes > 0 ? `${hours}小时${minutes}分钟` : `${hours}小时`;
  return `${Math.max(minutes, 1)}分钟`;
}

export const HOUR_MS = HOUR;
export const DAY_MS = DAY;
