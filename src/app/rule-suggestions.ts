// The staff corrections turned into rule suggestions, and the writing of chosen ones: one path
// for `yishiting rules suggest [--apply]` and the dashboard's 规则 page.
import { createClassifier } from '../core/classify/create-classifier.js';
import { checkExamples, type ExampleFailure } from '../core/classify/check-examples.js';
import { lintRules } from '../core/classify/lint-rules.js';
import type { Rules } from '../core/classify/rules.js';
import { suggestRuleEdits, type RuleEdit, type RuleSuggestion, type Suggestions } from '../core/classify/suggest-rule-edits.js';
import type { Correction } from '../core/tickets/types.js';
import { createJiebaSegmenter } from '../infra/jieba-segmenter.js';
import { loadThroughCache } from '../infra/rules/cached-rules.js';
import { loadExamples } from '../infra/rules/load-examples.js';
import { loadRules } from '../infra/rules/load-rules.js';
import { writeRuleEdits } from '../infra/rules/write-rule-edits.js';
import { checkRuleSet } from './check-rule-set.js';

/** The rules under `dir` (throws RulesError when broken) and the suggestions from `corrections`. */
export function ruleSuggestions(dir: string, corrections: readonly Correction[]): { rules: Rules; result: Suggestions } {
  const rules = loadThroughCache(dir, loadRules);
  const segmenter = createJiebaSegmenter(rules);
  return {
    rules,
    result: suggestRuleEdits(rules, corrections, loadExamples(dir), segmenter, (r) => createClassifier(r, segmenter).classify),
  };
}

/** A suggestion that breaks no example and no correction that was right. */
export function isSafeSuggestion(s: RuleSuggestion): boolean {
  return s.breaksExamples.length === 0 && s.breaksCorrections.length === 0;
}

/** A stable name for one edit, so that a page applies exactly the suggestion it showed. */
export function ruleEditKey(e: RuleEdit): string {
  return `${e.category}/${e.section}/${e.term}`;
}

export interface AppliedRuleEdits {
  /** Files written (comments kept). */
  files: string[];
  /** `rules check` after the write: problems that stop loading, then example failures. */
  problems: string[];
  failedExamples: ExampleFailure[];
  warnings: number;
}

/** Writes the edits into `dir` and checks the rule set as `rules check` does. */
export function applyRuleEdits(dir: string, edits: readonly RuleEdit[]): AppliedRuleEdits {
  const files = writeRuleEdits(dir, edits);
  const { rules, problems, examples } = checkRuleSet(dir);
  if (!rules || problems.length > 0) return { files, problems: problems.map((p) => p.message), failedExamples: [], warnings: 0 };
  const names = new Map(rules.categories.map((c) => [c.code, c.name]));
  const failedExamples = checkExamples(examples, createClassifier(rules, createJiebaSegmenter(rules)).classify, names);
  return { files, problems: [], failedExamples, warnings: lintRules(rules).length };
}
