// The learned model's n-gram → row lookup (learned-model.ts) as an open-addressing hash table over
// typed arrays. A gram of one to three UTF-16 code units is keyed by two 32-bit integers — its
// length with its first unit, and its last two units — so that scoring a message builds no string,
// boxes no number and allocates nothing.

export interface GramTable {
  /**
   * The row of the gram of `n` code units (1–3) whose last is `c`, the one before it `b` and the
   * one before that `a` (0 where the gram is shorter), or -1.
   */
  row(n: number, a: number, b: number, c: number): number;
}

function slotOf(hi: number, lo: number, mask: number): number {
  const h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 1, 0x85ebca6b);
  return (h ^ (h >>> 15)) & mask;
}

/** A table of `grams` (distinct, one to three code units each), each mapped to its index in the list. */
export function createGramTable(grams: readonly string[]): GramTable {
  let size = 16;
  while (size < grams.length * 2) size *= 2;
  const mask = size - 1;
  const his = new Int32Array(size).fill(-1);
  const los = new Int32Array(size);
  const rows = new Int32Array(size);
  grams.forEach((g, row) => {
    const n = g.length;
    const hi = (n << 16) | (n === 3 ? g.charCodeAt(0) : 0);
    const lo = ((n >= 2 ? g.charCodeAt(n - 2) : 0) << 16) | g.charCodeAt(n - 1);
    let s = slotOf(hi, lo, mask);
    while (his[s] !== -1 && !(his[s] === hi && los[s] === lo)) s = (s + 1) & mask;
    his[s] = hi;
    los[s] = lo;
    rows[s] = row;
  });
  return {
    row(n, a, b, c) {
      const hi = (n << 16) | a;
      const lo = (b << 16) | c;
      let s = slotOf(hi, lo, mask);
      for (;;) {
        const h = his[s]!;
        if (h === hi && los[s] === lo) return rows[s]!;
        if (h === -1) return -1;
        s = (s + 1) & mask;
      }
    },
  };
}

/**
 * The rows of every gram of `text` the table holds — at each position, those of one, two and three
 * code units ending there — written into `out` (room for three per code unit), and, when `ends` is
 * given, each one's end × 4 + length beside it. Returns how many there are.
 */
export function gramRows(text: string, table: GramTable, out: Int32Array, ends?: Int32Array): number {
  let count = 0;
  let a = 0;
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    for (let n = 1; n <= 3 && n <= i + 1; n++) {
      const r = table.row(n, n === 3 ? a : 0, n >= 2 ? b : 0, c);
      if (r < 0) continue;
      if (ends !== undefined) ends[count] = (i + 1) * 4 + n;
      out[count++] = r;
    }
    a = b;
    b = c;
  }
  return count;
}
