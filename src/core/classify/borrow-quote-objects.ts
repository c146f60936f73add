// A reply is about the quoted thing when it names no object and only says "still / again / fixed
// my foot" (好个啥 又停了), or when it says what is wrong with a kind of thing that only the quote
// names (quote 电梯又停了 → 停一天了 老太太下不了楼). The quote's objects (in the second case, those
// of the kinds whose problems the reply names) are put in front of the reply, in its first clause.
import type { Hit, TermInfo, TermRole } from './compile-terms.js';
import type { Rules } from './rules.js';
import type { TermIndex } from './term-index.js';

export type QuoteObjectBorrower = (quote: string | null, reply: string, raw: Hit[]) => string | null;

export function createQuoteObjectBorrower(rules: Rules, index: TermIndex<TermInfo>): QuoteObjectBorrower {
  const quoteGroups = rules.cues.map((g) => g.quoteObjects === true);
  const isQuoteCue = (h: Hit) => h.data.roles.some((r) => r.kind === 'cue' && quoteGroups[r.group]!);
  return (quote, reply, raw) => {
    if (quote === null) return null;
    const named = new Set(raw.flatMap((h) => h.data.roles.filter(isObject).map((r) => r.category)));
    const wrong = new Set(raw.flatMap((h) => h.data.roles.filter(isProblem).map((r) => r.category)));
    // Which of the quote's objects the reply is about: all when it names none and points back to
    // the quote, else those of the kinds it says something is wrong with but does not name.
    const about =
      named.size === 0 && raw.some(isQuoteCue) ? () => true : (r: ObjectRole) => wrong.has(r.category) && !named.has(r.category);
    if (wrong.size === 0 && named.size > 0) return null;
    const objects = [
      ...new Set(
        index
          .findAll(quote)
          .filter((h) => h.data.roles.some((r) => isObject(r) && about(r)))
          .map((h) => h.term),
      ),
    ];
    return objects.length > 0 ? `${objects.join('、')}：${reply}` : null;
  };
}

type ObjectRole = Extract<TermRole, { kind: 'object' }>;

function isObject(r: TermRole): r is ObjectRole {
  return r.kind === 'object';
}

function isProblem(r: TermRole): r is Extract<TermRole, { kind: 'problem' }> {
  return r.kind === 'problem';
}
