// The learned model's n-gram → row lookup (learned-model.ts) as an open-addressing hash table
// over typed arrays. Gram keys run up to 2^48, beyond the small integers a Map keeps unboxed, so a
// Map<number, number> boxes and hashes every key as a double on each look-up; here a key is
// hashed from its two 24-bit halves and compared as a float64 in place, with no allocation.

export interface GramTable {
  /** The row of `key`, or -1. */
  get(key: number): number;
}

const TWO24 = 16_777_216;

function slotOf(key: number, mask: number): number {
  const lo = key % TWO24;
  const hi = (key - lo) / TWO24;
  return (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 1, 0x85ebca6b)) & mask;
}

/** A table of `keys` (distinct, ≥ 0), each mapped to its index in the list. */
export function createGramTable(keys: readonly number[]): GramTable {
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const mask = size - 1;
  const slotKeys = new Float64Array(size).fill(-1);
  const slotRows = new Int32Array(size);
  keys.forEach((key, row) => {
    let s = slotOf(key, mask);
    while (slotKeys[s] !== -1 && slotKeys[s] !== key) s = (s + 1) & mask;
    slotKeys[s] = key;
    slotRows[s] = row;
  });
  return {
    get(key) {
      let s = slotOf(key, mask);
      for (;;) {
        const k = slotKeys[s]!;
        if (k === key) return slotRows[s]!;
        if (k === -1) return -1;
        s = (s + 1) & mask;
      }
    },
  };
}
