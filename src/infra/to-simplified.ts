// Traditional characters to simplified ones before classification (電梯壞咗 → 电梯坏咗), so that
// the rules, written in simplified characters, also read messages written in traditional ones.
// opencc-js (pure JavaScript, OpenCC's dictionaries) does the conversion. Most messages hold no
// traditional character at all: a one-bit-per-character table of the characters OpenCC would
// change answers that with one look per character, and the converter itself is only built the
// first time a message needs it (about 20 ms), so simplified-only groups never pay for it.
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import * as OpenCC from 'opencc-js/t2cn';

/** Characters (BMP) that a traditional-to-simplified conversion may change. */
function traditionalTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const dict of [TSCharacters, HKVariantsRev, TWVariantsRev]) {
    for (const entry of dict.split('|')) {
      const code = entry.charCodeAt(0);
      // Single-character keys only: a phrase's key holds one of them too.
      if (entry.length > 1 && entry[1] === ' ') table[code] = 1;
    }
  }
  return table;
}

/** Converts a text to simplified characters; returns the very string when it holds none to convert. */
export function createToSimplified(): (text: string) => string {
  const table = traditionalTable();
  let convert: ((text: string) => string) | null = null;
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      if (table[text.charCodeAt(i)] === 1) {
        const c = convert ?? OpenCC.Converter({ from: 'hk', to: 'cn' });
        convert = c;
        return c(text);
      }
    }
    return text;
  };
}
