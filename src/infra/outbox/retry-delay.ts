// Exponential back-off for failed sends (WeChat answers 1205 / Ret != 0 when we go too fast).

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 5_000, maxMs: 10 * 60_000 };

/** Delay before attempt number `attempts + 1`, after `attempts` failures (1 → base, 2 → 2×base …). */
export function retryDelay(attempts: number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  const exp = Math.max(0, attempts - 1);
  return Math.min(options.maxMs, options.baseMs * 2 ** Math.min(exp, 30));
}
