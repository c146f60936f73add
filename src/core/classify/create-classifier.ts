// The rule-based classifier. For each message (the reply, when it quotes another):
//   1. find every rule term as a substring (an index on the first two characters of all terms);
//      "not a report" cues are judged right here, without segmentation;
//   2. prefilter: score the substring hits as an upper bound (negative term weights ignored,
//      negative cues exact); if even that cannot reach the thresholds, the answer is "not a
//      report" without calling jieba;
//   3. otherwise segment (only the span holding boundary-sensitive hits) and keep the hits that
//      do not straddle two words;
//   4. score: best category (objects + problems + category cues, + a bonus when an object and a
//      problem share a clause), generic problem words, and global cue groups;
//   5. urgent when a global or category urgent cue is not cancelled in its clause or negated.
// Step 2 is lossless: the exact score of the aligned hits can never exceed the bound.
import type { Classification, Classifier, Segmenter } from './types.js';
import type { Rules } from './rules.js';
import { createTermIndex, type TermHit } from './term-index.js';
import { splitQuote } from './split-quote.js';
import { extractBuilding } from './extract-building.js';

/** What one matched term means to the classifier. */
export type TermRole =
  | { kind: 'object' | 'problem'; category: string; weight: number; canonical: string }
  | { kind: 'category-cue'; category: string; weight: number }
  | { kind: 'generic-problem'; weight: number }
  | { kind: 'cue'; group: number }
  | { kind: 'urgent'; category: string | null }
  | { kind: 'urgent-cancel' };

/** A term's roles plus flags computed once when the index is built. */
interface TermInfo {
  roles: TermRole[];
  /** Bit set of layers (category, generic, cue, urgent, cancel) for overlap suppression. */
  layers: number;
  /** Urgency cancellers (如果, 万一) must sit on word boundaries on both ends. */
  strict: boolean;
  /** Counts towards a category (object, problem or category cue). */
  category: boolean;
  /** Belongs to a "not a report" cue group. */
  negativeCue: boolean;
  /** Only that: its matching does not depend on segmentation. */
  onlyNegativeCue: boolean;
  /** Precomputed numbers for the prefilter's upper bound (see `createBound`). */
  bound: RoleCode[];
  /** Like `bound` but with the real (signed) weights, for the exact score. */
  exact: RoleCode[];
  /** Urgent for every category (ALL), for these categories, or not an urgent cue (null). */
  urgent: typeof ALL | Set<string> | null;
  /** Cancels urgency in its clause. */
  cancel: boolean;
}

/** A role reduced to numbers for scoring: which slot it adds to, how much, and its counting key. */
interface RoleCode {
  /** 0 object, 1 problem, 2 category cue, 3 generic problem, 4 positive cue group. */
  kind: number;
  /** Category index (kinds 0–2) or cue group index (kind 4). */
  slot: number;
  /** Identifies "the same term" for counting once (alias and canonical share it). */
  key: number;
  weight: number;
}

type Hit = TermHit<TermInfo>;

export interface CategoryScore {
  code: string;
  score: number;
  terms: string[];
  pair: boolean;
}

/** Everything behind one decision, for `rules explain` and tests. */
export interface Explanation {
  result: Classification;
  quote: string | null;
  reply: string;
  /** False when the prefilter decided without calling the segmenter. */
  segmented: boolean;
  tokens: string[];
  matches: { term: string; roles: string[] }[];
  categories: CategoryScore[];
  cues: { kind: string; label: string; weight: number; terms: string[] }[];
  genericProblems: number;
  evidence: number;
  urgent: { terms: string[]; cancelledBy: string[] };
  reason: string;
}

export interface ExplainingClassifier extends Classifier {
  explain(text: string): Explanation;
}

export interface ClassifierOptions {
  /** Skip the prefilter (every message with any term is segmented); results are identical. */
  prefilter?: boolean;
}

interface Scored {
  categories: CategoryScore[];
  genericProblems: number;
  genericTerms: string[];
  cues: Explanation['cues'];
  evidence: number;
  report: boolean;
}


