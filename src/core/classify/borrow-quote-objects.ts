// A reply that names no object and only says "still / again / fixed my foot" (好个啥 又停了) is
// about the quoted thing: the quote's objects are put in front of the reply, in its first clause.
import type { Hit } from './compile-terms.js';
import type { TermIndex } from './term-index.js';
import type { TermInfo } from './compile-terms.js';
import type { Rules } from './rules.js';

export type QuoteObjectBorrower = (quote: string | null, reply: string, raw: Hit[]) => string | null;

export function createQuoteObjectBorrower(rules: Rules, index: TermIndex<TermInfo>): QuoteObjectBorrower {
  const quoteGroups = rules.cues.map((g) => g.quoteObjects === true);
  const anyQuoteGroup = quoteGroups.includes(true);
  const isQuoteCue = (h: Hit) => h.data.roles.some((r) => r.kind === 'cue' && quoteGroups[r.group]!);
  const isObjectHit = (h: Hit) => h.data.roles.some((r) => r.kind === 'object');
  return (quote, reply, raw) => {
    if (!anyQuoteGroup || quote === null || raw.some(isObjectHit) || !raw.some(isQuoteCue)) return null;
    const objects = [
      ...new Set(
        index
          .findAll(quote)
          .filter(isObjectHit)
          .map((h) => h.term),
      ),
    ];
    return objects.length > 0 ? `${objects.join('、')}：${reply}` : null;
  };
}
