// Comparisons: in 跟水管爆了似的 or 比电梯坏的次数还多, what the message is compared with (the
// vehicle: 水管爆了, 电梯坏的次数) is not what it says is wrong. A hit lying wholly between an
// opening word (跟, 像; 比) and a closing word of the same pattern (似的, 一样; 还, 更), in one clause
// and at most MAX_VEHICLE characters apart, does not count; a pattern with no closing word (还不如 …)
// reaches to its clause's end. Only the clause around each hit is
// looked at, so the cost grows with the hits, not with the text.
import { firstUnits } from './first-units.js';
import type { Hit } from './compile-terms.js';
import type { LanguageRules } from './rules.js';

/** The longest vehicle: a comparison names its standard in a few words. */
const MAX_VEHICLE = 16;

/** Drops the hits inside a comparison's vehicle (returns `raw` itself when there are none). */
export type ComparisonFilter = (raw: Hit[], text: string, clauses: Int32Array) => Hit[];

/** Whether the span from `start` to `end` lies inside a comparison's vehicle (咱这 of 比咱这还冷). */
export type VehicleTest = (start: number, end: number, text: string, clauses: Int32Array) => boolean;

export function createComparisonFilter(language: LanguageRules): ComparisonFilter {
  const patterns = language.comparisons ?? [];
  if (patterns.length === 0) return (raw) => raw;
  const inVehicle = createVehicleTest(language);
  /** Some pattern has both an opening and a closing word somewhere in the text (most texts have none). */
  const mayCompare = (text: string): boolean => {
    for (const p of patterns) if ((p.to_clause_end === true || holdsAny(text, p.closes)) && holdsAny(text, p.opens)) return true;
    return false;
  };
  return (raw, text, clauses) => {
    if (raw.length === 0 || !mayCompare(text)) return raw;
    let out: Hit[] | null = null;
    for (let i = 0; i < raw.length; i++) {
      const h = raw[i]!;
      if (inVehicle(h.start, h.end, text, clauses)) out ??= raw.slice(0, i);
      else out?.push(h);
    }
    return out ?? raw;
  };
}

/**
 * Drops the urgency layer's cancellers (looked for later, around a hazard) that lie in a
 * comparison's vehicle or close it: 以前 and 似的 of 这味跟以前煤气罐漏的时候似的 speak of what
 * the smell is compared with, not of the smell (the hazard before the comparison is what it is
 * about). Patterns marked `only_cancels` (和…一样: 和 joins things too often to drop other words)
 * count here. A hazard inside the vehicle is dropped anyway (createComparisonFilter).
 */
export function createCancelVehicleFilter(language: LanguageRules, isCanceller: (h: Hit) => boolean): ComparisonFilter {
  if ((language.comparisons ?? []).length === 0) return (raw) => raw;
  const inVehicle = createVehicleTest(language, true);
  return (raw, text, clauses) => {
    if (!raw.some(isCanceller)) return raw;
    // An empty span at its start: the word lies in the vehicle or starts with its closing word.
    return raw.filter((h) => !(isCanceller(h) && inVehicle(h.start, h.start, text, clauses)));
  };
}

/** `cancels`: also the patterns that only drop cancellers (`only_cancels`). */
export function createVehicleTest(language: LanguageRules, cancels = false): VehicleTest {
  const patterns = (language.comparisons ?? []).filter((p) => cancels || p.only_cancels !== true);
  const notComparisons = language.notComparisons ?? [];
  if (patterns.length === 0) return () => false;
  // The code units opening words start with: most hits have none of them before them in their clause.
  const opensWith = firstUnits(patterns.flatMap((p) => p.opens));
  /** The opener `w` at `at` is part of a word that compares nothing (比较, 比如). */
  const covered = (text: string, at: number, w: string) =>
    notComparisons.some((n) => {
      for (let k = n.indexOf(w); k >= 0; k = n.indexOf(w, k + 1)) if (text.startsWith(n, at - k)) return true;
      return false;
    });
  return (start, end, text, clauses) => {
    const clause = clauses[start]!;
    let from = start;
    let opener = false;
    while (from > 0 && start - from < MAX_VEHICLE && clauses[from - 1] === clause) {
      from--;
      if (opensWith[text.charCodeAt(from)] === 1) opener = true;
    }
    if (!opener) return false;
    let to = end;
    while (to < text.length && to - end < MAX_VEHICLE && clauses[to] === clause) to++;
    const after = text.slice(end, to);
    let before: string | null = null;
    for (const p of patterns) {
      // A pattern without a closing word (还不如…) compares with all that follows it in its clause.
      let close = p.to_clause_end === true ? 0 : -1;
      for (const w of p.closes) {
        const at = after.indexOf(w);
        if (at >= 0 && (close < 0 || at < close)) close = at;
      }
      if (close < 0) continue;
      before ??= text.slice(from, start);
      for (const w of p.opens) {
        const at = before.lastIndexOf(w);
        if (at >= 0 && before.length - (at + w.length) + (end - start) + close <= MAX_VEHICLE && !covered(text, from + at, w)) return true;
      }
    }
    return false;
  };
}

function holdsAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}