/** Build a classifier from loaded rules and a segmenter whose dictionary holds the rule terms. */
export function createClassifier(rules: Rules, segmenter: Segmenter, options: ClassifierOptions = {}): ExplainingClassifier {
  const usePrefilter = options.prefilter ?? true;
  const enabled = rules.categories.filter((c) => c.enabled);
  const keys = new Map<string, number>();
  const keyOf = (k: string) => keys.get(k) ?? (keys.set(k, keys.size), keys.size - 1);
  const catIndex = new Map(enabled.map((c, i) => [c.code, i]));
  const index = createTermIndex(
    [...termRoles(rules)].map(([t, roles]): [string, TermInfo] => [t, termInfo(t, roles, rules, catIndex, keyOf)]),
  );
  const upperBound = createBound(enabled.length, rules.cues.length, keys.size, rules.thresholds);
  const zones = rules.places.zones;
  const th = rules.thresholds;
  const priorities = new Map(enabled.map((c) => [c.code, c.priority]));
  const clauseScoped = rules.cues.map((g) => g.scope === 'clause');
  const here = rules.places.here ?? [];
  const quoteGroups = rules.cues.map((g) => g.quoteObjects === true);
  const anyQuoteGroup = quoteGroups.includes(true);
  const isQuoteCue = (h: Hit) => h.data.roles.some((r) => r.kind === 'cue' && quoteGroups[r.group]!);
  const isObjectHit = (h: Hit) => h.data.roles.some((r) => r.kind === 'object');

  /**
   * A reply that names no object and only says "still / again / fixed my foot" (好个啥 又停了) is about the quoted
   * thing: its objects are put in front of the reply, in the reply's first clause.
   */
  function withQuoteObjects(quote: string | null, reply: string, raw: Hit[]): string | null {
    if (!anyQuoteGroup || quote === null || raw.some(isObjectHit) || !raw.some(isQuoteCue)) return null;
    const objects = unique(index.findAll(quote).filter(isObjectHit).map((h) => h.term));
    return objects.length > 0 ? `${objects.join('、')}：${reply}` : null;
  }
  const byScoreThenPriority = (a: CategoryScore, b: CategoryScore) => b.score - a.score || priorities.get(b.code)! - priorities.get(a.code)!;

  /**
   * "Not a report" cues are judged on the text alone, without segmentation: a hit counts unless
   * it is negated (不亮了 is not 亮了) or lies inside a longer rule term (出租 in 出租车,
   * 好的 in 好好的). Because of that, the prefilter's bound can subtract them exactly.
   */
  function negativeCues(raw: Hit[], reply: string, clauses: Int32Array): Map<number, string[]> {
    const out = new Map<number, string[]>();
    let scopedClauses: Map<number, number[]> | null = null;
    let maxEnd = -1;
    for (const h of raw) {
      const inside = maxEnd >= h.end;
      if (h.end > maxEnd) maxEnd = h.end;
      if (inside || !h.data.negativeCue || isNegated(reply, h.start)) continue;
      for (const r of h.data.roles) {
        if (r.kind !== 'cue' || rules.cues[r.group]!.weight >= 0) continue;
        const list = out.get(r.group);
        if (!list) out.set(r.group, [h.term]);
        else if (!list.includes(h.term)) list.push(h.term);
        if (clauseScoped[r.group]) {
          scopedClauses ??= new Map();
          const cs = scopedClauses.get(r.group);
          if (!cs) scopedClauses.set(r.group, [clauses[h.start]!]);
          else cs.push(clauses[h.start]!);
        }
      }
    }
    // A clause-scoped group (别的小区, 万一哪天 …) speaks for its clause and the following ones
    // until a "here" word (咱们, 我家); when some category term (as found in the raw text, the
    // same for the bound and the exact score) lies outside that span, it may be a report of
    // its own and the group is dropped.
    if (scopedClauses !== null) {
      const anchors: number[] = [];
      for (const w of here) for (let at = reply.indexOf(w); at >= 0; at = reply.indexOf(w, at + 1)) anchors.push(clauses[at]!);
      // Covered: some clause of the group at or before it, and no "here" word in between.
      const covered = (cs: number[], c: number) => {
        let from = -1;
        for (const k of cs) if (k <= c && k > from) from = k;
        return from >= 0 && !anchors.some((a) => a > from && a <= c);
      };
      for (const [group, cs] of scopedClauses) {
        if (raw.some((h) => h.data.category && !covered(cs, clauses[h.start]!))) out.delete(group);
      }
    }
    return out;
  }

  /** The exact score of aligned hits plus the (segmentation-free) negative cues. */
  function score(hits: Hit[], clauses: Int32Array, negative: ReadonlyMap<number, string[]>): Scored {
    // Per category (by index): distinct keys counted once, deciding terms, clauses of objects/problems.
    const touched: number[] = [];
    const sums: number[] = [];
    const terms: string[][] = [];
    const objClauses: number[][] = [];
    const probClauses: number[][] = [];
    const seenKeys = new Set<number>();
    const genericClauses: number[] = [];
    const genericTerms: string[] = [];
    let generic = 0;
    const cueTerms = new Map<number, string[]>(negative);
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
        const i = b.slot;
        if (sums[i] === undefined) {
          touched.push(i);
          sums[i] = 0;
          terms[i] = [];
          objClauses[i] = [];
          probClauses[i] = [];
        }
        if (!seenKeys.has(b.key)) {
          seenKeys.add(b.key);
          sums[i] = sums[i]! + b.weight;
          if (!terms[i]!.includes(h.term)) terms[i]!.push(h.term);
        }
        if (b.kind === 0) objClauses[i]!.push(clause);
        else if (b.kind === 1) probClauses[i]!.push(clause);
      }
    }
    const categories: CategoryScore[] = [];
    for (const i of touched) {
      let pair = false;
      for (const k of objClauses[i]!) if (probClauses[i]!.includes(k) || genericClauses.includes(k)) pair = true;
      categories.push({ code: enabled[i]!.code, score: sums[i]! + (pair ? th.pair : 0), terms: terms[i]!, pair });
    }
    categories.sort(byScoreThenPriority);
    const cues: Explanation['cues'] = [];
    for (const [i, list] of [...cueTerms.entries()].sort(byFirst)) {
      const g = rules.cues[i]!;
      cues.push({ kind: g.kind, label: g.label, weight: g.weight, terms: list });
    }
    const genericProblems = Math.min(th.problemCap, generic);
    const best = categories[0]?.score ?? 0;
    let evidence = Math.min(best, th.categoryCap) + genericProblems;
    for (const c of cues) evidence += c.weight;
    return { categories, genericProblems, genericTerms, cues, evidence, report: best >= th.category && evidence >= th.report };
  }

  function run(text: string, detail: boolean): Explanation {
    const split = splitQuote(text);
    const quote = split.quote;
    const building = extractBuilding(split.reply, zones) ?? (quote !== null ? extractBuilding(quote, zones) : null);
    let reply = split.reply;
    let raw = index.findAll(reply);
    const borrowed = withQuoteObjects(quote, reply, raw);
    if (borrowed !== null) {
      reply = borrowed;
      raw = index.findAll(reply);
    }
    if (usePrefilter && !raw.some(isCategoryHit)) return skipped(quote, reply, building);
    const clauses = clauseIds(reply);
    const negative = raw.some(hasNegativeCue) ? negativeCues(raw, reply, clauses) : NO_CUES;
    if (usePrefilter && !upperBound(raw, clauses, negativeSum(negative, rules))) {
      return skipped(quote, reply, building);
    }

    // Segment only the span that holds hits whose fate depends on word boundaries, widened to
    // jieba's hard separators so that it cuts exactly as the whole text would (explain cuts all).
    const [from, to] = detail ? [0, reply.length] : segmentSpan(raw, reply);
    const tokens = segmenter.cut(reply.slice(from, to));
    const hits = alignedHits(raw, tokens, reply, from, to);
    const s = score(hits, clauses, negative);
    const best = s.categories[0];
    const matches = detail ? groupRoles(hits, rules) : [];
    if (!best) {
      return explanationOf(notReport(building), quote, reply, tokens, matches, s, { terms: [], cancelledBy: [] }, '没有匹配到任何类别词，不是诉求。');
    }

    // Urgency: a global or this category's urgent cue, not cancelled in its clause.
    const cancelClauses: number[] = [];
    for (const h of hits) if (h.data.cancel) cancelClauses.push(clauses[h.start]!);
    const urgentTerms: string[] = [];
    const cancelledBy: string[] = [];
    for (const h of hits) {
      const u = h.data.urgent;
      if (u === null || (u !== ALL && !u.has(best.code))) continue;
      // Cancelled in its clause (如果, 万一 …) or negated right before it (不是着火, 没漏电).
      // 是不是漏了 asks whether it leaks: a suspicion, not a denial.
      const deniedByBushi = reply.startsWith('不是', h.start - 2) && !reply.startsWith('是不是', h.start - 3);
      const cancelled = cancelClauses.includes(clauses[h.start]!) || isNegated(reply, h.start) || deniedByBushi;
      (cancelled ? cancelledBy : urgentTerms).push(h.term);
    }
    const urgent = { terms: unique(urgentTerms), cancelledBy: unique(cancelledBy) };
    if (!s.report) {
      const negative = s.cues.filter((c) => c.weight < 0).flatMap((c) => c.terms);
      const reason =
        best.score < th.category
          ? `最高类别「${best.code}」得分 ${best.score} < ${th.category}，证据不足，不是诉求。`
          : `总证据 ${s.evidence} < ${th.report}（${negative.length > 0 ? `被「${negative.join('、')}」抵消` : '缺少诉求信号'}），不是诉求。`;
      return explanationOf(notReport(building), quote, reply, tokens, matches, s, urgent, reason);
    }
    const isUrgent = urgent.terms.length > 0;
    const positive = s.cues.filter((c) => c.weight > 0).flatMap((c) => c.terms);
    const terms = unique([...best.terms, ...(best.pair ? s.genericTerms : []), ...positive, ...(isUrgent ? urgent.terms : [])]);
    return explanationOf(
      { report: true, category: best.code, urgent: isUrgent, building, terms },
      quote, reply, tokens, matches, s, urgent,
      `类别「${best.code}」得分 ${best.score} ≥ ${th.category}，总证据 ${s.evidence} ≥ ${th.report}，判为诉求${isUrgent ? `；紧急词「${urgent.terms.join('、')}」使其为紧急` : ''}。`,
    );
  }

  return { classify: (text) => run(text, false).result, explain: (text) => run(text, true) };
}

