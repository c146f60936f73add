// Rule compilation: every rule term with what it means, reduced to numbers for scoring and
// indexed by its first two characters (see term-index.ts).
import type { Rules } from './rules.js';
import { isShortWord } from './is-short-word.js';
import { createTermIndex, type TermHit, type TermIndex } from './term-index.js';
import { createTermTable, type TermTable } from './term-table.js';

/** What one matched term means to the classifier. */
export type TermRole =
  | { kind: 'object'; category: string; weight: number; canonical: string; agent: boolean }
  | { kind: 'problem'; category: string; weight: number; canonical: string }
  | { kind: 'category-cue'; category: string; weight: number }
  | { kind: 'generic-problem'; weight: number }
  | { kind: 'cue'; group: number }
  | { kind: 'urgent'; category: string }
  | { kind: 'hazard'; hazard: number }
  | { kind: 'exposure'; exposure: number }
  /**
   * `forward`: a near miss (差点) that cancels only the hazards after it in its clause. `past`: a
   * past-time word (那几年) that cancels the hazards after it until a `now` word (现在又) ends it.
   */
  | { kind: 'urgent-cancel'; forward?: boolean; past?: boolean; now?: boolean }
  | { kind: 'urgent-over' };

/** A role reduced to numbers for scoring: which slot it adds to, how much, and its counting key. */
interface RoleCode {
  /** 0 object, 1 problem, 2 category cue, 3 generic problem, 4 positive cue group, 5 agent object (物业). */
  kind: number;
  /** Category index (kinds 0–2) or cue group index (kind 4). */
  slot: number;
  /** Identifies "the same term" for counting once (alias and canonical share it). */
  key: number;
  weight: number;
  /** A negative weight on a short word: it counts only in (a fault word: or next to) a clause that names the category. */
  scoped: boolean;
}

/** A term's roles plus flags computed once when the index is built. */
export interface TermInfo {
  roles: TermRole[];
  /** Bit set of layers (category, generic, cue, urgent, cancel) for overlap suppression. */
  layers: number;
  /** Urgency cancellers (如果, 万一) must start on a word boundary. */
  strict: boolean;
  /**
   * A typo variant of a rule term (燃起味 for 燃气味) or a supply said not to come (还没来水): it
   * counts only where it is whole words.
   */
  typo: boolean;
  /** Counts towards a category (object, problem or category cue). */
  category: boolean;
  /** Belongs to a "not a report" cue group. */
  negativeCue: boolean;
  /** Only that: its matching does not depend on segmentation. */
  onlyNegativeCue: boolean;
  /** Precomputed numbers for the prefilter's upper bound (see upper-bound.ts). */
  bound: RoleCode[];
  /** Like `bound` but with the real (signed) weights, for the exact score. */
  exact: RoleCode[];
  /** Categories for which this term is an urgent hazard on its own (from the category files), or null. */
  urgentFor: Set<string> | null;
  /** May make the message urgent (a hazard of the urgency layer or of a category). */
  hazard: boolean;
  /** Urgent without any exposure nearby (a category hazard, or a hazard that needs none). */
  hazardAlone: boolean;
  /** The exposure classes one of which this hazard needs (when not alone), else null. */
  hazardNeeds: number[] | null;
  /** The exposure classes this term belongs to (urgency index only). */
  exposes: number[];
  /** Plays a part in urgency (hazard, exposure, canceller). */
  urgency: boolean;
  /** Cancels urgency in its clause. */
  cancel: boolean;
  /** A category or hazard term: what a message may be about (the prefilter looks for these). */
  topical: boolean;
  /**
   * A fault word: says something is wrong (a problem of a category or a generic one with a positive
   * weight, or a hazard). The one definition the scorer and the negative cues share (还没 before one).
   */
  fault: boolean;
  /** Says something is wrong or asks for something (a problem, hazard or claim cue): clause-scoped cues check these. */
  claim: boolean;
  /** A request or complaint cue (能不能, 什么时候能): an asking group in its clause gives way to it. */
  request: boolean;
}

export type Hit = TermHit<TermInfo>;

export interface CompiledTerms {
  index: TermIndex<TermInfo>;
  /**
   * Exposures and urgency cancellers (里面, 楼道, 如果 …): common words that only matter next to
   * a hazard, so they live in their own index, scanned only when a hazard was found.
   */
  urgencyIndex: TermIndex<TermInfo>;
  /** The hot per-term numbers of both indexes by term id (see term-table.ts; the urgency index's ids follow the main one's). */
  table: TermTable;
  /** Number of distinct counting keys (sizes the prefilter's buffers). */
  keyCount: number;
}

