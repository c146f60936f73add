// Which words of a corrected message are worth adding to the rules: a term frequent in the
// messages labelled like it (corrections and examples) and rare in the others, not a problem
// phrase (一闪一闪, 坏了好几天) and not a word another category already claims; among equals, the
// thing a problem is said of (the word right before 掉了 in 滑梯螺丝掉了). The longest word of
// a message is often the problem, which would then count for one category everywhere.
import { isShortWord } from './is-short-word.js';
import type { Rules } from './rules.js';
import type { Segmenter } from './types.js';

/** A message whose label is known: a category code, or null for "not a report". */
export interface LabelledText {
  text: string;
  label: string | null;
}

export interface TermSupport {
  term: string;
  /** Labelled messages with the same label that hold the term (the corrected one included). */
  here: number;
  /** Labelled messages with another label that hold it. */
  elsewhere: number;
}

const HAN_WORD = /^[\u3400-\u9fff]{2,6}$/u;

/**
 * Candidate terms of `text` for `label`, most distinctive first. For a category: single words
 * and pairs of adjacent words; for "not a report" (label null, against category `against`):
 * phrases of two adjacent words that hold no word of that category (they would cancel its
 * real reports) and no short word alone.
 */
export function distinctiveTerms(
  text: string,
  label: string | null,
  against: string | null,
  labelled: readonly LabelledText[],
  rules: Rules,
  segmenter: Segmenter,
): TermSupport[] {
  const tokens = segmenter.cut(text);
  const known = new Set<string>();
  const problemWords: string[] = [...Object.keys(rules.problems)];
  const ownWords: string[] = [];
  const otherObjects: string[] = [];
  for (const c of rules.categories) {
    const words = [...Object.keys(c.objects), ...Object.keys(c.problems), ...Object.keys(c.aliases), ...Object.keys(c.cues)];
    for (const t of words) known.add(t);
    problemWords.push(...Object.keys(c.problems));
    if (c.code === (label ?? against)) ownWords.push(...Object.keys(c.objects), ...Object.keys(c.problems), ...Object.keys(c.aliases));
    else otherObjects.push(...Object.keys(c.objects));
  }
  const cueWords = rules.cues.flatMap((g) => g.terms);
  const holds = (t: string, words: readonly string[]) => words.some((w) => t.includes(w));
  const breaks = rules.language.clauseBreaks;
  /** Characters from `end` to the nearest problem word after it in the same clause. */
  const toProblem = (end: number): number => {
    let clauseEnd = text.length;
    for (const b of breaks) {
      const at = text.indexOf(b, end);
      if (at >= 0 && at < clauseEnd) clauseEnd = at;
    }
    let best = Number.POSITIVE_INFINITY;
    for (const w of problemWords) {
      const at = text.indexOf(w, end);
      if (at >= 0 && at + w.length <= clauseEnd && at - end < best) best = at - end;
    }
    return best;
  };

  const seen = new Set<string>();
  const candidates: { term: string; joined: boolean; end: number }[] = [];
  const consider = (term: string, joined: boolean, end: number) => {
    if (seen.has(term) || known.has(term) || !HAN_WORD.test(term)) return;
    seen.add(term);
    // A problem or a request (or a piece of one: 看看 of 来看看), not a thing.
    if (holds(term, cueWords) || holds(term, problemWords) || cueWords.some((w) => w.includes(term))) return;
    if (label === null) {
      if (isShortWord(term) || holds(term, ownWords)) return;
    } else if (holds(term, otherObjects) && !holds(term, ownWords)) return; // another category's thing
    candidates.push({ term, joined, end });
  };
  // Words of two characters or more, and two such words side by side (咕噜 滑梯 → 咕噜滑梯);
  // single characters are particles (的, 了) or pieces jieba could not place.
  const ends: number[] = [];
  let pos = 0;
  for (const t of tokens) {
    pos += t.length;
    ends.push(pos);
  }
  if (label !== null) for (const [i, t] of tokens.entries()) if (t.length >= 2) consider(t, false, ends[i]!);
  for (let i = 0; i + 1 < tokens.length; i++)
    if (tokens[i]!.length >= 2 && tokens[i + 1]!.length >= 2) consider(tokens[i]! + tokens[i + 1]!, true, ends[i + 1]!);

  const scored = candidates.map((c) => {
    let here = 0;
    let elsewhere = 0;
    for (const m of labelled) {
      if (!m.text.includes(c.term)) continue;
      if (m.label === label) here++;
      else elsewhere++;
    }
    if (!labelled.some((m) => m.text === text && m.label === label)) here++;
    return { ...c, here, elsewhere, own: holds(c.term, ownWords), near: toProblem(c.end) };
  });
  scored.sort(
    (a, b) =>
      b.here - 2 * b.elsewhere - (a.here - 2 * a.elsewhere) ||
      Number(b.own) - Number(a.own) || // a compound of the category's own word (车库灯) first
      a.near - b.near || // the thing a problem is said of
      Number(a.joined) - Number(b.joined) || // a word before a pair of words
      b.term.length - a.term.length,
  );
  return scored.map(({ term, here, elsewhere }) => ({ term, here, elsewhere }));
}
