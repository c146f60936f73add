// Where jieba certainly puts a word boundary, without asking it. With HMM off, every token jieba
// gives is a word of its dictionary or a single character, and it cuts the runs between its
// separators (space, tab, line break, ，and 。) one by one. So a position is certainly a boundary
// when a separator lies on either side of it, or when no word of the dictionary holds the two
// code units around it one right after the other: then no token can span it.
//
// The pairs of adjacent code units of every dictionary line (the word, and its frequency and tag,
// which only add pairs) set bits of a hashed bit set; a collision marks a pair that no word holds,
// which only makes a boundary uncertain, never certain wrongly. 128 KB: about 26,000 pairs set 2%
// of the bits.

const BITS = 20;

export interface WordPairs {
  /** Record the pairs of `text` (a dictionary line or a word inserted into the dictionary). */
  add(text: string): void;
  /** True only when every segmentation by a dictionary holding no other pairs splits `text` at `at`. */
  splitsAt(text: string, at: number): boolean;
}

export function createWordPairs(): WordPairs {
  const bits = new Int32Array(1 << (BITS - 5));
  return {
    add(text) {
      for (let i = 1; i < text.length; i++) {
        const s = slotOf(text.charCodeAt(i - 1), text.charCodeAt(i));
        bits[s >>> 5]! |= 1 << (s & 31);
      }
    },
    splitsAt(text, at) {
      if (at <= 0 || at >= text.length) return true;
      const a = text.charCodeAt(at - 1);
      const b = text.charCodeAt(at);
      if (isSeparator(a) || isSeparator(b)) return true;
      // The two halves of one character (an emoji) are one token's.
      if (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff) return false;
      const s = slotOf(a, b);
      return (bits[s >>> 5]! & (1 << (s & 31))) === 0;
    },
  };
}

/** jieba's separators (cppjieba's SPECIAL_SEPARATORS). */
function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0xff0c || c === 0x3002;
}

/** The bit of a pair of code units (Fibonacci hashing). */
function slotOf(a: number, b: number): number {
  return Math.imul(((a << 16) | b) >>> 0, 0x9e3779b1) >>> (32 - BITS);
}
