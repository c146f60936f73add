// Finds every occurrence of a fixed set of terms in a text. Terms are indexed by their first two
// UTF-16 code units (one-unit terms separately), behind a table of the code units that start some
// term, so scanning text that contains none of them costs one array read per character. The
// classifier's lossless prefilter is built on it: a term can only be matched after segmentation if
// it occurs here as a substring first.

export interface TermHit<T> {
  term: string;
  start: number;
  end: number;
  data: T;
}

export interface TermIndex<T> {
  /** Every occurrence of every term (overlaps included), in text order. */
  findAll(text: string): TermHit<T>[];
  readonly size: number;
}

interface Entry<T> {
  term: string;
  data: T;
}

/**
 * A small-integer key for two code units (15 bits each), so Map lookups stay on V8's fast path.
 * Different pairs may share a key; every candidate is confirmed with startsWith.
 */
function pairKey(c0: number, c1: number): number {
  return ((c0 & 0x7fff) << 15) | (c1 & 0x7fff);
}

const STARTS_PAIR = 1;
const STARTS_SINGLE = 2;

/** Build an index over `entries` (term → data); empty terms are ignored. */
export function createTermIndex<T>(entries: Iterable<[string, T]>): TermIndex<T> {
  const single = new Map<number, Entry<T>>();
  const byPair = new Map<number, Entry<T>[]>();
  // Per UTF-16 code unit: does some term start with it (STARTS_PAIR: a longer term, STARTS_SINGLE:
  // a one-unit term)? Most characters of a message start none, and then cost one array read.
  const starts = new Uint8Array(0x10000);
  let size = 0;
  for (const [term, data] of entries) {
    if (term.length === 0) continue;
    size++;
    if (term.length === 1) {
      single.set(term.charCodeAt(0), { term, data });
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
    list.push({ term, data });
  }
  for (const list of byPair.values()) list.sort((a, b) => b.term.length - a.term.length);

  return {
    size,
    findAll(text) {
      const hits: TermHit<T>[] = [];
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c0 = text.charCodeAt(i);
        const first = starts[c0]!;
        if (first === 0) continue;
        if ((first & STARTS_PAIR) !== 0 && i + 1 < n) {
          const list = byPair.get(pairKey(c0, text.charCodeAt(i + 1)));
          if (list) {
            for (const e of list) {
              if (text.startsWith(e.term, i)) hits.push({ term: e.term, start: i, end: i + e.term.length, data: e.data });
            }
          }
        }
        if ((first & STARTS_SINGLE) !== 0) {
          const one = single.get(c0)!;
          hits.push({ term: one.term, start: i, end: i + 1, data: one.data });
        }
      }
      return hits;
    },
  };
}
