// `yishiting rules suggest`: turns staff corrections (#改类, #不是诉求, #登记) into concrete rule
// edits — add this word to that category, add this phrase as a cue against it — each tried on
// a copy of the rules, kept only when it fixes its correction, and shown with every correction
// it fixes and every example or earlier-right correction it would break.
import type { Correction } from '../tickets/types.js';
import { checkExamples, type ExampleFailure, type RuleExample } from './check-examples.js';
import { isShortWord } from './is-short-word.js';
import type { CategoryRule, Rules } from './rules.js';
import type { Classification, Segmenter } from './types.js';

/** One edit to one category file. */
export interface RuleEdit {
  category: string;
  /** objects: a thing of the category; cues: a phrase that makes the category (un)likely. */
  section: 'objects' | 'cues';
  term: string;
  weight: number;
}

export interface RuleSuggestion {
  edit: RuleEdit;
  /** The corrections this edit gets right (at least the one it was made for). */
  fixes: Correction[];
  /** Corrections that were right before and would be wrong after it. */
  breaksCorrections: Correction[];
  /** Examples (rules/examples.yaml) that pass now and would fail after it. */
  breaksExamples: ExampleFailure[];
}

export interface Suggestions {
  suggestions: RuleSuggestion[];
  /** Corrections the current rules already get right. */
  alreadyRight: Correction[];
  /** Wrong corrections for which no single edit was found. */
  unresolved: Correction[];
}

export type BuildClassifier = (rules: Rules) => (text: string) => Classification;

/** Whether `got` is what the correction says the message is. */
function agrees(c: Correction, got: Classification): boolean {
  if (c.kind === 'not_report') return !got.report;
  return got.report && (c.toCategory === null || got.category === c.toCategory);
}

const WORD = /^[\u3400-\u9fff]{2,6}$/u;
/** Weight of a suggested object, and of a phrase suggested against a category. */
const OBJECT_WEIGHT = 3;
const AGAINST_WEIGHT = -4;
/** Candidates tried per correction (each costs one rule compilation). */
const MAX_CANDIDATES = 12;

export function suggestRuleEdits(
  rules: Rules,
  corrections: readonly Correction[],
  examples: readonly RuleExample[],
  segmenter: Segmenter,
  build: BuildClassifier,
): Suggestions {
  const current = build(rules);
  const before = new Map(corrections.map((c) => [c, agrees(c, current(c.text))]));
  const failingBefore = new Set(checkExamples(examples, current).map((f) => f.example));
  const alreadyRight = corrections.filter((c) => before.get(c));
  const wrong = corrections.filter((c) => !before.get(c));
  const known = new Set<string>();
  for (const cat of rules.categories)
    for (const t of [...Object.keys(cat.objects), ...Object.keys(cat.problems), ...Object.keys(cat.aliases), ...Object.keys(cat.cues)])
      known.add(t);

  const suggestions: RuleSuggestion[] = [];
  const unresolved: Correction[] = [];
  for (const c of wrong) {
    if (suggestions.some((s) => s.fixes.includes(c))) continue;
    let found: RuleSuggestion | null = null;
    let fallback: RuleSuggestion | null = null;
    for (const edit of candidates(c, rules, segmenter, known)) {
      const classify = build(applyEdit(rules, edit));
      if (!agrees(c, classify(c.text))) continue;
      const s: RuleSuggestion = {
        edit,
        fixes: wrong.filter((w) => agrees(w, classify(w.text))),
        breaksCorrections: alreadyRight.filter((r) => !agrees(r, classify(r.text))),
        breaksExamples: checkExamples(examples, classify).filter((f) => !failingBefore.has(f.example)),
      };
      if (s.breaksCorrections.length === 0 && s.breaksExamples.length === 0) {
        if (found === null || s.fixes.length > found.fixes.length) found = s;
        if (found.fixes.length > 1) break;
      } else if (fallback === null) fallback = s;
    }
    const chosen = found ?? fallback;
    if (chosen === null) unresolved.push(c);
    else suggestions.push(chosen);
  }
  return { suggestions, alreadyRight, unresolved };
}

/** The edits worth trying for one wrong correction, most general first. */
function candidates(c: Correction, rules: Rules, segmenter: Segmenter, known: ReadonlySet<string>): RuleEdit[] {
  const tokens = segmenter.cut(c.text);
  const words = [...new Set(tokens.filter((t) => WORD.test(t) && !known.has(t)))].sort((a, b) => b.length - a.length);
  const enabled = new Set(rules.categories.filter((x) => x.enabled).map((x) => x.code));
  if (c.kind === 'not_report') {
    const from = c.fromCategory;
    if (from === null || !enabled.has(from)) return [];
    // A phrase, never a short word on its own (rules check's rule): adjacent words joined.
    const phrases: string[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      const p = tokens[i]! + tokens[i + 1]!;
      if (WORD.test(p) && !isShortWord(p) && !known.has(p) && !phrases.includes(p)) phrases.push(p);
    }
    return phrases.slice(0, MAX_CANDIDATES).map((term) => ({ category: from, section: 'cues', term, weight: AGAINST_WEIGHT }));
  }
  const to = c.toCategory;
  if (to === null || !enabled.has(to)) return [];
  return words.slice(0, MAX_CANDIDATES).map((term) => ({ category: to, section: 'objects', term, weight: OBJECT_WEIGHT }));
}

/** A copy of `rules` with one edit applied (the original is not changed). */
export function applyEdit(rules: Rules, edit: RuleEdit): Rules {
  return {
    ...rules,
    categories: rules.categories.map(
      (cat): CategoryRule =>
        cat.code !== edit.category ? cat : { ...cat, [edit.section]: { ...cat[edit.section], [edit.term]: edit.weight } },
    ),
  };
}
