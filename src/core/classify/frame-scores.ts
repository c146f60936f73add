import type { Rules } from './rules.js';

/**
 * Per enabled frame category (dispute: people at odds, not things), the score at which it decides over
 * a category that scores more, whose things are then only the cause (两家为了车位吵起来了 is a quarrel).
 */
export function frameScores(rules: Rules): ReadonlyMap<string, number> {
  return new Map(rules.categories.flatMap((c) => (c.enabled && c.frame !== undefined ? [[c.code, c.frame] as const] : [])));
}