/** Every rule term with what it means (one term may play several roles). */
function termRoles(rules: Rules): Map<string, TermRole[]> {
  const roles = new Map<string, TermRole[]>();
  const add = (term: string, role: TermRole) => {
    const list = roles.get(term);
    if (list) list.push(role);
    else roles.set(term, [role]);
  };
  for (const c of rules.categories.filter((x) => x.enabled)) {
    for (const [t, w] of Object.entries(c.objects)) add(t, { kind: 'object', category: c.code, weight: w, canonical: t });
    for (const [t, w] of Object.entries(c.problems)) add(t, { kind: 'problem', category: c.code, weight: w, canonical: t });
    for (const [variant, canonical] of Object.entries(c.aliases)) {
      const ow = c.objects[canonical];
      const pw = c.problems[canonical];
      if (ow !== undefined) add(variant, { kind: 'object', category: c.code, weight: ow, canonical });
      if (pw !== undefined) add(variant, { kind: 'problem', category: c.code, weight: pw, canonical });
    }
    for (const [t, w] of Object.entries(c.cues)) add(t, { kind: 'category-cue', category: c.code, weight: w });
    for (const t of c.urgent) add(t, { kind: 'urgent', category: c.code });
  }
  for (const [t, w] of Object.entries(rules.problems)) add(t, { kind: 'generic-problem', weight: w });
  rules.cues.forEach((g, i) => g.terms.forEach((t) => add(t, { kind: 'cue', group: i })));
  for (const t of rules.urgent.terms) add(t, { kind: 'urgent', category: null });
  for (const t of rules.urgent.cancel) add(t, { kind: 'urgent-cancel' });
  return roles;
}