/** Index every rule term of `rules` (enabled categories only) with its roles. */
export function compileTerms(rules: Rules): CompiledTerms {
  const keys = new Map<string, number>();
  const keyOf = (k: string): number => {
    const known = keys.get(k);
    if (known !== undefined) return known;
    keys.set(k, keys.size);
    return keys.size - 1;
  };
  const catIndex = new Map(rules.categories.filter((c) => c.enabled).map((c, i) => [c.code, i]));
  const main: [string, TermInfo][] = [];
  const nearHazard: [string, TermInfo][] = [];
  const roles = termRoles(rules);
  const supplies = addSupplyAbsences(roles, rules);
  const typos = addTypoVariants(roles, rules.language.homophones ?? []);
  for (const t of supplies) typos.add(t);
  for (const t of aliasesOnly(rules, roles)) typos.add(t);
  for (const [t, list] of roles) {
    const own = list.filter((r) => !isNearHazard(r));
    const near = list.filter(isNearHazard);
    if (own.length > 0) main.push([t, termInfo(t, own, rules, catIndex, keyOf, typos.has(t))]);
    if (near.length > 0) nearHazard.push([t, termInfo(t, near, rules, catIndex, keyOf, typos.has(t))]);
  }
  return {
    index: createTermIndex(main),
    urgencyIndex: createTermIndex(nearHazard, main.length),
    table: createTermTable([...main, ...nearHazard].map(([, info]) => info)),
    keyCount: keys.size,
  };
}

/**
 * A category's supply said not to come (还没来水, 电还没来, 没暖气): every `supplies` word of a category
 * in every `language.absent` frame (~ standing for it) is a problem of that category with the
 * supply's weight, unless the phrase is a rule term already. Returns the phrases added; they count only as whole
 * words (align-hits.ts), so 没来电 in 还没来电话 is none.
 */
function addSupplyAbsences(roles: Map<string, TermRole[]>, rules: Rules): Set<string> {
  const added = new Set<string>();
  for (const c of rules.categories) {
    if (!c.enabled) continue;
    for (const [s, weight] of Object.entries(c.supplies ?? {}))
      for (const frame of rules.language.absent ?? []) {
        const t = frame.replace('~', s);
        if (roles.has(t)) continue;
        roles.set(t, [{ kind: 'problem', category: c.code, weight, canonical: t }]);
        added.add(t);
      }
  }
  return added;
}

/**
 * An input method's homophone typos (燃起味 for 燃气味, 电提 for 电梯, 井该 for 井盖): an object of
 * two characters or more with one character swapped for another of its `language.homophones`
 * group plays that object's roles, and so does a problem or hazard of three or more with an inner
 * character swapped, unless the variant is a rule term of its own. A problem's first or last
 * character is left alone: 自己该 (怎么办) is no 自己盖, 没改 no 没盖.
 * Returns the variants added; they count only as whole words (align-hits.ts), so 暖起 in 天暖起来
 * is no 暖气.
 */
function addTypoVariants(roles: Map<string, TermRole[]>, groups: readonly string[]): Set<string> {
  const typos = new Set<string>();
  const sounds = new Map<string, string[]>();
  for (const g of groups) {
    const chars = [...g];
    for (const ch of chars)
      sounds.set(
        ch,
        chars.filter((x) => x !== ch),
      );
  }
  if (sounds.size === 0) return typos;
  const variants = new Map<string, TermRole[]>();
  for (const [t, list] of roles) {
    const objects = list.filter((r) => r.kind === 'object');
    const claims = t.length >= 3 ? list.filter((r) => r.kind === 'problem' || r.kind === 'hazard') : [];
    if (t.length < 2 || objects.length + claims.length === 0) continue;
    for (let i = 0; i < t.length; i++) {
      const inside = i > 0 && i < t.length - 1;
      const typed = inside ? [...objects, ...claims] : objects;
      if (typed.length === 0) continue;
      for (const alt of sounds.get(t[i]!) ?? []) {
        const variant = t.slice(0, i) + alt + t.slice(i + 1);
        if (roles.has(variant)) continue;
        const known = variants.get(variant);
        if (known) known.push(...typed.filter((r) => !known.includes(r)));
        else variants.set(variant, [...typed]);
      }
    }
  }
  for (const [variant, list] of variants) {
    roles.set(variant, list);
    typos.add(variant);
  }
  return typos;
}

