// The exact score of aligned hits: per category objects + problems + category cues (+ a bonus
// when an object and a problem share a clause), generic problem words (capped), and the global
// cue groups (positive ones from the hits, negative ones from find-negative-cues.ts). Agents
// (物业: who is asked) count for their category when the message names something else of it
// (物业费, 不作为) or no other category; otherwise they lift the category the message is about
// to the threshold.
import { firstUnits } from './first-units.js';
import type { Hit } from './compile-terms.js';
import type { IgnoredHit, NegativeCues } from './find-negative-cues.js';
import type { Negation } from './negation.js';
import { IntList } from './int-list.js';
import type { Rules } from './rules.js';
import { NAMES_OBJECT, type TermTable } from './term-table.js';
import { frameScores } from './frame-scores.js';

export interface CategoryScore {
  code: string;
  score: number;
  terms: string[];
  pair: boolean;
  /** Some thing of this category is named (电梯, 燃气), not only a problem word (漏了). */
  object: boolean;
  /** Some problem of this category is said (不亮, 漏了), not only its things named. */
  problem: boolean;
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
  /** Requests, complaints and faults said and taken back: negated (不必派人了), denied (不是漏水) or not yet come. */
  withdrawn: number;
}

/** A hit whose weight is settled after the others: a scoped negative weight, or an agent. */
interface Agent {
  slot: number;
  key: number;
  weight: number;
  clause: number;
  term: string;
  /** A scoped negative weight: how many clauses either side of its own it reaches (0: its own only). */
  reach?: number;
}

export type Scorer = (hits: Hit[], clauses: Int32Array, negative: NegativeCues, text: string, ignored?: IgnoredHit[]) => Scored;

/**
 * `table`: the one of the index the hits come from; `keyCount`: the number of counting keys;
 * `negation`: a request or complaint cue right after a negation word does not count.
 * Buffers that do not leave a call are reused by the next one (scoring is synchronous).
 */
