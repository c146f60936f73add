// The rule-based classifier: a lossless substring prefilter, then jieba tokens to keep only
// matches that sit on word boundaries, then a transparent score per category plus global cues.
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
  /** False when the prefilter found no category term and jieba was never called. */
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
  /** Skip the prefilter (every message is segmented); used to prove the prefilter lossless. */
  prefilter?: boolean;
}

const NEGATION = /(?:[不没未]|没有)$/;
const CLAUSE_BREAK = /[，,。.!！?？；;、\s~～…]/;

/** Build a classifier from loaded rules and a segmenter whose dictionary holds the rule terms. */
export function createClassifier(rules: Rules, segmenter: Segmenter, options: ClassifierOptions = {}): ExplainingClassifier {
  const usePrefilter = options.prefilter ?? true;
  const enabled = rules.categories.filter((c) => c.enabled);
  const roles = new Map<string, TermRole[]>();
  const add = (term: string, role: TermRole) => {
    const list = roles.get(term);
    if (list) list.push(role);
    else roles.set(term, [role]);
  };
  const gateTerms = new Set<string>();
  for (const c of enabled) {
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
    for (const t of [...Object.keys(c.objects), ...Object.keys(c.problems), ...Object.keys(c.aliases)]) gateTerms.add(t);
  }
  for (const [t, w] of Object.entries(rules.problems)) add(t, { kind: 'generic-problem', weight: w });
  rules.cues.forEach((g, i) => g.terms.forEach((t) => add(t, { kind: 'cue', group: i })));
  for (const t of rules.urgent.terms) add(t, { kind: 'urgent', category: null });
  for (const t of rules.urgent.cancel) add(t, { kind: 'urgent-cancel' });

  const index = createTermIndex(roles.entries());
  const gate = createTermIndex([...gateTerms].map((t) => [t, true] as [string, boolean]));
  const zones = rules.places.zones;
  const th = rules.thresholds;
  const priorities = new Map(enabled.map((c) => [c.code, c.priority]));
  const priorityOf = (code: string) => priorities.get(code) ?? 0;

  function explain(text: string): Explanation {
    const { quote, reply } = splitQuote(text);
    const building = extractBuilding(reply, zones) ?? (quote !== null ? extractBuilding(quote, zones) : null);
    const base = { quote, reply, matches: [], categories: [], cues: [], genericProblems: 0, evidence: 0, urgent: { terms: [], cancelledBy: [] } };
    if (usePrefilter && !gate.hasAny(reply)) {
      return { ...base, segmented: false, tokens: [], result: notReport(building, []), reason: '没有出现任何类别词，不是诉求（未分词）。' };
    }
    const tokens = segmenter.cut(reply);
    const hits = alignedHits(index.findAll(reply), tokens, reply);
    const clauses = clauseIds(reply);
    const matches = groupRoles(hits, rules);

    // Category scores: distinct terms, plus a bonus when an object and a problem share a clause.
    const catHits = hits.filter((h) => h.data.some((r) => r.kind === 'object' || r.kind === 'problem' || r.kind === 'category-cue'));
    const genericHits = hits.filter((h) => h.data.some((r) => r.kind === 'generic-problem'));
    const categories: CategoryScore[] = [];
    for (const c of enabled) {
      const seen = new Map<string, number>();
      const terms: string[] = [];
      const objClauses = new Set<number>();
      const probClauses = new Set<number>();
      for (const h of catHits) {
        for (const r of h.data) {
          if ((r.kind !== 'object' && r.kind !== 'problem' && r.kind !== 'category-cue') || r.category !== c.code) continue;
          const key = r.kind === 'category-cue' ? `cue:${h.term}` : `${r.kind}:${r.canonical}`;
          if (!seen.has(key)) {
            seen.set(key, r.weight);
            terms.push(h.term);
          }
          if (r.kind === 'object') objClauses.add(clauses[h.start]!);
          if (r.kind === 'problem') probClauses.add(clauses[h.start]!);
        }
      }
      if (seen.size === 0) continue;
      for (const h of genericHits) probClauses.add(clauses[h.start]!);
      const pair = [...objClauses].some((k) => probClauses.has(k));
      const score = [...seen.values()].reduce((a, b) => a + b, 0) + (pair ? th.pair : 0);
      categories.push({ code: c.code, score, terms: unique(terms), pair });
    }
    categories.sort((a, b) => b.score - a.score || priorityOf(b.code) - priorityOf(a.code));

    if (categories.length === 0 || categories[0]!.score <= 0) {
      return { ...base, segmented: true, tokens, matches, categories, result: notReport(building, []), reason: '没有匹配到任何类别词，不是诉求。' };
    }
    const best = categories[0]!;

    const genericTerms = unique(genericHits.map((h) => h.term));
    const genericProblems = Math.min(th.problemCap, genericHits.reduce((sum, h) => sum + weightOfGeneric(h.data), 0));
    const cueHits = new Map<number, string[]>();
    for (const h of hits) {
      for (const r of h.data) {
        if (r.kind !== 'cue') continue;
        // 不亮了 is not 亮了, 还没修好 is not 修好: a negated "not a report" cue does not count.
        if (rules.cues[r.group]!.weight < 0 && NEGATION.test(reply.slice(Math.max(0, h.start - 2), h.start))) continue;
        cueHits.set(r.group, unique([...(cueHits.get(r.group) ?? []), h.term]));
      }
    }
    const cues = [...cueHits.entries()].sort((a, b) => a[0] - b[0]).map(([i, terms]) => {
      const g = rules.cues[i]!;
      return { kind: g.kind, label: g.label, weight: g.weight, terms };
    });
    const cueSum = cues.reduce((s, c) => s + c.weight, 0);
    const evidence = Math.min(best.score, th.categoryCap) + genericProblems + cueSum;
    const report = best.score >= th.category && evidence >= th.report;

    // Urgency: a global or this category's urgent cue, not cancelled in its clause.
    const cancelClauses = new Set(hits.filter((h) => h.data.some((r) => r.kind === 'urgent-cancel')).map((h) => clauses[h.start]!));
    const urgentTerms: string[] = [];
    const cancelledBy: string[] = [];
    for (const h of hits) {
      if (!h.data.some((r) => r.kind === 'urgent' && (r.category === null || r.category === best.code))) continue;
      if (cancelClauses.has(clauses[h.start]!)) cancelledBy.push(h.term);
      else urgentTerms.push(h.term);
    }
    const urgent = report && urgentTerms.length > 0;

    const positive = cues.filter((c) => c.weight > 0).flatMap((c) => c.terms);
    const negative = cues.filter((c) => c.weight < 0).flatMap((c) => c.terms);
    const result: Classification = report
      ? { report: true, category: best.code, urgent, building, terms: unique([...best.terms, ...(best.pair ? genericTerms : []), ...positive, ...(urgent ? urgentTerms : [])]) }
      : notReport(building, unique([...best.terms, ...negative]));
    const reason = report
      ? `类别「${best.code}」得分 ${best.score} ≥ ${th.category}，总证据 ${evidence} ≥ ${th.report}，判为诉求${urgent ? `；紧急词「${urgentTerms.join('、')}」使其为紧急` : ''}。`
      : best.score < th.category
        ? `最高类别「${best.code}」得分 ${best.score} < ${th.category}，证据不足，不是诉求。`
        : `总证据 ${evidence} < ${th.report}（${negative.length > 0 ? `被「${negative.join('、')}」抵消` : '缺少诉求信号'}），不是诉求。`;
    return { result, quote, reply, segmented: true, tokens, matches, categories, cues, genericProblems, evidence, urgent: { terms: unique(urgentTerms), cancelledBy: unique(cancelledBy) }, reason };
  }

  return {
    classify: (text) => explain(text).result,
    explain,
  };
}