/**
 * A category's aliases (楼水 for 漏水, 门进 for 门禁) that are no rule term of their own: a spelling
 * written by mistake, which counts only where it is whole words, as the homophone typos do — 楼水
 * in 8号楼水压 is the tail of one word and the head of the next.
 */
function aliasesOnly(rules: Rules, roles: Map<string, TermRole[]>): string[] {
  const out: string[] = [];
  for (const c of rules.categories) {
    if (!c.enabled) continue;
    for (const variant of Object.keys(c.aliases))
      if (roles.get(variant)?.every((r) => (r.kind === 'object' || r.kind === 'problem') && r.canonical !== variant)) out.push(variant);
  }
  return out;
}

function isNearHazard(r: TermRole): boolean {
  return r.kind === 'exposure' || r.kind === 'urgent-cancel' || r.kind === 'urgent-over';
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
    const agents = new Set(c.agents ?? []);
    for (const [t, w] of Object.entries(c.objects))
      add(t, { kind: 'object', category: c.code, weight: w, canonical: t, agent: agents.has(t) });
    for (const [t, w] of Object.entries(c.problems)) add(t, { kind: 'problem', category: c.code, weight: w, canonical: t });
    for (const [variant, canonical] of Object.entries(c.aliases)) {
      const ow = c.objects[canonical];
      const pw = c.problems[canonical];
      if (ow !== undefined) add(variant, { kind: 'object', category: c.code, weight: ow, canonical, agent: agents.has(canonical) });
      if (pw !== undefined) add(variant, { kind: 'problem', category: c.code, weight: pw, canonical });
    }
    for (const [t, w] of Object.entries(c.cues)) add(t, { kind: 'category-cue', category: c.code, weight: w });
    for (const t of c.urgent) add(t, { kind: 'urgent', category: c.code });
  }
  for (const [t, w] of Object.entries(rules.problems)) add(t, { kind: 'generic-problem', weight: w });
  // 没亮 says what 不亮 says: a problem written with the first negation word also counts with
  // the others (不亮 → 没亮, 未亮), unless that spelling is a rule term of its own.
  const [first, ...others] = rules.language.negation.filter((w) => w.length === 1);
  if (first !== undefined) {
    for (const [t, list] of [...roles]) {
      if (!t.startsWith(first) || t.length < 2) continue;
      const problems = list.filter((r) => r.kind === 'problem' || r.kind === 'generic-problem');
      for (const n of others) {
        const variant = n + t.slice(first.length);
        if (!roles.has(variant)) for (const r of problems) add(variant, r);
      }
    }
  }
  for (const [group, g] of rules.cues.entries()) for (const t of g.terms) add(t, { kind: 'cue', group });
  for (const [hazard, h] of rules.urgency.hazards.entries()) for (const t of h.terms) add(t, { kind: 'hazard', hazard });
  for (const [exposure, x] of rules.urgency.exposures.entries()) for (const t of x.terms) add(t, { kind: 'exposure', exposure });
  for (const t of rules.urgency.cancel) add(t, { kind: 'urgent-cancel' });
  for (const t of rules.urgency.nearly ?? []) add(t, { kind: 'urgent-cancel', forward: true });
  // The same past-time and now words as the report decision's (the `past` groups, `language.now`).
  for (const g of rules.cues) if (g.past === true) for (const t of g.terms) add(t, { kind: 'urgent-cancel', past: true });
  for (const t of [...(rules.language.now ?? []), ...(rules.language.still ?? [])]) add(t, { kind: 'urgent-cancel', now: true });
  for (const t of rules.urgency.over) add(t, { kind: 'urgent-over' });
  return roles;
}

const LAYER: Record<TermRole['kind'], number> = {
  object: 1,
  problem: 1,
  'category-cue': 1,
  'generic-problem': 2,
  cue: 4,
  // A category's own hazard words (走丢了, 井盖丢了) do not hide the urgency.yaml hazards inside
  // them (走丢, 丢了): those are judged by their own exposures, whatever category is named.
  urgent: 32,
  hazard: 8,
  'urgent-cancel': 16,
  'urgent-over': 16,
  // Exposure classes are independent: 阿姨 (a person) does not hide 姨 (a neighbour), 配电箱 (a
  // power box) does not hide 电箱 (electrics). detect-urgency.ts masks the few that must go.
  exposure: 0,
};

