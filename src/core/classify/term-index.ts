// Finds every occurrence of a fixed set of terms in a text. Terms are indexed by their first two
// UTF-16 code units (one-unit terms separately), behind a table of the code units that start some
// term, so scanning text that contains none of them costs one array read per character. The
// classifier's lossless prefilter is built on it: a term can only be matched after segmentation if
// it occurs here as a substring first.
//
// Three quarters of a message's characters start some term (不, 有, 一 …), so the pair lookup is
// the hot path: an open-addressing table over the exact pair of code units (no Map, no collisions
// to confirm), whose terms lie in flat arrays, longest first. A two-unit term then matches without
// a string comparison, and a longer one is compared only when its third code unit matches.
// Most pairs of a message start no term, though, and the table is too big to stay in the cache
// between messages (jieba's work evicts it): a one-bit-per-hash filter of 8 KB in front of it
// turns most of them away without touching the table.

export interface TermHit<T> {
  term: string;
  start: number;
  end: number;
  data: T;
  /** `firstId` + the term's position among the entries the index was built from: a key into flat per-term arrays. */
  id: number;
}

export interface TermIndex<T> {
  /** Every occurrence of every term (overlaps included), in text order. */
  findAll(text: string): TermHit<T>[];
  readonly size: number;
}

const STARTS_PAIR = 1;
const STARTS_SINGLE = 2;

/** The first two code units of a term (or text position) as one unsigned 32-bit key. */
function pairKey(c0: number, c1: number): number {
  return ((c0 << 16) | c1) >>> 0;
}

/** Slot of `key` in a table of 2^(32 - shift) slots (Fibonacci hashing). */
function slotOf(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** The pair filter's size: 2^FILTER_BITS bits. */
const FILTER_BITS = 16;

/** Build an index over `entries` (term → data); empty terms are ignored. Ids count from `firstId`. */
export function createTermIndex<T>(entries: Iterable<[string, T]>, firstId = 0): TermIndex<T> {
  // Every entry by its position in `entries` (its id less `firstId`).
  const terms: string[] = [];
  const data: T[] = [];
  // The id of the one-unit term per code unit (-1: none).
  const single = new Int32Array(0x10000).fill(-1);
  const byPair = new Map<number, number[]>();
  // Per UTF-16 code unit: does some term start with it (STARTS_PAIR: a longer term, STARTS_SINGLE:
  // a one-unit term)? Most characters of a message start none, and then cost one array read.
  const starts = new Uint8Array(0x10000);
  let size = 0;
  for (const [term, value] of entries) {
    const id = terms.length;
    terms.push(term);
    data.push(value);
    if (term.length === 0) continue;
    size++;
    if (term.length === 1) {
      single[term.charCodeAt(0)] = id;
      starts[term.charCodeAt(0)]! |= STARTS_SINGLE;
      continue;
    }
    starts[term.charCodeAt(0)]! |= STARTS_PAIR;
    const key = pairKey(term.charCodeAt(0), term.charCodeAt(1));
    let list = byPair.get(key);
    if (!list) {
      list = [];
      byPair.set(key, list);
    }
    list.push(id);
  }

  // The pair table: at most a quarter full, linear probing; `first` is -1 in an empty slot.
  let capacity = 16;
  while (capacity < byPair.size * 4) capacity *= 2;
  const shift = 32 - Math.log2(capacity);
  const mask = capacity - 1;
  const keys = new Uint32Array(capacity);
  const first = new Int32Array(capacity).fill(-1);
  const count = new Int32Array(capacity);
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  // The ids of each pair's terms, longest first, and their third code unit (-1 for two-unit terms).
  const ids: number[] = [];
  const thirds: number[] = [];
  for (const [key, list] of byPair) {
    list.sort((a, b) => terms[b]!.length - terms[a]!.length);
    const f = slotOf(key, 32 - FILTER_BITS);
    filter[f >>> 5]! |= 1 << (f & 31);
    let s = slotOf(key, shift);
    while (first[s] !== -1) s = (s + 1) & mask;
    keys[s] = key;
    first[s] = ids.length;
    count[s] = list.length;
    for (const id of list) {
      ids.push(id);
      thirds.push(terms[id]!.length > 2 ? terms[id]!.charCodeAt(2) : -1);
    }
  }
  const pairIds = Int32Array.from(ids);
  const third = Int32Array.from(thirds);

  return {
    size,
    findAll(text) {
      const hits: TermHit<T>[] = [];
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c0 = text.charCodeAt(i);
        const starting = starts[c0]!;
        if (starting === 0) continue;
        if ((starting & STARTS_PAIR) !== 0 && i + 1 < n) {
          const key = pairKey(c0, text.charCodeAt(i + 1));
          const f = slotOf(key, 32 - FILTER_BITS);
          if ((filter[f >>> 5]! & (1 << (f & 31))) !== 0) {
            let s = slotOf(key, shift);
            while (first[s] !== -1 && keys[s] !== key) s = (s + 1) & mask;
            // An empty slot (no term starts with this pair) has count 0.
            const from = first[s]!;
            const c2 = i + 2 < n ? text.charCodeAt(i + 2) : -2;
            for (let k = from, to = from + count[s]!; k < to; k++) {
              const t3 = third[k]!;
              const id = pairIds[k]!;
              if (t3 === -1) hits.push({ term: terms[id]!, start: i, end: i + 2, data: data[id]!, id: firstId + id });
              else if (t3 === c2) {
                const term = terms[id]!;
                if (term.length === 3 || text.startsWith(term, i))
                  hits.push({ term, start: i, end: i + term.length, data: data[id]!, id: firstId + id });
              }
            }
          }
        }
        if ((starting & STARTS_SINGLE) !== 0) {
          const id = single[c0]!;
          hits.push({ term: terms[id]!, start: i, end: i + 1, data: data[id]!, id: firstId + id });
        }
      }
      return hits;
    },
  };
}