function notReport(building: string | null, terms: string[]): Classification {
  return { report: false, category: null, urgent: false, building, terms };
}

function weightOfGeneric(roles: TermRole[]): number {
  for (const r of roles) if (r.kind === 'generic-problem') return r.weight;
  return 0;
}

/**
 * Keep hits that do not straddle two jieba words, and drop hits contained in a longer hit of
 * the same layer (灯 inside 楼道灯); hits of different layers may overlap (不亮 and 还是不亮).
 */
function alignedHits(hits: TermHit<TermRole[]>[], tokens: string[], text: string): TermHit<TermRole[]>[] {
  const tokenOf = new Int32Array(text.length + 1).fill(-1);
  const boundary = new Uint8Array(text.length + 1);
  let pos = 0;
  const aligned = tokens.join('') === text;
  if (aligned) {
    tokens.forEach((t, i) => {
      boundary[pos] = 1;
      for (let k = 0; k < t.length; k++) tokenOf[pos + k] = i;
      pos += t.length;
    });
    boundary[pos] = 1;
  }
  // A hit may start or end inside a token (灯 in 灯不亮, 爆了 after 水管爆), but not both in
  // different tokens: that would be a term made of the tail of one word and the head of another.
  // Cues are whole words or phrases, so they must start and end on token boundaries (好的 is
  // not found in 好好的).
  const ok = aligned
    ? hits.filter((h) =>
        isStrict(h.data)
          ? boundary[h.start] === 1 && boundary[h.end] === 1
          : boundary[h.start] === 1 || boundary[h.end] === 1 || tokenOf[h.start] === tokenOf[h.end - 1],
      )
    : hits;
  return ok.filter((h) => !ok.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start && sameLayer(o.data, h.data)));
}

function isStrict(roles: TermRole[]): boolean {
  return roles.every((r) => r.kind === 'cue' || r.kind === 'urgent-cancel');
}

function layer(r: TermRole): string {
  switch (r.kind) {
    case 'object':
    case 'problem':
    case 'category-cue':
      return 'category';
    default:
      return r.kind;
  }
}

function sameLayer(a: TermRole[], b: TermRole[]): boolean {
  return a.some((x) => b.some((y) => layer(x) === layer(y)));
}

/** Clause number of every character (clauses are split at punctuation and spaces). */
function clauseIds(text: string): Int32Array {
  const ids = new Int32Array(text.length + 1);
  let id = 0;
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_BREAK.test(text[i]!)) id++;
    ids[i] = id;
  }
  ids[text.length] = id;
  return ids;
}

function groupRoles(hits: TermHit<TermRole[]>[], rules: Rules): { term: string; roles: string[] }[] {
  const out = new Map<string, Set<string>>();
  for (const h of hits) {
    const set = out.get(h.term) ?? new Set<string>();
    for (const r of h.data) set.add('category' in r && r.category ? `${r.kind}:${r.category}` : r.kind === 'cue' ? `cue:${rules.cues[r.group]!.kind}` : r.kind);
    out.set(h.term, set);
  }
  return [...out.entries()].map(([term, set]) => ({ term, roles: [...set] }));
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