const LAYER: Record<TermRole['kind'], number> = { object: 1, problem: 1, 'category-cue': 1, 'generic-problem': 2, cue: 4, urgent: 8, 'urgent-cancel': 16 };

function termInfo(term: string, roles: TermRole[], rules: Rules, catIndex: Map<string, number>, keyOf: (k: string) => number): TermInfo {
  const exact: RoleCode[] = [];
  for (const r of roles) {
    if (r.kind === 'object' || r.kind === 'problem') {
      exact.push({ kind: r.kind === 'object' ? 0 : 1, slot: catIndex.get(r.category)!, key: keyOf(`${r.category}:${r.kind}:${r.canonical}`), weight: r.weight });
    } else if (r.kind === 'category-cue') {
      exact.push({ kind: 2, slot: catIndex.get(r.category)!, key: keyOf(`${r.category}:cue:${term}`), weight: r.weight });
    } else if (r.kind === 'generic-problem') {
      exact.push({ kind: 3, slot: 0, key: keyOf(`generic:${term}`), weight: r.weight });
    } else if (r.kind === 'cue' && rules.cues[r.group]!.weight > 0) {
      exact.push({ kind: 4, slot: r.group, key: 0, weight: rules.cues[r.group]!.weight });
    }
  }
  return {
    roles,
    layers: roles.reduce((m, r) => m | LAYER[r.kind], 0),
    strict: roles.every((r) => r.kind === 'urgent-cancel'),
    category: roles.some((r) => LAYER[r.kind] === 1),
    negativeCue: roles.some((r) => r.kind === 'cue' && rules.cues[r.group]!.weight < 0),
    onlyNegativeCue: roles.every((r) => r.kind === 'cue' && rules.cues[r.group]!.weight < 0),
    urgent: roles.some((r) => r.kind === 'urgent' && r.category === null)
      ? ALL
      : roles.some((r) => r.kind === 'urgent')
        ? new Set(roles.flatMap((r) => (r.kind === 'urgent' && r.category !== null ? [r.category] : [])))
        : null,
    cancel: roles.some((r) => r.kind === 'urgent-cancel'),
    bound: exact.map((b) => (b.kind === 4 ? b : { ...b, weight: Math.max(0, b.weight) })),
    exact,
  };
}

