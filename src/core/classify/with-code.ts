import type { CategoryScore } from './score-hits.js';

/** The category scored with this code (a loop: a closure over `code` would cost every message its own context). */
export function withCode(categories: readonly CategoryScore[], code: string | null): CategoryScore | undefined {
  for (const c of categories) if (c.code === code) return c;
  return undefined;
}
