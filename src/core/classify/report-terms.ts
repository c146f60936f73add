import type { CategoryScore, CueScore } from './score-hits.js';
import { withCode } from './with-code.js';

/** What the scorer found that a report's terms are taken from. */
interface Found {
  categories: readonly CategoryScore[];
  /** The generic problem words (坏了, 不行了), counted with a category when it pairs them. */
  genericTerms: readonly string[];
  cues: readonly CueScore[];
}

/**
 * The rule terms that decided a report (classify's `terms`), each once, in this order: the terms of
 * its category, the generic problem words when that category paired one with its thing, the terms of
 * the cue groups that counted for it, and `urgentTerms` (the hazards and exposures of an urgent report).
 */
export function reportTerms(found: Found, category: string | null, urgentTerms: readonly string[]): string[] {
  const chosen = withCode(found.categories, category);
  const terms = chosen !== undefined ? [...chosen.terms] : [];
  if (chosen?.pair) for (const t of found.genericTerms) if (!terms.includes(t)) terms.push(t);
  for (const c of found.cues) if (c.weight > 0) for (const t of c.terms) if (!terms.includes(t)) terms.push(t);
  for (const t of urgentTerms) if (!terms.includes(t)) terms.push(t);
  return terms;
}