const ALL = 'all' as const;

function byFirst(a: [number, string[]], b: [number, string[]]): number {
  return a[0] - b[0];
}

/**
 * The prefilter's test: could these substring hits make a report at all? It scores them like
 * `score` but ignores negative term weights, treats clauses modulo 32 (collisions only add
 * pairs) and needs no segmentation; the negative cues it subtracts are exactly those `score`
 * subtracts. So it is an upper bound of the exact evidence: when it fails, the exact
 * classification is "not a report" too. Buffers are reused between calls.
 */
function createBound(categories: number, groups: number, keyCount: number, th: Rules['thresholds']) {
  const scores = new Float64Array(categories);
  const objMask = new Uint32Array(categories);
  const probMask = new Uint32Array(categories);
  const groupSeen = new Uint8Array(groups);
  const keySeen = new Uint8Array(keyCount);
  const touchedKeys: number[] = [];
  return (hits: Hit[], clauses: Int32Array, negative: number): boolean => {
    scores.fill(0);
    objMask.fill(0);
    probMask.fill(0);
    groupSeen.fill(0);
    let genericMask = 0;
    let generic = 0;
    let cues = 0;
    for (const h of hits) {
      const bit = 1 << (clauses[h.start]! & 31);
      for (const b of h.data.bound) {
        if (b.kind === 4) {
          if (!groupSeen[b.slot]) {
            groupSeen[b.slot] = 1;
            cues += b.weight;
          }
          continue;
        }
        if (!keySeen[b.key]) {
          keySeen[b.key] = 1;
          touchedKeys.push(b.key);
          if (b.kind === 3) generic += b.weight;
          else scores[b.slot] = scores[b.slot]! + b.weight;
        }
        if (b.kind === 0) objMask[b.slot]! |= bit;
        else if (b.kind === 1) probMask[b.slot]! |= bit;
        else if (b.kind === 3) genericMask |= bit;
      }
    }
    for (const k of touchedKeys) keySeen[k] = 0;
    touchedKeys.length = 0;
    let best = 0;
    for (let i = 0; i < categories; i++) {
      const s = scores[i]! + ((objMask[i]! & (probMask[i]! | genericMask)) !== 0 ? th.pair : 0);
      if (s > best) best = s;
    }
    return best >= th.category && Math.min(best, th.categoryCap) + Math.min(th.problemCap, generic) + cues + negative >= th.report;
  };
}