export function createScorer(rules: Rules, table: TermTable, keyCount: number, negation: Negation): Scorer {
  const enabled = rules.categories.filter((c) => c.enabled);
  const th = rules.thresholds;
  const priorities = new Map(enabled.map((c) => [c.code, c.priority]));
  const frames = frameScores(rules);
  const byScoreThenPriority = (a: CategoryScore, b: CategoryScore) =>
    b.score - a.score || priorities.get(b.code)! - priorities.get(a.code)!;

  const placeSuffixes = rules.language.placeSuffixes ?? [];
  // The code units place suffixes start with: most object hits are followed by none of them.
  const suffixStart = firstUnits(placeSuffixes);
  const anyEmpty = placeSuffixes.includes('');
  // 单元门口, 电梯口: a suffix may begin with the thing's own last character (门 of 单元门 + 门口).
  const isPlace = (text: string, h: Hit) =>
    ((anyEmpty || suffixStart[text.charCodeAt(h.end)] === 1) && placeSuffixes.some((s) => text.startsWith(s, h.end))) ||
    (suffixStart[text.charCodeAt(h.end - 1)] === 1 && placeSuffixes.some((s) => s.length > 1 && text.startsWith(s, h.end - 1)));
  const { flags, from, kind, slot, key, weight, scoped } = table;
  const owned = enabled.map((c) => new Set(c.owned ?? []));
  /** Whether `hits` name a thing or an agent of category `i` (物业费, 物业). */
  const namesOwn = (hits: Hit[], i: number) =>
    hits.some((o) => {
      for (let j = from[o.id]!, end = from[o.id + 1]!; j < end; j++) if ((kind[j] === 0 || kind[j] === 5) && slot[j] === i) return true;
      return false;
    });
  /** 不是暖气管漏水: a denial right before the thing the fault word follows denies the fault too. */
  const thingDenied = (text: string, hits: Hit[], h: Hit) =>
    hits.some(
      (o) =>
        o.end === h.start &&
        (flags[o.id]! & NAMES_OBJECT) !== 0 &&
        negation.isDenied(text, o.start) &&
        !hits.some((p) => p.start < o.start && p.end > o.start),
    );

  // Per category (by index): whether touched in this call, its sum, deciding terms (new arrays:
  // they are returned), clauses of objects/problems; reset for the touched ones at each call.
  const touched = new IntList();
  const isTouched = new Uint8Array(enabled.length);
  const sums = new Float64Array(enabled.length);
  const terms: string[][] = enabled.map(() => []);
  const objClauses = enabled.map(() => new IntList());
  const probClauses = enabled.map(() => new IntList());
  // Distinct keys are counted once.
  const keySeen = new Uint8Array(keyCount);
  const seenKeys = new IntList();
  const firstSight = (k: number): boolean => {
    if (keySeen[k] === 1) return false;
    keySeen[k] = 1;
    seenKeys.push(k);
    return true;
  };
  const genericClauses = new IntList();
  // The term id of each generic problem in genericClauses (the same position).
  const genericIds = new IntList();
  // The term id of the thing each generic problem follows right after (暖气|坏了), or -1.
  const genericAfter = new IntList();
  // Closures over this state only, made once (not per call).
  const score = (i: number): CategoryScore => ({
    code: enabled[i]!.code,
    score: sums[i]!,
    terms: [],
    pair: false,
    object: false,
    problem: false,
  });
  const touch = (i: number) => {
    if (isTouched[i] === 1) return;
    isTouched[i] = 1;
    touched.push(i);
    sums[i] = 0;
    terms[i] = [];
    objClauses[i]!.clear();
    probClauses[i]!.clear();
  };
  /** The leading category so far among those with a positive score that `counts` keeps (-1: none). */
  const leading = (counts: (i: number) => boolean): number => {
    let best = -1;
    for (let t = 0; t < touched.size; t++) {
      const j = touched.items[t]!;
      if (sums[j]! <= 0 || !counts(j)) continue;
      if (best < 0 || byScoreThenPriority(score(j), score(best)) < 0) best = j;
    }
    return best;
  };

  /**
   * A generic problem in clause `k` pairs with category `i`'s thing there, unless the word is also
   * the own problem of another category whose thing that clause names (电梯旁那排灯管一闪一闪: the
   * flicker is the lamp's, not the lift's).
   */
  const pairsGenericIn = (i: number, k: number): boolean => {
    for (let g = 0; g < genericClauses.size; g++) {
      if (genericClauses.items[g] !== k) continue;
      const id = genericIds.items[g]!;
      let owned = false;
      let mine = false;
      // 老年活动室暖气坏了: a fault right after a clear thing (weight 3) is that thing's.
      const after = genericAfter.items[g]!;
      if (after >= 0)
        for (let j = from[after]!, end = from[after + 1]!; j < end; j++) {
          if (kind[j] !== 0 || weight[j]! < 3) continue;
          if (slot[j] === i) mine = true;
          else if (isTouched[slot[j]!] === 1) owned = true;
        }
      for (let j = from[id]!, end = from[id + 1]!; j < end; j++) {
        if (kind[j] !== 1) continue;
        const o = slot[j]!;
        if (o === i) mine = true;
        else if (weight[j]! >= 2 && isTouched[o] === 1 && objClauses[o]!.includes(k)) owned = true;
      }
      if (mine || !owned) return true;
    }
    return false;
  };

  return (hits, clauses, negative, text, ignored) => {
    for (let t = 0; t < touched.size; t++) {
      const i = touched.items[t]!;
      isTouched[i] = 0;
      sums[i] = 0; // an agent reads the sum of its own category, touched or not
    }
    touched.clear();
    for (let t = 0; t < seenKeys.size; t++) keySeen[seenKeys.items[t]!] = 0;
    seenKeys.clear();
    genericClauses.clear();
    genericIds.clear();
    genericAfter.clear();
    const genericTerms: string[] = [];
    // A negative weight on a short word (电梯 for lighting) counts only in a clause that names that
    // category, or, when it is a fault word (停电), in one next to it.
    let against: Agent[] | null = null;
    let agents: Agent[] | null = null;
    let places: Agent[] | null = null;
    let generic = 0;
    let withdrawn = 0;
    let lastGenericEnd = -1;
    let cueTerms: Map<number, string[]> | null = negative.size > 0 ? new Map(negative) : null;
    for (const h of hits) {
      const clause = clauses[h.start]!;
      const place = placeSuffixes.length > 0 && (flags[h.id]! & NAMES_OBJECT) !== 0 && isPlace(text, h);
      for (let j = from[h.id]!, end = from[h.id + 1]!; j < end; j++) {
        const k = kind[j]!;
        if (k === 4) {
          // 不麻烦物业了, 不担心: a request or complaint said with a negation in front is withdrawn.
          if (rules.cues[slot[j]!]!.claim === true && negation.isNegated(text, h.start)) {
            ignored?.push({ term: h.term, why: '前面有否定词，不是在要求或抱怨' });
            withdrawn++;
            continue;
          }
          // 还没堵: "not yet" before a fault word says it has not come, not that it still lasts.
          if (negation.isNotYetOfFault(h, hits)) {
            ignored?.push({ term: h.term, why: '后面紧跟着出问题的词：是“还没出事”，不是“还没修好”' });
            continue;
          }
          cueTerms ??= new Map();
          const list = cueTerms.get(slot[j]!);
          if (!list) cueTerms.set(slot[j]!, [h.term]);
          else if (!list.includes(h.term)) list.push(h.term);
          continue;
        }
        // 不是漏水, 还没堵, 热不热, 没坏: a fault denied, not yet come, asked about or negated is not told.
        if (
          (k === 1 || k === 3) &&
          weight[j]! > 0 &&
          (negation.isFaultUntold(text, h, hits) || negation.isNegated(text, h.start) || thingDenied(text, hits, h))
        ) {
          withdrawn++;
          if (ignored?.at(-1)?.term !== h.term)
            ignored?.push({
              term: h.term,
              why: negation.isInCompound(text, h, hits)
                ? '是“漏水险、漏电保护器”这样的东西的名字的一部分：没说出了问题'
                : '前面是“不是、还没、没”，或是“热不热”这样的问法：没说出了问题',
            });
          continue;
        }
        if (k === 3) {
          // 都没有 inside 一格信号都没有: a generic word within one category's problem is that
          // category's problem, so it pairs with no other category's thing.
          if (!insideProblem(hits, h, from, kind, flags)) {
            genericClauses.push(clause);
            genericIds.push(h.id);
            // 暖气坏掉了: 掉了 inside the fault 坏掉了 follows the same thing.
            const overlaps = genericClauses.size > 1 && lastGenericEnd > h.start;
            genericAfter.push(overlaps ? genericAfter.items[genericAfter.size - 1]! : thingBefore(hits, h, flags));
            lastGenericEnd = Math.max(lastGenericEnd, h.end);
          }
          if (firstSight(key[j]!)) {
            genericTerms.push(h.term);
            generic += weight[j]!;
          }
          continue;
        }
        if (k === 5) {
          agents ??= [];
          agents.push({ slot: slot[j]!, key: key[j]!, weight: weight[j]!, clause, term: h.term });
          continue;
        }
        if (place && k === 0) {
          places ??= [];
          places.push({ slot: slot[j]!, key: key[j]!, weight: weight[j]!, clause, term: h.term });
          continue;
        }
        if (scoped[j] === 1) {
          if (place) continue; // a place (电梯厅) says nothing against a category
          against ??= [];
          // A fault word (停电) reaches the clauses next to its own; a thing (电梯) only its own.
          against.push({ slot: slot[j]!, key: key[j]!, weight: weight[j]!, clause, term: h.term, reach: h.data.fault ? 1 : 0 });
          continue;
        }
        const i = slot[j]!;
        // 菜场青菜又涨价了: a price rise is the property's only of its own fees (物业费涨了).
        if (k === 1 && owned[i]!.has(h.term) && !namesOwn(hits, i)) {
          ignored?.push({ term: h.term, why: `没说到「${enabled[i]!.name}」自己的东西（物业费、物业），说的是别的东西涨价` });
          continue;
        }
        touch(i);
        if (firstSight(key[j]!)) {
          sums[i] = sums[i]! + weight[j]!;
          if (!terms[i]!.includes(h.term)) terms[i]!.push(h.term);
        }
        if (k === 0) objClauses[i]!.push(clause);
        else if (k === 1) probClauses[i]!.push(clause);
      }
    }
    if (against !== null) {
      for (const a of against) {
        const i = a.slot;
        // 停电了，灯全灭了: a fault told next to the lamps (before or after) is what put them out.
        const names = (c: number) => objClauses[i]!.includes(c) || probClauses[i]!.includes(c);
        const reach = a.reach ?? 0;
        const named = isTouched[i] === 1 && (names(a.clause) || (reach > 0 && (names(a.clause - 1) || names(a.clause + 1))));
        if (!named) {
          ignored?.push({
            term: a.term,
            why:
              reach > 0
                ? `它只在说到「${enabled[i]!.name}」的分句和紧挨着的分句里减分，这里离得远`
                : `它只在说到「${enabled[i]!.name}」的分句里减分，这里不在同一分句`,
          });
          continue;
        }
        if (!firstSight(a.key)) continue;
        sums[i] = sums[i]! + a.weight;
      }
    }
    if (places !== null) {
      // A thing named as a place (电梯厅的灯, 车棚旁边的电线) says where: it counts only when its
      // category leads without it (垃圾房门口…野猫) or no other category is named.
      const lead = leading(always);
      const elsewhere = places.map((p) => lead >= 0 && lead !== p.slot);
      places.forEach((p, n) => {
        if (elsewhere[n]) {
          ignored?.push({ term: p.term, why: '后面跟着“旁边、那边”这类词，说的是地方，不是它出了问题' });
          return;
        }
        touch(p.slot);
        objClauses[p.slot]!.push(p.clause);
        if (!firstSight(p.key)) return;
        sums[p.slot] = sums[p.slot]! + p.weight;
        if (!terms[p.slot]!.includes(p.term)) terms[p.slot]!.push(p.term);
      });
    }
    if (agents !== null) {
      // The category the message is about, other than `own`, before any agent counts (-1: none):
      // one that names a thing (物业说排队 names no thing of ev_charging's).
      const aboutOtherThan = (own: number): number => leading((j) => j !== own && objClauses[j]!.size > 0);
      // Agents stay with their category when the message names something else of it (物业费,
      // 不作为) or no other category; otherwise they go to the category the message is about.
      const goesTo = new Map<number, number>();
      for (const a of agents) {
        if (goesTo.has(a.slot)) continue;
        const other = sums[a.slot]! > 0 ? -1 : aboutOtherThan(a.slot);
        goesTo.set(a.slot, other >= 0 ? other : a.slot);
      }
      // Several agents (物业管家 … 客服) name one addressee: only the heaviest counts.
      const heaviest = new Map<number, Agent>();
      for (const a of agents) if ((heaviest.get(a.slot)?.weight ?? Number.NEGATIVE_INFINITY) < a.weight) heaviest.set(a.slot, a);
      for (const a of agents) {
        const to = goesTo.get(a.slot)!;
        touch(to);
        if (to === a.slot) objClauses[to]!.push(a.clause);
        if (!firstSight(a.key)) continue;
        if (heaviest.get(a.slot) !== a) {
          ignored?.push({ term: a.term, why: '同一条里已经算过一个“找谁”的词，只算一次' });
          continue;
        }
        // Given away, an agent only lifts that category to the threshold: whether the text is a
        // report still rests on what it says (物业说明天检修电梯 is a notice).
        const add = to === a.slot ? a.weight : Math.min(a.weight, Math.max(0, th.category - sums[to]!));
        sums[to] = sums[to]! + add;
        if (add > 0 && !terms[to]!.includes(a.term)) terms[to]!.push(a.term);
        if (to !== a.slot)
          ignored?.push({
            term: a.term,
            why: `是说给谁听、找谁管的，不是在说「${enabled[a.slot]!.name}」本身，这条说的是「${enabled[to]!.name}」`,
          });
      }
    }
    const categories: CategoryScore[] = [];
    for (let t = 0; t < touched.size; t++) {
      const i = touched.items[t]!;
      let pair = false;
      // A frame category's objects are people (对门, 邻居): a generic problem (冒烟) is not theirs.
      const pairsGeneric = !frames.has(enabled[i]!.code);
      const own = objClauses[i]!;
      for (let c = 0; c < own.size; c++) {
        const k = own.items[c]!;
        if (probClauses[i]!.includes(k) || (pairsGeneric && pairsGenericIn(i, k))) pair = true;
      }
      categories.push({
        code: enabled[i]!.code,
        score: sums[i]! + (pair ? th.pair : 0),
        terms: terms[i]!,
        pair,
        object: objClauses[i]!.size > 0,
        problem: probClauses[i]!.size > 0,
      });
    }
    sortStable(categories, byScoreThenPriority);
    // A frame category (dispute) that scores enough decides: the others' things are only the cause.
    if (frames.size > 0 && categories.length > 1) {
      const f = categories.findIndex((c) => c.score >= (frames.get(c.code) ?? Number.POSITIVE_INFINITY));
      if (f > 0) {
        const cause = categories[0]!;
        categories.unshift(...categories.splice(f, 1));
        ignored?.push({
          term: cause.terms.join('、'),
          why: `说的是人和人之间的事（「${enabled.find((c) => c.code === categories[0]!.code)!.name}」够 ${frames.get(categories[0]!.code)} 分），「${enabled.find((c) => c.code === cause.code)!.name}」的东西只是起因`,
        });
      }
    }
    const cues: CueScore[] = [];
    if (cueTerms !== null)
      for (const [i, list] of cueTerms.size > 1 ? sortStable([...cueTerms.entries()], byFirst) : cueTerms) {
        const g = rules.cues[i]!;
        cues.push({ kind: g.kind, label: g.label, weight: g.weight, terms: list });
      }
    const genericProblems = Math.min(th.problemCap, generic);
    const best = categories[0]?.score ?? 0;
    let evidence = Math.min(best, th.categoryCap) + genericProblems;
    for (const c of cues) evidence += c.weight;
    return { categories, genericProblems, genericTerms, cues, evidence, withdrawn };
  };
}

