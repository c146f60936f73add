// "90m", "2h", "1d", "1h30m", "45s" → milliseconds; null when it is not a duration.
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseDuration(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (!/^(\d+(\.\d+)?[smhd])+$/.test(trimmed)) return null;
  let ms = 0;
  for (const [, value, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)) ms += Number(value) * UNIT_MS[unit!]!;
  return ms > 0 ? Math.round(ms) : null;
}
