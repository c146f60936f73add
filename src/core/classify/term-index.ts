// Finds every occurrence of a fixed set of terms in a text. A first-character index keeps it
// to one Map lookup per character for text that contains none of the terms, so it doubles as
// the classifier's lossless prefilter: a term can only be matched after segmentation if it
// occurs here as a substring first.

export interface TermHit<T> {
  term: string;
  start: number;
  end: number;
  data: T;
}

export interface TermIndex<T> {
  /** Every occurrence of every term (overlaps included), in text order. */
  findAll(text: string): TermHit<T>[];
  /** Whether any term occurs in the text (stops at the first one). */
  hasAny(text: string): boolean;
  readonly size: number;
}

/** Build an index over `entries` (term → data); empty terms are ignored. */
export function createTermIndex<T>(entries: Iterable<[string, T]>): TermIndex<T> {
  const byFirst = new Map<string, { term: string; data: T }[]>();
  let size = 0;
  for (const [term, data] of entries) {
    if (term.length === 0) continue;
    const first = term[0]!;
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    list.push({ term, data });
    size++;
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.term.length - a.term.length);

  return {
    size,
    findAll(text) {
      const hits: TermHit<T>[] = [];
      for (let i = 0; i < text.length; i++) {
        const list = byFirst.get(text[i]!);
        if (!list) continue;
        for (const { term, data } of list) {
          if (text.startsWith(term, i)) hits.push({ term, start: i, end: i + term.length, data });
        }
      }
      return hits;
    },
    hasAny(text) {
      for (let i = 0; i < text.length; i++) {
        const list = byFirst.get(text[i]!);
        if (!list) continue;
        for (const { term } of list) if (text.startsWith(term, i)) return true;
      }
      return false;
    },
  };
}