/**
 * Some other hit that is a category's problem spans `h` (一格信号都没有 around 都没有), and it
 * shares no character with a thing named (管漏了 across 水管 is a split of 水管 + 漏了).
 */
function insideProblem(hits: Hit[], h: Hit, from: Int32Array, kind: Uint8Array, flags: Uint16Array): boolean {
  for (const o of hits) {
    if (o.start > h.start) break;
    if (o === h || o.end < h.end) continue;
    let problem = false;
    for (let j = from[o.id]!, end = from[o.id + 1]!; j < end; j++) if (kind[j] === 1) problem = true;
    if (problem && !hits.some((x) => (flags[x.id]! & NAMES_OBJECT) !== 0 && x.start < o.end && x.end > o.start)) return true;
  }
  return false;
}

/** The id of a thing named right before `h` (暖气 in 暖气坏了), or -1. */
function thingBefore(hits: Hit[], h: Hit, flags: Uint16Array): number {
  for (const o of hits) {
    if (o.start >= h.start) break;
    if (o.end === h.start && (flags[o.id]! & NAMES_OBJECT) !== 0) return o.id;
  }
  return -1;
}

function byFirst(a: [number, string[]], b: [number, string[]]): number {
  return a[0] - b[0];
}

/**
 * Sort in place, stably like Array.prototype.sort (so with the same result): an insertion sort,
 * cheaper for the few categories one message touches.
 */
function sortStable<T>(xs: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(xs[j]!, x) > 0; j--) xs[j + 1] = xs[j]!;
    xs[j + 1] = x;
  }
  return xs;
}

function always(): boolean {
  return true;
}
