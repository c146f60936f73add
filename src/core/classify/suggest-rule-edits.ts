// `yishiting rules suggest`: turns staff corrections (#改类, #不是诉求, #登记) into concrete rule
// edits — add this word to that category, add this phrase as a cue against it — each tried on
// a copy of the rules, kept only when it fixes its correction, and shown with every correction
// it fixes and every example or earlier-right correction it would break. The words tried are
// the distinctive ones (distinctive-terms.ts): frequent in the messages labelled like the
// correction, rare in the others, and not problem phrases.
import type { Correction } from '../tickets/types.js';
import { checkExamples, type ExampleFailure, type RuleExample } from './check-examples.js';
import { distinctiveTerms, type LabelledText } from './distinctive-terms.js';
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
  /**
   * How many corrections and examples labelled like the corrected message hold the term
   * (`here`, the message included), and how many labelled otherwise (`elsewhere`).
   */
  support: { here: number; elsewhere: number };
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
  const labelled: LabelledText[] = [
    ...corrections.map((c) => ({ text: c.text, label: c.kind === 'not_report' ? null : c.toCategory })),
    ...examples.flatMap((e): LabelledText[] =>
      !e.report ? [{ text: e.text, label: null }] : e.category ? [{ text: e.text, label: e.category }] : [],
    ),
  ];

  const suggestions: RuleSuggestion[] = [];
  const unresolved: Correction[] = [];
  for (const c of wrong) {
    if (suggestions.some((s) => s.fixes.includes(c))) continue;
    let found: RuleSuggestion | null = null;
    let fallback: RuleSuggestion | null = null;
    for (const { edit, support } of candidates(c, rules, segmenter, labelled)) {
      const classify = build(applyEdit(rules, edit));
      if (!agrees(c, classify(c.text))) continue;
      const s: RuleSuggestion = {
        edit,
        support,
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

/** The edits worth trying for one wrong correction, most distinctive first. */
function candidates(
  c: Correction,
  rules: Rules,
  segmenter: Segmenter,
  labelled: readonly LabelledText[],
): { edit: RuleEdit; support: RuleSuggestion['support'] }[] {
  const enabled = new Set(rules.categories.filter((x) => x.enabled).map((x) => x.code));
  const against = c.kind === 'not_report' ? c.fromCategory : null;
  const to = c.kind === 'not_report' ? null : c.toCategory;
  const category = against ?? to;
  if (category === null || !enabled.has(category)) return [];
  // Against a category: a phrase (never a short word on its own, rules check's rule).
  return distinctiveTerms(c.text, to, against, labelled, rules, segmenter)
    .slice(0, MAX_CANDIDATES)
    .map(({ term, here, elsewhere }) => ({
      edit:
        against !== null
          ? { category: against, section: 'cues', term, weight: AGAINST_WEIGHT }
          : { category, section: 'objects', term, weight: OBJECT_WEIGHT },
      support: { here, elsewhere },
    }));
}

/** Why this term, in plain Chinese (rules suggest and the dashboard's 规则 page). */
export function describeSupport(s: RuleSuggestion): string {
  const { here, elsewhere } = s.support;
  return s.edit.section === 'objects'
    ? `依据：标成这一类的更正和例子里有 ${here} 条说到「${s.edit.term}」，标成别的有 ${elsewhere} 条`
    : `依据：不是诉求的更正和例子里有 ${here} 条说到「${s.edit.term}」，是诉求的有 ${elsewhere} 条`;
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
