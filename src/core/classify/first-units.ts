/**
 * A table over UTF-16 code units marking the first unit of every non-empty word: a position whose
 * unit is unmarked starts none of them, which one array read tells (most positions, for most lists).
 */
export function firstUnits(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const w of words) if (w.length > 0) table[w.charCodeAt(0)] = 1;
  return table;
}
