// Everything the bot reads from the rules directory, loaded together so a reload swaps all of it
// at once or nothing (an invalid edit keeps the last good set).
import { createClassifier } from '../core/classify/create-classifier.js';
import type { Classifier } from '../core/classify/types.js';
import type { CategoryName } from '../core/deps.js';
import type { Replies } from '../core/replies/reply-keys.js';
import type { Deadlines } from '../core/tickets/deadlines.js';
import { loadDeadlines } from '../infra/db/load-deadlines.js';
import { createJiebaSegmenter } from '../infra/jieba-segmenter.js';
import { loadReplies } from '../infra/replies/load-replies.js';
import { loadThroughCache } from '../infra/rules/cached-rules.js';
import { loadRules } from '../infra/rules/load-rules.js';

export interface RuleSet {
  classifier: Classifier;
  categories: CategoryName[];
  deadlines: Deadlines;
  replies: Replies;
  /** Words saying a problem is back (the `again` cue group): a reporter's plain-word 没修好. */
  againCues: string[];
}

/** Throws RulesError (file, line, field, what to fix) on the first problem. */
export function loadRuleSet(rulesDir: string): RuleSet {
  const rules = loadThroughCache(rulesDir, loadRules);
  const classifier = createClassifier(rules, createJiebaSegmenter(rules));
  return {
    classifier,
    categories: rules.categories.map((c) => ({ code: c.code, name: c.name })),
    deadlines: loadDeadlines(rulesDir),
    replies: loadReplies(rulesDir),
    againCues: rules.cues.filter((g) => g.kind === 'again').flatMap((g) => g.terms),
  };
}
