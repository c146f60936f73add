// The numbers the hot loops read per hit (the prefilter's bound, the exact score, the stage
// tests), copied out of the index's TermInfo objects into flat typed arrays indexed by term id
// (TermHit.id). The TermInfo objects, their role-code arrays and the codes themselves lie
// scattered over the heap, and between two messages jieba's work evicts them from the cache:
// reading them cost a memory stall per hit; these arrays are small and contiguous.
import type { TermInfo } from './compile-terms.js';

/** TermTable.flags bits. */
export const TOPICAL = 1;
export const NEGATIVE_CUE = 2;
export const HAZARD = 4;
export const HAZARD_ALONE = 8;
/** The term needs an exposure to be a hazard (TermInfo.hazardNeeds is set). */
export const HAZARD_NEEDS = 16;
/** Some role code of the term is an object (kind 0). */
export const NAMES_OBJECT = 32;
export const ONLY_NEGATIVE_CUE = 64;
export const STRICT = 128;
/** A typo variant (see compile-terms.ts): it counts only where it is whole words. */
export const WHOLE_WORDS = 256;

export interface TermTable {
  /** Per term id: bit set of the flags above. */
  flags: Uint16Array;
  /** Per term id: TermInfo.layers. */
  layers: Uint8Array;
  /** The role codes (TermInfo.exact) of term id are entries from[id] … from[id + 1] - 1 of the arrays below. */
  from: Int32Array;
  kind: Uint8Array;
  slot: Int32Array;
  key: Int32Array;
  /** The real (signed) weight. */
  weight: Float64Array;
  /** The weight the prefilter's bound counts (TermInfo.bound). */
  bound: Float64Array;
  scoped: Uint8Array;
}

/** The table of `infos`, listed by term id. */
export function createTermTable(infos: readonly TermInfo[]): TermTable {
  const n = infos.reduce((sum, t) => sum + t.exact.length, 0);
  const table: TermTable = {
    flags: new Uint16Array(infos.length),
    layers: new Uint8Array(infos.length),
    from: new Int32Array(infos.length + 1),
    kind: new Uint8Array(n),
    slot: new Int32Array(n),
    key: new Int32Array(n),
    weight: new Float64Array(n),
    bound: new Float64Array(n),
    scoped: new Uint8Array(n),
  };
  let at = 0;
  infos.forEach((t, id) => {
    table.flags[id] =
      (t.topical ? TOPICAL : 0) |
      (t.negativeCue ? NEGATIVE_CUE : 0) |
      (t.hazard ? HAZARD : 0) |
      (t.hazardAlone ? HAZARD_ALONE : 0) |
      (t.hazardNeeds !== null ? HAZARD_NEEDS : 0) |
      (t.exact.some((b) => b.kind === 0) ? NAMES_OBJECT : 0) |
      (t.onlyNegativeCue ? ONLY_NEGATIVE_CUE : 0) |
      (t.strict ? STRICT : 0) |
      (t.typo ? WHOLE_WORDS : 0);
    table.layers[id] = t.layers;
    table.from[id] = at;
    t.exact.forEach((b, j) => {
      table.kind[at] = b.kind;
      table.slot[at] = b.slot;
      table.key[at] = b.key;
      table.weight[at] = b.weight;
      table.bound[at] = t.bound[j]!.weight;
      table.scoped[at] = b.scoped ? 1 : 0;
      at++;
    });
  });
  table.from[infos.length] = at;
  return table;
}
