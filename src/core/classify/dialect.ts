// Dialect words written in a group (粤语 唔/咗/冇, 沪语 侬/阿拉, 川话 莫得 …) read as the common
// words the rules are written in, before anything else looks at the text: `language.dialect` maps
// each dialect spelling to its 普通话 counterpart. Longer spellings win (唔系 before 唔). Only the
// classifier reads the rewritten text; the message, the quote and the building stay as written.
import { firstUnits } from './first-units.js';

/** A function that rewrites dialect spellings; the identity when the rules list none. */
export function createDialectReader(words: Readonly<Record<string, string>>): (text: string) => string {
  // Per first UTF-16 unit, the spellings that start with it, the longer first: one pass over the
  // text, no regular expression (most messages hold none, and a scan of every spelling costs more).
  // A table of the units that start some spelling turns most characters away with one array read.
  const byFirst = new Map<number, string[]>();
  const starts = firstUnits(Object.keys(words));
  for (const s of Object.keys(words).sort((a, b) => b.length - a.length)) {
    if (s === '') continue;
    const list = byFirst.get(s.charCodeAt(0));
    if (list === undefined) byFirst.set(s.charCodeAt(0), [s]);
    else list.push(s);
  }
  if (byFirst.size === 0) return (text) => text;
  return (text) => {
    let out: string | null = null;
    let copied = 0;
    for (let i = 0; i < text.length; ) {
      const found = starts[text.charCodeAt(i)] === 0 ? undefined : spellingAt(byFirst.get(text.charCodeAt(i))!, text, i);
      if (found === undefined) {
        i++;
        continue;
      }
      out = (out ?? '') + text.slice(copied, i) + words[found]!;
      i += found.length;
      copied = i;
    }
    return out === null ? text : out + text.slice(copied);
  };
}

/** The first of `spellings` written at `at` (a loop: a closure over `at` would cost every hit its own). */
function spellingAt(spellings: readonly string[], text: string, at: number): string | undefined {
  for (const s of spellings) if (text.startsWith(s, at)) return s;
  return undefined;
}

/**
 * The rule terms that hold a dialect spelling (冇水, 唔亮): the classifier reads a message with
 * those rewritten (冇水 → 没水), so such a term can never match; write it in common words.
 */
export function termsInDialect(terms: Iterable<string>, read: (text: string) => string): string[] {
  const found: string[] = [];
  for (const t of terms) if (read(t) !== t && !found.includes(t)) found.push(t);
  return found;
}
