// Negation: 不亮了 is not 亮了, 还没修好 is not 修好, 不是着火 denies a fire but 是不是漏了 asks.
// The words come from rules/cues.yaml (`language`).
import type { Hit } from './compile-terms.js';
import type { LanguageRules } from './rules.js';

export interface Negation {
  /** The term starting at `at` is negated by a negation word right before it. */
  isNegated(text: string, at: number): boolean;
  /** The term starting at `at` is denied (不是着火), not merely asked about (是不是着火). */
  isDenied(text: string, at: number): boolean;
  /** A question word (是否, 有没有) ends right before `at`: the term after it is asked about (是否已安排). */
  isAsked(text: string, at: number): boolean;
  /** The 不 or 没 at `at` is the middle of an either-or question (热不热, 要不要打120). */
  isEitherOr(text: string, at: number): boolean;
  /**
   * The fault word `h` (or a fault word among `hits` that holds it: 漏 of 漏水) is the head of a
   * thing's name (漏水险, 漏水报警器: `language.compoundHeads` right after it), or lies inside a
   * thing's name among `hits` (漏 of 漏电保护器): no fault is told.
   */
  isInCompound(text: string, h: Hit, hits: readonly Hit[]): boolean;
  /**
   * The fault word `h` tells no fault: denied (不是漏水), not yet so (还没堵), the negative half of an
   * either-or question (热不热, 亮没亮: the same character on both sides), or part of a name (isInCompound).
   */
  isFaultUntold(text: string, h: Hit, hits: readonly Hit[]): boolean;
  /**
   * `h` is a not-yet word (还没, 尚未) right before a fault word among `hits` (还没堵): it says the
   * fault has not come, not that a fix is still awaited (还没修).
   */
  isNotYetOfFault(h: Hit, hits: readonly Hit[]): boolean;
}

export function createNegation(language: LanguageRules): Negation {
  const endsAt = (words: readonly string[], text: string, at: number) => {
    for (const w of words) if (at >= w.length && text.startsWith(w, at - w.length)) return w;
    return null;
  };
  const notYet = language.notYet ?? [];
  const compoundHeads = language.compoundHeads ?? [];
  const notHeads = language.notCompoundHeads ?? [];
  // A fault word told as an event (着火了, 漏过) is no name's first half: 着火了报警器响了.
  const headsAt = (text: string, end: number) =>
    compoundHeads.length > 0 &&
    !ASPECT.includes(text[end - 1]!) &&
    compoundHeads.some((w) => text.startsWith(w, end)) &&
    !notHeads.some((w) => text.startsWith(w, end));
  const isDenied = (text: string, at: number) => {
    if (endsAt(language.denial, text, at) === null) return false;
    // A question word ending where the denial ends (是不是 over 不是) makes it a question.
    return endsAt(language.question, text, at) === null;
  };
  const isInCompound = (text: string, h: Hit, hits: readonly Hit[]) =>
    headsAt(text, h.end) ||
    hits.some(
      (o) =>
        o !== h &&
        o.start <= h.start &&
        h.end <= o.end &&
        (o.data.fault ? headsAt(text, o.end) : o.data.roles.some((r) => r.kind === 'object')),
    );
  // 热不热, 要不要: the same character on both sides of 不 or 没. 气没气了 (天然气没气了) tells that it
  // ran out: a question does not end in 了.
  const isEitherOr = (text: string, at: number) => {
    const c = text[at];
    return (c === '不' || c === '没') && at > 0 && text[at - 1] === text[at + 1] && text[at + 2] !== '了';
  };
  /** Denied, not yet so, or asked either-or: see isFaultUntold. */
  const isFaultDenied = (text: string, at: number) => isEitherOr(text, at) || isDenied(text, at) || endsAt(notYet, text, at) !== null;
  return {
    isNegated: (text, at) => endsAt(language.negation, text, at) !== null,
    isAsked: (text, at) => endsAt(language.question, text, at) !== null,
    isEitherOr,
    isDenied,
    isInCompound,
    isFaultUntold: (text, h, hits) => isFaultDenied(text, h.start) || isInCompound(text, h, hits),
    isNotYetOfFault: (h, hits) => notYet.includes(h.term) && hits.some((o) => o.start === h.end && o.data.fault),
  };
}

/** Aspect particles: a word ending in one is told as an event or a state, not a name's first half. */
const ASPECT = ['了', '过', '着', '啦'];
