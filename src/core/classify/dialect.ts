import { escapeRegExp } from './escape-reg-exp.js';

// Dialect words written in a group (粤语 唔/咗/冇, 沪语 侬/阿拉, 川话 莫得 …) read as the common
// words the rules are written in, before anything else looks at the text: `language.dialect` maps
// each dialect spelling to its 普通话 counterpart. Longer spellings win (唔系 before 唔). Only the
// classifier reads the rewritten text; the message, the quote and the building stay as written.

/** A function that rewrites dialect spellings; the identity when the rules list none. */
export function createDialectReader(words: Readonly<Record<string, string>>): (text: string) => string {
  const spellings = Object.keys(words).sort((a, b) => b.length - a.length);
  if (spellings.length === 0) return (text) => text;
  const any = new RegExp(spellings.map(escapeRegExp).join('|'), 'gu');
  // Most messages hold none of the spellings' first characters: skip the replace for them.
  const firsts = new Set(spellings.map((s) => s[0]!));
  return (text) => {
    for (const ch of text) if (firsts.has(ch)) return text.replace(any, (found) => words[found]!);
    return text;
  };
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