const NO_CUES: ReadonlyMap<number, string[]> = new Map();

function hasNegativeCue(h: Hit): boolean {
  return h.data.negativeCue;
}

function isCategoryHit(h: Hit): boolean {
  return h.data.category;
}

function negativeSum(negative: ReadonlyMap<number, string[]>, rules: Rules): number {
  let sum = 0;
  for (const group of negative.keys()) sum += rules.cues[group]!.weight;
  return sum;
}

const NONE: never[] = [];
const NOT_URGENT = { terms: NONE, cancelledBy: NONE };

function skipped(quote: string | null, reply: string, building: string | null): Explanation {
  return {
    quote, reply, segmented: false, tokens: NONE, matches: NONE, categories: NONE, cues: NONE, genericProblems: 0, evidence: 0,
    urgent: NOT_URGENT, result: notReport(building),
    reason: '预筛：出现的词即使全部算上（不计类别词的减分），也达不到诉求的阈值，不是诉求（未分词）。',
  };
}

// Built field by field: V8 makes object spreads of these shapes very slow on the hot path.
function explanationOf(
  result: Classification, quote: string | null, reply: string, tokens: string[], matches: Explanation['matches'], s: Scored,
  urgent: Explanation['urgent'], reason: string,
): Explanation {
  return { result, quote, reply, segmented: true, tokens, matches, categories: s.categories, cues: s.cues, genericProblems: s.genericProblems, evidence: s.evidence, urgent, reason };
}

/** 不亮了 is not 亮了, 还没修好 is not 修好: the cue right after 不/没/未 (or 没有) is negated. */
function isNegated(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c === 0x4e0d || c === 0x6ca1 || c === 0x672a) return true; // 不 没 未
  return c === 0x6709 && text.charCodeAt(at - 2) === 0x6ca1; // 没有
}

function notReport(building: string | null): Classification {
  return { report: false, category: null, urgent: false, building, terms: [] };
}

/** jieba's hard separators: it never joins characters across them. */
function isJiebaSeparator(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0xff0c || code === 0x3002; // space tab \n ， 。
}

/** The part of `text` that must be segmented: from the first to the last boundary-sensitive hit. */
function segmentSpan(raw: Hit[], text: string): [number, number] {
  let from = text.length;
  let to = 0;
  for (const h of raw) {
    if (h.data.onlyNegativeCue) continue;
    if (h.start < from) from = h.start;
    if (h.end > to) to = h.end;
  }
  if (from >= to) return [0, 0];
  while (from > 0 && !isJiebaSeparator(text.charCodeAt(from - 1))) from--;
  while (to < text.length && !isJiebaSeparator(text.charCodeAt(to))) to++;
  return [from, to];
}

/**
 * Keep hits that do not straddle two jieba words, and drop hits contained in a longer hit of
 * the same layer (灯 inside 楼道灯); hits of different layers may overlap (不亮 and 还是不亮).
 */
