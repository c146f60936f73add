// The urgency layer. A message is urgent when a hazard (fire, gas, sparks, water on electrics,
// something fallen or open, someone trapped, hurt or out of contact …) meets what it endangers
// (people, electrics, a walkway, a vulnerable person …) within a few clauses, and nothing in
// the hazard's clause cancels it (如果, 万一, 差点, 松了) or denies it (不是着火, 没漏电).
// Hazard and exposure classes are data (rules/urgency.yaml); a category file may add hazards
// that count only when that category decides the message (有点味 for gas).
import type { Hit } from './compile-terms.js';
import type { Negation } from './negation.js';
import type { Rules } from './rules.js';

export interface UrgentFinding {
  /** The hazard term found. */
  term: string;
  /** What kind of danger it is (Chinese). */
  hazard: string;
  /** The exposure term it was paired with, when the hazard needs one. */
  exposure: string | null;
}

export interface Urgency {
  urgent: boolean;
  found: UrgentFinding[];
  /** Hazards that did not count, and why (Chinese). */
  cancelled: { term: string; why: string }[];
  /** Category for an urgent message that no category decides (from exposure or hazard), or null. */
  fallback: string | null;
}

export type UrgencyDetector = (hits: Hit[], reply: string, clauses: Int32Array, best: string | null) => Urgency;

export const NOT_URGENT: Urgency = { urgent: false, found: [], cancelled: [], fallback: null };

export function createUrgencyDetector(rules: Rules, negation: Negation): UrgencyDetector {
  const { hazards, exposures } = rules.urgency;
  const kinds = new Map(exposures.map((x, i) => [x.kind, i]));
  const needs = hazards.map((h) => h.needs.map((k) => kinds.get(k)).filter((i): i is number => i !== undefined));
  return (hits, reply, clauses, best) => {
    let cancelWords: Map<number, string> | null = null;
    let exposed: { exposure: number; clause: number; term: string }[] | null = null;
    let candidates: { hit: Hit; hazard: number; label: string }[] | null = null;
    for (const h of hits) {
      if (!h.data.urgency) continue;
      const clause = clauses[h.start]!;
      for (const r of h.data.roles) {
        if (r.kind === 'urgent-cancel') {
          cancelWords ??= new Map();
          cancelWords.set(clause, h.term);
        } else if (r.kind === 'exposure') {
          exposed ??= [];
          exposed.push({ exposure: r.exposure, clause, term: h.term });
        } else if (r.kind === 'hazard') {
          candidates ??= [];
          candidates.push({ hit: h, hazard: r.hazard, label: hazards[r.hazard]!.label });
        } else if (r.kind === 'urgent' && r.category === best) {
          const name = rules.categories.find((c) => c.code === best)?.name ?? best;
          candidates ??= [];
          candidates.push({ hit: h, hazard: -1, label: `${name}的险情` });
        }
      }
    }
    if (candidates === null) return NOT_URGENT;
    const found: UrgentFinding[] = [];
    const cancelled: Urgency['cancelled'] = [];
    let fallback: string | null = null;
    for (const c of candidates) {
      const h = c.hit;
      const clause = clauses[h.start]!;
      let exposure: { exposure: number; term: string } | null = null;
      if (c.hazard >= 0 && needs[c.hazard]!.length > 0) {
        const want = needs[c.hazard]!;
        const window = hazards[c.hazard]!.window;
        exposure = exposed?.find((x) => want.includes(x.exposure) && Math.abs(x.clause - clause) <= window) ?? null;
        if (exposure === null) continue;
      }
      const cancel = cancelWords?.get(clause);
      const why =
        cancel !== undefined
          ? `同一分句里有「${cancel}」（假设、差点或已经没事）`
          : negation.isNegated(reply, h.start)
            ? '前面有否定词'
            : negation.isDenied(reply, h.start)
              ? '前面说了“不是”'
              : null;
      if (why !== null) {
        cancelled.push({ term: h.term, why });
        continue;
      }
      found.push({ term: h.term, hazard: c.label, exposure: exposure?.term ?? null });
      if (fallback === null && c.hazard >= 0)
        fallback = (exposure && exposures[exposure.exposure]!.category) ?? hazards[c.hazard]!.category;
    }
    return { urgent: found.length > 0, found, cancelled, fallback };
  };
}
