// Kept apart from the rule loader so that using rules (the segmenter, lint) does not load the YAML parser.
import type { Rules } from './rules.js';

/** Every term the classifier may match, for the segmenter's user dictionary. */
export function allRuleTerms(rules: Rules): string[] {
  const terms = new Set<string>();
  for (const c of rules.categories) {
    for (const t of [...Object.keys(c.objects), ...Object.keys(c.problems), ...Object.keys(c.aliases), ...Object.keys(c.cues), ...c.urgent])
      terms.add(t);
  }
  const u = rules.urgency;
  for (const t of [
    ...Object.keys(rules.problems),
    ...rules.cues.flatMap((g) => g.terms),
    ...u.hazards.flatMap((h) => h.terms),
    ...u.exposures.flatMap((x) => x.terms),
    ...u.cancel,
    ...(u.nearly ?? []),
    ...(rules.language.now ?? []),
    ...(rules.language.words ?? []),
    ...(rules.language.still ?? []),
    ...u.over,
  ])
    terms.add(t);
  return [...terms];
}