/** Number of layers in LAYER (bits 0…LAYERS-1). */
export const LAYERS = 6;

function termInfo(
  term: string,
  roles: TermRole[],
  rules: Rules,
  catIndex: Map<string, number>,
  keyOf: (k: string) => number,
  typo: boolean,
): TermInfo {
  const exact: RoleCode[] = [];
  for (const r of roles) {
    if (r.kind === 'object' || r.kind === 'problem') {
      exact.push({
        kind: r.kind === 'problem' ? 1 : r.agent ? 5 : 0,
        slot: catIndex.get(r.category)!,
        key: keyOf(`${r.category}:${r.kind}:${r.canonical}`),
        weight: r.weight,
        scoped: r.weight < 0 && isShortWord(term),
      });
    } else if (r.kind === 'category-cue') {
      exact.push({
        kind: 2,
        slot: catIndex.get(r.category)!,
        key: keyOf(`${r.category}:cue:${term}`),
        weight: r.weight,
        scoped: r.weight < 0 && isShortWord(term),
      });
    } else if (r.kind === 'generic-problem') {
      exact.push({ kind: 3, slot: 0, key: keyOf(`generic:${term}`), weight: r.weight, scoped: false });
    } else if (r.kind === 'cue' && rules.cues[r.group]!.weight > 0) {
      exact.push({ kind: 4, slot: r.group, key: 0, weight: rules.cues[r.group]!.weight, scoped: false });
    }
  }
  return {
    roles,
    layers: roles.reduce((m, r) => m | LAYER[r.kind], 0),
    strict: roles.every((r) => r.kind === 'urgent-cancel' || r.kind === 'urgent-over'),
    typo,
    category: roles.some((r) => LAYER[r.kind] === 1),
    negativeCue: roles.some((r) => r.kind === 'cue' && rules.cues[r.group]!.weight < 0),
    onlyNegativeCue: roles.every((r) => r.kind === 'cue' && rules.cues[r.group]!.weight < 0),
    urgentFor: roles.some((r) => r.kind === 'urgent') ? new Set(roles.flatMap((r) => (r.kind === 'urgent' ? [r.category] : []))) : null,
    hazard: roles.some((r) => r.kind === 'urgent' || r.kind === 'hazard'),
    hazardAlone: roles.some((r) => r.kind === 'urgent' || (r.kind === 'hazard' && rules.urgency.hazards[r.hazard]!.needs.length === 0)),
    hazardNeeds: needsOf(roles, rules),
    exposes: roles.flatMap((r) => (r.kind === 'exposure' ? [r.exposure] : [])),
    urgency: roles.some(
      (r) => r.kind === 'urgent' || r.kind === 'hazard' || r.kind === 'exposure' || r.kind === 'urgent-cancel' || r.kind === 'urgent-over',
    ),
    cancel: roles.some((r) => r.kind === 'urgent-cancel' || r.kind === 'urgent-over'),
    topical: roles.some((r) => LAYER[r.kind] === 1 || r.kind === 'hazard' || r.kind === 'urgent'),
    fault: roles.some((r) => ((r.kind === 'problem' || r.kind === 'generic-problem') && r.weight > 0) || r.kind === 'hazard'),
    claim: roles.some(
      (r) =>
        r.kind === 'problem' ||
        r.kind === 'generic-problem' ||
        r.kind === 'hazard' ||
        r.kind === 'urgent' ||
        (r.kind === 'cue' && rules.cues[r.group]!.claim === true),
    ),
    request: roles.some((r) => r.kind === 'cue' && rules.cues[r.group]!.claim === true),
    // Same shape as `exact`'s entries (no spread), so the prefilter's loads stay monomorphic.
    bound: exact.map((b) =>
      b.kind === 4 ? b : { kind: b.kind, slot: b.slot, key: b.key, weight: Math.max(0, b.weight), scoped: b.scoped },
    ),
    exact,
  };
}

function needsOf(roles: TermRole[], rules: Rules): number[] | null {
  const kinds = new Set(roles.flatMap((r) => (r.kind === 'hazard' ? rules.urgency.hazards[r.hazard]!.needs : [])));
  if (kinds.size === 0) return null;
  const out: number[] = [];
  rules.urgency.exposures.forEach((x, i) => {
    if (kinds.has(x.kind)) out.push(i);
  });
  return out;
}
