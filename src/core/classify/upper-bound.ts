// The prefilter's test: could these substring hits make a report at all? It scores them like
// score-hits.ts but ignores negative term weights, treats clauses modulo 32 (collisions only add
// pairs), adds every agent's weight (物业) to whichever category is best, counts a possible hazard
// as if it made the message urgent, and needs no segmentation; the
// negative cues it subtracts are exactly those the exact score subtracts. So it is an upper
// bound of the exact evidence: when it fails, the exact classification is "not a report" too.
import type { Hit } from './compile-terms.js';
import { IntList } from './int-list.js';
import type { Rules } from './rules.js';
import type { TermTable } from './term-table.js';

/** `hazard`: whether some hazard in the text could make it urgent (see create-classifier.ts). */
export type UpperBound = (hits: Hit[], clauses: Int32Array, negative: number, hazard: boolean) => boolean;

/** Buffers are reused between calls; `table` is the one of the index the hits come from. */
export function createUpperBound(rules: Rules, keyCount: number, table: TermTable): UpperBound {
  const { from, kind, slot, key, bound } = table;
  const categories = rules.categories.filter((c) => c.enabled).length;
  const th = rules.thresholds;
  const urgentEvidence = rules.urgency.evidence;
  const scores = new Float64Array(categories);
  const objMask = new Uint32Array(categories);
  const probMask = new Uint32Array(categories);
  const groupSeen = new Uint8Array(rules.cues.length);
  const keySeen = new Uint8Array(keyCount);
  const touchedKeys = new IntList();
  return (hits, clauses, negative, hazard) => {
    scores.fill(0);
    objMask.fill(0);
    probMask.fill(0);
    groupSeen.fill(0);
    let genericMask = 0;
    let generic = 0;
    let agents = 0;
    let cues = 0;
    for (const h of hits) {
      const bit = 1 << (clauses[h.start]! & 31);
      for (let j = from[h.id]!, end = from[h.id + 1]!; j < end; j++) {
        const k = kind[j]!;
        const s = slot[j]!;
        if (k === 4) {
          if (!groupSeen[s]) {
            groupSeen[s] = 1;
            cues += bound[j]!;
          }
          continue;
        }
        const counted = key[j]!;
        if (!keySeen[counted]) {
          keySeen[counted] = 1;
          touchedKeys.push(counted);
          if (k === 3) generic += bound[j]!;
          else if (k === 5) agents += bound[j]!;
          else scores[s] = scores[s]! + bound[j]!;
        }
        if (k === 0 || k === 5) objMask[s]! |= bit;
        else if (k === 1) probMask[s]! |= bit;
        else if (k === 3) genericMask |= bit;
      }
    }
    for (let t = 0; t < touchedKeys.size; t++) keySeen[touchedKeys.items[t]!] = 0;
    touchedKeys.clear();
    let best = 0;
    for (let i = 0; i < categories; i++) {
      const s = scores[i]! + ((objMask[i]! & (probMask[i]! | genericMask)) !== 0 ? th.pair : 0);
      if (s > best) best = s;
    }
    best += agents;
    if (hazard) {
      if (best < th.category) best = th.category;
      cues += Math.max(0, urgentEvidence);
    }
    return best >= th.category && Math.min(best, th.categoryCap) + Math.min(th.problemCap, generic) + cues + negative >= th.report;
  };
}
