// The exact score of aligned hits: per category objects + problems + category cues (+ a bonus
// when an object and a problem share a clause), generic problem words (capped), and the global
// cue groups (positive ones from the hits, negative ones from find-negative-cues.ts).
import type { Hit } from './compile-terms.js';
import type { IgnoredHit, NegativeCues } from './find-negative-cues.js';
import type { Rules } from './rules.js';

export interface CategoryScore {
  code: string;
  score: number;
  terms: string[];
  pair: boolean;
}

export interface CueScore {
  kind: string;
  label: string;
  weight: number;
  terms: string[];
}

interface Scored {
  categories: CategoryScore[];
  genericProblems: number;
  genericTerms: string[];
  cues: CueScore[];
  /** Total evidence for "report" (before urgency). */
  evidence: number;
}

export type Scorer = (hits: Hit[], clauses: Int32Array, negative: NegativeCues, ignored?: IgnoredHit[]) => Scored;

export function createScorer(rules: Rules): Scorer {
  const enabled = rules.categories.filter((c) => c.enabled);
  const th = rules.thresholds;
  const priorities = new Map(enabled.map((c) => [c.code, c.priority]));
  const byScoreThenPriority = (a: CategoryScore, b: CategoryScore) =>
    b.score - a.score || priorities.get(b.code)! - priorities.get(a.code)!;

  return (hits, clauses, negative, ignored) => {
    // Per category (by index): distinct keys counted once, deciding terms, clauses of objects/problems.
    const touched: number[] = [];
    const sums: number[] = [];
    const terms: string[][] = [];
    const objClauses: number[][] = [];
    const probClauses: number[][] = [];
    const seenKeys = new Set<number>();
    const genericClauses: number[] = [];
    const genericTerms: string[] = [];
    // A negative weight on a short word (电梯 for lighting) counts only in a clause that names that category.
    let against: { slot: number; key: number; weight: number; clause: number; term: string }[] | null = null;
    let generic = 0;
    const cueTerms = new Map<number, string[]>(negative);
    const touch = (i: number) => {
      if (sums[i] !== undefined) return;
      touched.push(i);
      sums[i] = 0;
      terms[i] = [];
      objClauses[i] = [];
      probClauses[i] = [];
    };
    for (const h of hits) {
      const clause = clauses[h.start]!;
      for (const b of h.data.exact) {
        if (b.kind === 4) {
          const list = cueTerms.get(b.slot);
          if (!list) cueTerms.set(b.slot, [h.term]);
          else if (!list.includes(h.term)) list.push(h.term);
          continue;
        }
        if (b.kind === 3) {
          genericClauses.push(clause);
          if (!seenKeys.has(b.key)) {
            seenKeys.add(b.key);
            genericTerms.push(h.term);
            generic += b.weight;
          }
          continue;
        }
        if (b.scoped) {
          against ??= [];
          against.push({ slot: b.slot, key: b.key, weight: b.weight, clause, term: h.term });
          continue;
        }
        const i = b.slot;
        touch(i);
        if (!seenKeys.has(b.key)) {
          seenKeys.add(b.key);
          sums[i] = sums[i]! + b.weight;
          if (!terms[i]!.includes(h.term)) terms[i]!.push(h.term);
        }
        if (b.kind === 0) objClauses[i]!.push(clause);
        else if (b.kind === 1) probClauses[i]!.push(clause);
      }
    }
    if (against !== null) {
      for (const a of against) {
        const i = a.slot;
        const named = sums[i] !== undefined && (objClauses[i]!.includes(a.clause) || probClauses[i]!.includes(a.clause));
        if (!named) {
          ignored?.push({ term: a.term, why: `它只在说到「${enabled[i]!.name}」的分句里减分，这里不在同一分句` });
          continue;
        }
        if (seenKeys.has(a.key)) continue;
        seenKeys.add(a.key);
        sums[i] = sums[i]! + a.weight;
      }
    }
    const categories: CategoryScore[] = [];
    for (const i of touched) {
      let pair = false;
      for (const k of objClauses[i]!) if (probClauses[i]!.includes(k) || genericClauses.includes(k)) pair = true;
      categories.push({ code: enabled[i]!.code, score: sums[i]! + (pair ? th.pair : 0), terms: terms[i]!, pair });
    }
    categories.sort(byScoreThenPriority);
    const cues: CueScore[] = [];
    for (const [i, list] of [...cueTerms.entries()].sort(byFirst)) {
      const g = rules.cues[i]!;
      cues.push({ kind: g.kind, label: g.label, weight: g.weight, terms: list });
    }
    const genericProblems = Math.min(th.problemCap, generic);
    const best = categories[0]?.score ?? 0;
    let evidence = Math.min(best, th.categoryCap) + genericProblems;
    for (const c of cues) evidence += c.weight;
    return { categories, genericProblems, genericTerms, cues, evidence };
  };
}

function byFirst(a: [number, string[]], b: [number, string[]]): number {
  return a[0] - b[0];
}
