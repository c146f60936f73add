// Durations as people write them in rules/deadlines.yaml and in the simulator: "90m", "2h", "3d",
// "45s", combinations such as "1h30m", decimals ("1.5h") and Chinese units (30分钟, 2小时, 3天, 10秒).
const UNIT_MS: Record<string, number> = {
  s: 1000,
  秒: 1000,
  m: 60_000,
  分钟: 60_000,
  分: 60_000,
  h: 3_600_000,
  小时: 3_600_000,
  d: 86_400_000,
  天: 86_400_000,
};
const PART = /(\d+(?:\.\d+)?)\s*(秒|分钟|分|小时|天|[smhd])/gy;

/** A duration in milliseconds, e.g. parseDuration('1h30m') === 5_400_000; null when it is not one or is zero. */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return null;
  let ms = 0;
  let end = 0;
  PART.lastIndex = 0;
  for (let m = PART.exec(trimmed); m; m = PART.exec(trimmed)) {
    ms += Number(m[1]) * UNIT_MS[m[2]!]!;
    end = PART.lastIndex;
    while (trimmed[PART.lastIndex] === ' ') PART.lastIndex += 1;
  }
  if (end !== trimmed.length) return null;
  return ms > 0 ? Math.round(ms) : null;
}
