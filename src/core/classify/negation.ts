// Negation: 不亮了 is not 亮了, 还没修好 is not 修好, 不是着火 denies a fire but 是不是漏了 asks.
// The words come from rules/cues.yaml (`language`).
import { firstUnits } from './first-units.js';
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
  const notYet = language.notYet ?? [];
  const negationEndsAt = endsAtOf(language.negation);
  const denialEndsAt = endsAtOf(language.denial);
  const questionEndsAt = endsAtOf(language.question);
  const notYetEndsAt = endsAtOf(notYet);
  const compoundHeads = language.compoundHeads ?? [];
  const notHeads = language.notCompoundHeads ?? [];
  // A fault word told as an event (着火了, 漏过) is no name's first half: 着火了报警器响了.
  // The first code units of compoundHeads: most fault words stand before none of them.
  const headStarts = firstUnits(compoundHeads);
  const anyEmptyHead = compoundHeads.includes('');
  const headsAt = (text: string, end: number) =>
    compoundHeads.length > 0 &&
    (headStarts[text.charCodeAt(end)] === 1 || anyEmptyHead) &&
    !ASPECT.includes(text[end - 1]!) &&
    compoundHeads.some((w) => text.startsWith(w, end)) &&
    !notHeads.some((w) => text.startsWith(w, end));
  const isDenied = (text: string, at: number) => {
    if (denialEndsAt(text, at) === null) return false;
    // A question word ending where the denial ends (是不是 over 不是) makes it a question.
    return questionEndsAt(text, at) === null;
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
  const isFaultDenied = (text: string, at: number) => isEitherOr(text, at) || isDenied(text, at) || notYetEndsAt(text, at) !== null;
  return {
    isNegated: (text, at) => negationEndsAt(text, at) !== null,
    isAsked: (text, at) => questionEndsAt(text, at) !== null,
    isEitherOr,
    isDenied,
    isInCompound,
    isFaultUntold: (text, h, hits) => isFaultDenied(text, h.start) || isInCompound(text, h, hits),
    isNotYetOfFault: (h, hits) => notYet.includes(h.term) && hits.some((o) => o.start === h.end && o.data.fault),
  };
}

/**
 * The first of `words` (in their order) that ends right before `at` in a text, or null. Words are
 * kept by their last code unit behind a table of those units, so that a position no word can end
 * at (most of them) costs one array read instead of a comparison per word.
 */
function endsAtOf(words: readonly string[]): (text: string, at: number) => string | null {
  const byLast = new Map<number, string[]>();
  const ends = new Uint8Array(0x10000);
  for (const w of words) {
    if (w === '') return (text, at) => words.find((x) => at >= x.length && text.startsWith(x, at - x.length)) ?? null;
    const last = w.charCodeAt(w.length - 1);
    ends[last] = 1;
    const list = byLast.get(last);
    if (list === undefined) byLast.set(last, [w]);
    else list.push(w);
  }
  return (text, at) => {
    const last = text.charCodeAt(at - 1);
    if (ends[last] !== 1) return null;
    for (const w of byLast.get(last)!) if (at >= w.length && text.startsWith(w, at - w.length)) return w;
    return null;
  };
}

/** Aspect particles: a word ending in one is told as an event or a state, not a name's first half. */
const ASPECT = ['了', '过', '着', '啦'];
