// "Not a report" cues (thanks, notices, adverts, news from elsewhere …) are judged on the text
// alone, without segmentation: a hit counts unless it is negated (不亮了 is not 亮了) or lies
// inside a longer rule term (出租 in 出租车, 好的 in 好好的), or is itself the state of a hazard
// whose exposure is there (挪走了 is "fixed" for a parked car, a danger for 井盖被人挪走了).
// Because of that, the prefilter's bound can subtract them exactly.
// Three stages: whether each hit counts where it stands (cue-hit-filter.ts), what a counted
// group speaks for (cue-group-scope.ts), and whether the rest of the message overrules it
// (cue-group-veto.ts).
import type { Hit } from './compile-terms.js';
import { createGroupScopeFinder } from './cue-group-scope.js';
import { createGroupVeto } from './cue-group-veto.js';
import { createCueHitFilter } from './cue-hit-filter.js';
import { createCueMessageReader } from './cue-message.js';
import { CueTally } from './cue-tally.js';
import type { Negation } from './negation.js';
import type { Rules } from './rules.js';

/** A hit that did not count, and why (for `rules explain`). */
export interface IgnoredHit {
  term: string;
  why: string;
}

/** Cue group index → the terms of it that count. */
export type NegativeCues = ReadonlyMap<number, string[]>;

/** `near`: the message's exposure hits (see compile-terms.ts), to tell a hazard's state from a fix; called only when needed. */
export type NegativeCueFinder = (raw: Hit[], reply: string, clauses: Int32Array, near: () => Hit[], ignored?: IgnoredHit[]) => NegativeCues;

/**
 * `cut`: the segmenter's words of a short text, to tell a one-character wish word on its own (会修好)
 * from one inside a word (居委会, 开会); called only when a closing term has one before it.
 */
export function createNegativeCueFinder(rules: Rules, negation: Negation, cut: (text: string) => string[]): NegativeCueFinder {
  const scopes = rules.cues.map((g) => g.scope ?? 'message');
  const read = createCueMessageReader(rules, negation);
  const filter = createCueHitFilter(rules, negation, cut);
  const scopeOf = createGroupScopeFinder(rules, negation, cut);
  const veto = createGroupVeto(rules, negation);
  return (raw, reply, clauses, near, ignored) => {
    const msg = read(raw, reply, clauses, near);
    const tally = new CueTally(rules, scopes, clauses);
    let maxEnd = -1;
    for (const h of raw) {
      const inside = maxEnd >= h.end;
      if (h.end > maxEnd) maxEnd = h.end;
      // 本以为物业会来修: a request wished for after a belief, in its clause: the belief was about the service.
      if (h.data.request && tally.believed(h) && filter.wishedBy(msg, h) !== null) tally.breakBelief();
      if (!h.data.negativeCue || inside) continue;
      const why = filter.whyIgnored(h, msg, tally);
      if (why !== null) ignored?.push({ term: h.term, why });
      else tally.add(h);
    }
    for (const group of tally.groupHits.keys()) {
      const why = veto.faultSaid(group, msg);
      if (why !== null) tally.drop(group, why, ignored);
    }
    for (const group of tally.groupHits.keys()) {
      const why = veto.askedForAction(group, msg, tally);
      if (why !== null) tally.drop(group, why, ignored);
    }
    // A clause-scoped group speaks for its own clauses, a span-scoped one for more; when some
    // category or hazard term (as found in the raw text, the same for the bound and the exact
    // score) lies outside, the message may be a report of its own and the group is dropped.
    if (tally.scopedClauses !== null)
      for (const [group, cs] of tally.scopedClauses) {
        const scope = scopeOf(group, cs, msg, tally);
        if (scope === 'holds') continue;
        const why = typeof scope === 'string' ? scope : veto.overruled(group, cs, scope, msg, tally);
        if (why !== null) tally.drop(group, why, ignored);
      }
    return tally.out;
  };
}

/** The sum of the weights of the groups found, leaving out the groups in `skip`. */
export function negativeSum(negative: NegativeCues, rules: Rules, skip?: ReadonlySet<number>): number {
  let sum = 0;
  for (const group of negative.keys()) if (!skip?.has(group)) sum += rules.cues[group]!.weight;
  return sum;
}