function alignedHits(hits: Hit[], tokens: string[], text: string, from: number, to: number): Hit[] {
  let total = 0;
  for (const t of tokens) total += t.length;
  if (total !== to - from) return dropContained(hits); // unexpected segmenter output: keep all
  const tokenOf = scratch.tokenOf(text.length + 1);
  const boundary = scratch.boundary(text.length + 1);
  let pos = from;
  for (let i = 0; i < tokens.length; i++) {
    boundary[pos] = 1;
    const len = tokens[i]!.length;
    for (let k = 0; k < len; k++) tokenOf[pos + k] = i;
    pos += len;
  }
  boundary[pos] = 1;
  // Urgency cancellers must start and end on token boundaries. Other terms may start or end
  // inside a token (灯 in 灯不亮, 爆了 after 水管爆, 还是不 before 不亮), but not both inside
  // different tokens: that is the tail of one word and the head of another. Hits outside the
  // segmented span are "not a report" cues, which are judged without tokens.
  const ok: Hit[] = [];
  for (const h of hits) {
    const inSpan = h.start >= from && h.end <= to;
    const keep = !inSpan
      ? true
      : h.data.strict
        ? boundary[h.start] === 1 && boundary[h.end] === 1
        : boundary[h.start] === 1 || boundary[h.end] === 1 || tokenOf[h.start] === tokenOf[h.end - 1];
    if (keep) ok.push(h);
  }
  return dropContained(ok);
}

/**
 * Drop hits contained in a longer hit of the same layer. Hits come in text order and, at the
 * same start, longest first, so one sweep with the furthest end seen per layer is enough.
 */
function dropContained(hits: Hit[]): Hit[] {
  const maxEnd = [-1, -1, -1, -1, -1];
  const out: Hit[] = [];
  for (const h of hits) {
    let contained = false;
    for (let bit = 0; bit < 5; bit++) {
      if ((h.data.layers & (1 << bit)) === 0) continue;
      if (maxEnd[bit]! >= h.end) contained = true;
    }
    if (!contained) out.push(h);
    for (let bit = 0; bit < 5; bit++) if ((h.data.layers & (1 << bit)) !== 0 && h.end > maxEnd[bit]!) maxEnd[bit] = h.end;
  }
  return out;
}

/** Clause number of every character (clauses are split at punctuation and spaces). */
function clauseIds(text: string): Int32Array {
  const ids = scratch.clauses(text.length + 1);
  let id = 0;
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_BREAK[text.charCodeAt(i)] === 1) id++;
    ids[i] = id;
  }
  ids[text.length] = id;
  return ids;
}

// ，,。.!！?？；;、 whitespace ~～…
const CLAUSE_BREAK = new Uint8Array(0x10000);
for (const c of [0xff0c, 0x2c, 0x3002, 0x2e, 0x21, 0xff01, 0x3f, 0xff1f, 0xff1b, 0x3b, 0x3001, 0x7e, 0xff5e, 0x2026, 0x20, 0x09, 0x0a, 0x0d, 0x3000, 0xa0]) CLAUSE_BREAK[c] = 1;

/**
 * Reused per-character buffers (classification is synchronous, so one set serves every call).
 * Callers only read the first `n` entries they wrote in the same call.
 */
const scratch = (() => {
  let tokenOf = new Int32Array(256);
  let boundary = new Uint8Array(256);
  let clauses = new Int32Array(256);
  const size = (n: number) => 1 << Math.ceil(Math.log2(n + 1));
  return {
    tokenOf(n: number): Int32Array {
      if (tokenOf.length < n) tokenOf = new Int32Array(size(n));
      return tokenOf;
    },
    boundary(n: number): Uint8Array {
      if (boundary.length < n) boundary = new Uint8Array(size(n));
      boundary.fill(0, 0, n);
      return boundary;
    },
    clauses(n: number): Int32Array {
      if (clauses.length < n) clauses = new Int32Array(size(n));
      return clauses;
    },
  };
})();

function groupRoles(hits: Hit[], rules: Rules): { term: string; roles: string[] }[] {
  const out = new Map<string, Set<string>>();
  for (const h of hits) {
    const set = out.get(h.term) ?? new Set<string>();
    for (const r of h.data.roles) set.add('category' in r && r.category ? `${r.kind}:${r.category}` : r.kind === 'cue' ? `cue:${rules.cues[r.group]!.kind}` : r.kind);
    out.set(h.term, set);
  }
  return [...out.entries()].map(([term, set]) => ({ term, roles: [...set] }));
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
