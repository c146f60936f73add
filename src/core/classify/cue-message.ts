// One message as the negative-cue stages (find-negative-cues.ts) read it: its hits, text and
// clauses, with the lookups more than one stage asks for, each worked out when first asked.
import { createVehicleTest } from './comparisons.js';
import type { Hit, TermRole } from './compile-terms.js';
import { cueFlagged } from './cue-roles.js';
import type { Negation } from './negation.js';
import type { Rules } from './rules.js';

export interface CueMessage {
  raw: Hit[];
  reply: string;
  clauses: Int32Array;
  /** The hazard (label) whose term overlaps `h` and whose exposure is near, if any. */
  dangerIn(h: Hit): string | null;
  /**
   * Whether the message says something is wrong: a problem or hazard, or that it has lasted (又, 好几天),
   * not negated (没坏). A hazard word that is no problem word says so only with its exposure near
   * (搬到 of 驿站搬到南门 is no 井盖 moved).
   */
  saysFault(): boolean;
  /**
   * A negated claim (不麻烦物业了, 没坏, 不返味: also what starts inside one, 黑了 of 不用摸黑了) asks for
   * nothing; nor does a fault denied or asked about (不是漏水, 复印件行不行).
   */
  negated(h: Hit): boolean;
  /** The clause of every "here" word (咱们, 我家). */
  hereClauses(): number[];
  /** The clause of every now word (现在, 最近). */
  nowClauses(): number[];
  /** Where the first reality word (一看, 结果, 原来) from `from` on ends, or -1, whatever follows it. */
  realityEnd(from: number): number;
  /**
   * Where the first reality word from `from` on ends, or -1; also -1 when it names what it was
   * (一看是人家在烧烤): that explains the belief away.
   */
  realityAfter(from: number): number;
}

/** `near`: the message's exposure hits (see compile-terms.ts); called only when needed. */
export type CueMessageReader = (raw: Hit[], reply: string, clauses: Int32Array, near: () => Hit[]) => CueMessage;

export function createCueMessageReader(rules: Rules, negation: Negation): CueMessageReader {
  const { hazards } = rules.urgency;
  const here = rules.places.here ?? [];
  const now = rules.language.now ?? [];
  const reality = rules.language.reality ?? [];
  const identifies = rules.language.identifies ?? [];
  const isWaiting = cueFlagged(rules, 'waiting');
  const inVehicle = createVehicleTest(rules.language);
  return (raw, reply, clauses, near) => {
    const dangerIn = (h: Hit): string | null => {
      for (const g of raw) {
        if (g.start >= h.end) break;
        // The cue must not start before the hazard: 不是着火 and 没受伤 say the opposite of it.
        if (g.end <= h.start || g.start > h.start || !g.data.hazard || negation.isNegated(reply, g.start)) continue;
        for (const r of g.data.roles) {
          if (r.kind !== 'hazard') continue;
          const hz = hazards[r.hazard]!;
          if (hz.needs.length === 0) return hz.label;
          const clause = clauses[g.start]!;
          const exposed = (kinds: readonly string[]) =>
            near().some(
              (x) =>
                Math.abs(clauses[x.start]! - clause) <= hz.window &&
                x.data.roles.some((e) => e.kind === 'exposure' && kinds.includes(rules.urgency.exposures[e.exposure]!.kind)),
            );
          if (exposed(hz.needs) && (hz.also === undefined || hz.also.length === 0 || exposed(hz.also))) return hz.label;
        }
      }
      return null;
    };
    let faultSaid: boolean | null = null;
    let anchors: number[] | null = null;
    let nowAnchors: number[] | null = null;
    const realityEnd = (from: number): number => {
      let end = -1;
      for (const w of reality) {
        const at = reply.indexOf(w, from);
        if (at >= 0 && (end < 0 || at + w.length < end)) end = at + w.length;
      }
      return end;
    };
    return {
      raw,
      reply,
      clauses,
      dangerIn,
      saysFault: () =>
        (faultSaid ??= raw.some(
          (h) =>
            ((h.data.fault && (h.data.roles.some(isProblem) || dangerIn(h) !== null)) || h.data.roles.some(isWaiting)) &&
            !negation.isNegated(reply, h.start) &&
            !negation.isFaultUntold(reply, h, raw) &&
            // 还没堵: neither the not-yet word nor the fault after it says something is wrong.
            !negation.isNotYetOfFault(h, raw),
        )),
      negated: (h) =>
        raw.some((o) => o.start <= h.start && h.start < o.end && negation.isNegated(reply, o.start)) ||
        (h.data.fault && negation.isFaultUntold(reply, h, raw)),
      // 她们那比咱这还冷: a "here" named only to compare with does not bring the talk back here.
      hereClauses: () => (anchors ??= clausesHolding(here, reply, clauses, (at, w) => inVehicle(at, at + w.length, reply, clauses))),
      nowClauses: () => (nowAnchors ??= clausesHolding(now, reply, clauses)),
      realityEnd,
      realityAfter: (from) => {
        const end = realityEnd(from);
        return end >= 0 && identifies.some((w) => reply.startsWith(w, end)) ? -1 : end;
      },
    };
  };
}

/** The clause of every occurrence of every one of `words` in `reply` (but those `skip` leaves out). */
function clausesHolding(words: readonly string[], reply: string, clauses: Int32Array, skip?: (at: number, w: string) => boolean): number[] {
  const found: number[] = [];
  for (const w of words)
    for (let at = reply.indexOf(w); at >= 0; at = reply.indexOf(w, at + 1))
      if (skip === undefined || !skip(at, w)) found.push(clauses[at]!);
  return found;
}

function isProblem(r: TermRole): boolean {
  return r.kind === 'problem' || r.kind === 'generic-problem';
}
