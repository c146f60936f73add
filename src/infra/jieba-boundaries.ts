// Where jieba certainly puts a word boundary, without asking it. With HMM off, every token jieba
// gives is a word of its dictionary or a single character, and it cuts the runs between its
// separators (space, tab, line break, ，and 。) one by one. So a position is certainly a boundary
// when a separator lies on either side of it, or when no word of the dictionary could span it:
// a word spanning it holds the two code units around it one after the other, and is either just
// those two or holds three in a row that end or start there.
//
// The pairs of adjacent code units of every word, its two-unit words and its runs of three code
// units set bits of one hashed bit set (256 KB; about 60,000 of them set 2% of the bits). A
// collision marks something no word holds, which only makes a boundary uncertain, never certain
// wrongly.

const BITS = 21;
const PAIR = 1;
const WORD = 2;
const TRIPLE = 3;

export interface WordPairs {
  /** Record a word of the dictionary. */
  add(word: string): void;
  /**
   * Record every field of a dictionary file's text (fields are parted by spaces and line breaks,
   * as cppjieba reads them: the word, and its frequency and tag, which only add pairs).
   */
  addFields(text: string): void;
  /** True only when every segmentation by a dictionary of the words recorded splits `text` at `at`. */
  splitsAt(text: string, at: number): boolean;
}

export function createWordPairs(): WordPairs {
  const bits = new Int32Array(1 << (BITS - 5));
  const set = (s: number) => {
    bits[s >>> 5]! |= 1 << (s & 31);
  };
  const has = (s: number) => (bits[s >>> 5]! & (1 << (s & 31))) !== 0;
  return {
    add(word) {
      if (word.length === 2) set(slotOf(WORD, word.charCodeAt(0), word.charCodeAt(1), 0));
      for (let i = 1; i < word.length; i++) {
        set(slotOf(PAIR, word.charCodeAt(i - 1), word.charCodeAt(i), 0));
        if (i >= 2) set(slotOf(TRIPLE, word.charCodeAt(i - 2), word.charCodeAt(i - 1), word.charCodeAt(i)));
      }
    },
    addFields(text) {
      // One pass, no substrings: the file has some 24,000 lines.
      let run = 0;
      for (let i = 0; i <= text.length; i++) {
        const c = i < text.length ? text.charCodeAt(i) : 0x0a;
        if (c === 0x20 || c === 0x0a) {
          if (run === 2) set(slotOf(WORD, text.charCodeAt(i - 2), text.charCodeAt(i - 1), 0));
          run = 0;
          continue;
        }
        run++;
        if (run >= 2) set(slotOf(PAIR, text.charCodeAt(i - 1), c, 0));
        if (run >= 3) set(slotOf(TRIPLE, text.charCodeAt(i - 2), text.charCodeAt(i - 1), c));
      }
    },
    splitsAt(text, at) {
      if (at <= 0 || at >= text.length) return true;
      const a = text.charCodeAt(at - 1);
      const b = text.charCodeAt(at);
      if (isSeparator(a) || isSeparator(b)) return true;
      // The two halves of one character (an emoji) are one token's.
      if (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff) return false;
      if (!has(slotOf(PAIR, a, b, 0))) return true;
      if (has(slotOf(WORD, a, b, 0))) return false;
      if (at >= 2 && has(slotOf(TRIPLE, text.charCodeAt(at - 2), a, b))) return false;
      return !(at + 1 < text.length && has(slotOf(TRIPLE, a, b, text.charCodeAt(at + 1))));
    },
  };
}

/** jieba's separators (cppjieba's SPECIAL_SEPARATORS). */
function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0xff0c || c === 0x3002;
}

/** The bit of a pair, a two-unit word or a run of three code units (`kind`). */
function slotOf(kind: number, a: number, b: number, c: number): number {
  let h = Math.imul(a ^ (kind << 16), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> (32 - BITS);
}
