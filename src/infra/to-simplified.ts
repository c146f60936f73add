// Traditional characters to simplified ones before classification (電梯壞咗 → 电梯坏咗), so that
// the rules, written in simplified characters, also read messages written in traditional ones.
// opencc-js (pure JavaScript, OpenCC's dictionaries) does the conversion. Most messages hold no
// traditional character at all: a one-bit-per-character table of trigger characters answers that
// with one look per character, and the converter itself is only built the first time a message
// needs it (about 20 ms), so simplified-only groups never pay for it.
//
// The triggers are derived from the very dictionaries the converter chains (Hong Kong variants
// to OpenCC traditional, then traditional to simplified), so that a text holding none of them
// provably converts to itself. A character the chain maps back to itself (户 → 戶 → 户, 吃 → 喫 →
// 吃, 才) is no trigger, unless a phrase would turn it into something else. Deriving them takes
// ~15 ms, so they are kept in the file cache, keyed by the dictionaries.
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import * as OpenCC from 'opencc-js/t2cn';
import { type FileCache, fileCache, hashOf } from './file-cache.js';

/** An opencc-js dictionary ("key value|key value"), the last entry for a key winning as in its trie. */
function entries(dict: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const [key, value] = entry.split(' ');
    if (key !== undefined && value !== undefined) map.set(key, value);
  }
  return map;
}

/** What a text must hold for the conversion to change it: one of the characters or phrases. */
export interface Triggers {
  characters: Set<string>;
  phrases: string[];
}

/**
 * The characters and phrases whose presence may make the Hong Kong → simplified conversion change
 * a text. For a text with none of them every match of either step yields the text's own
 * characters: the first step only turns round-trip characters c into h(c), which the second
 * step's single characters turn back, and a phrase either side could match (坏子 → 坯子, 明瞭 →
 * 明了, 吃口 → 喫口, all written in characters the chain otherwise keeps) is listed as it would be
 * written in the text.
 */
export function traditionalTriggers(): Triggers {
  const variants = entries(HKVariantsRev);
  const characters = entries(TSCharacters);
  const h = (c: string) => variants.get(c) ?? c;
  const t = (c: string) => characters.get(c) ?? c;
  const triggers = new Set<string>(entries(CJKCompatibility).keys());
  for (const c of new Set([...variants.keys(), ...characters.keys()])) if (t(h(c)) !== c) triggers.add(c);
  for (const c of variants.keys()) {
    if (triggers.has(c)) continue;
    // A round-trip character left whole by a first-step phrase must also stay itself in the second,
    // and what the first step writes for it is never a character a text may hold as itself.
    if (t(c) !== c) triggers.add(c);
    else triggers.add(h(c));
  }
  const clean = (chars: string[]) => chars.every((c) => !triggers.has(c));
  const phrases = new Set<string>();
  for (const [key, value] of entries(HKVariantsRevPhrases)) if (key !== value && clean([...key])) phrases.add(key);
  // Second step: a phrase over the first step's output must give back what the text held.
  const back = new Map<string, string>();
  for (const c of variants.keys()) if (!triggers.has(c)) back.set(h(c), c);
  for (const [key, value] of entries(TSPhrases)) {
    const held = [...key].map((c) => back.get(c) ?? c);
    if (clean(held) && held.join('') !== value) phrases.add(held.join(''));
  }
  return { characters: triggers, phrases: [...phrases] };
}

/** The triggers from the file cache, derived and stored first when missing. */
function cachedTriggers(cache: FileCache): Triggers {
  const dicts = [CJKCompatibility, HKVariantsRev, HKVariantsRevPhrases, TSCharacters, TSPhrases];
  const name = `opencc-triggers-${hashOf(...dicts)}.txt`;
  const stored = cache.read(name);
  if (stored !== null) {
    const [characters = '', ...phrases] = stored.split('\n');
    return { characters: new Set(characters), phrases };
  }
  const triggers = traditionalTriggers();
  cache.write(name, [[...triggers.characters].join(''), ...triggers.phrases].join('\n'));
  return triggers;
}

/** Converts a text to simplified characters; returns the very string when it holds none to convert. */
export function createToSimplified(cache: FileCache = fileCache()): (text: string) => string {
  // One byte per UTF-16 code unit: CONVERT for a trigger character, PHRASE for the first unit of a
  // trigger phrase, looked up then in `phrases`. Characters beyond the BMP (𨋢, a lift in
  // Cantonese, which the rules name as written) send no text to the converter on their own.
  const CONVERT = 1;
  const PHRASE = 2;
  const triggers = cachedTriggers(cache);
  const table = new Uint8Array(0x10000);
  const phrases = new Map<number, string[]>();
  for (const p of triggers.phrases) {
    if ((p.codePointAt(0) ?? 0) > 0xffff) continue;
    const code = p.charCodeAt(0);
    table[code] = PHRASE;
    phrases.set(code, [...(phrases.get(code) ?? []), p]);
  }
  for (const c of triggers.characters) if (c.length === 1) table[c.charCodeAt(0)] = CONVERT;
  let converter: ((text: string) => string) | null = null;
  const convert = (text: string) => {
    const c = converter ?? OpenCC.Converter({ from: 'hk', to: 'cn' });
    converter = c;
    return c(text);
  };
  // No closure over the loop: one capturing `i` would cost a context per character.
  const phraseAt = (text: string, i: number, code: number): boolean => {
    for (const p of phrases.get(code) ?? []) if (text.startsWith(p, i)) return true;
    return false;
  };
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const kind = table[code];
      if (kind === CONVERT || (kind === PHRASE && phraseAt(text, i, code))) return convert(text);
    }
    return text;
  };
}
