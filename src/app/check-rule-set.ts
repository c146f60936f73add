// `rules check`: every file the bot reads under rules/ — categories/*.yaml and cues.yaml (the
// classifier, with urgency.yaml and the examples), replies.yaml (placeholders), deadlines.yaml (durations, category codes) — each
// checked on its own, so that one run reports every broken file, not only the first.
import { join } from 'node:path';
import type { Rules } from '../core/classify/rules.js';
import { loadDeadlines } from '../infra/db/load-deadlines.js';
import { loadReplies } from '../infra/replies/load-replies.js';
import { loadThroughCache } from '../infra/rules/cached-rules.js';
import { loadRules } from '../infra/rules/load-rules.js';
import { loadExamples } from '../infra/rules/load-examples.js';
import type { RuleExample } from '../core/classify/check-examples.js';
import { RulesError } from '../infra/rules/rules-error.js';
import { suggestKey } from '../infra/rules/describe-issue.js';

export interface RuleSetCheck {
  /** The classifier rules, when categories and cues are valid. */
  rules: Rules | null;
  /** Every problem found, one per file at most (a loader stops at the first in its file). */
  problems: RulesError[];
  /** The files checked, as shown to the user. */
  checked: string[];
  /** The community's examples (examples.yaml), to run against the rules. */
  examples: RuleExample[];
}

export function checkRuleSet(dir: string): RuleSetCheck {
  const problems: RulesError[] = [];
  const attempt = <T>(load: () => T): T | null => {
    try {
      return load();
    } catch (err) {
      if (!(err instanceof RulesError)) throw err;
      problems.push(err);
      return null;
    }
  };
  // Rules that loaded before, unchanged, come from the cache: parsing the YAML is most of a check.
  const rules = attempt(() => loadThroughCache(dir, loadRules));
  const deadlines = attempt(() => loadDeadlines(dir));
  attempt(() => loadReplies(dir));
  const examples = attempt(() => loadExamples(dir)) ?? [];

  if (rules && deadlines) {
    const codes = rules.categories.map((c) => c.code);
    for (const code of Object.keys(deadlines.categories)) {
      if (codes.includes(code)) continue;
      const guess = suggestKey(code, codes);
      const hint = guess ? `，是不是想写「${guess}」？` : `，请对照 categories 目录里的类别代码修改或删掉。`;
      problems.push(new RulesError(join(dir, 'deadlines.yaml'), null, `categories.${code}`, `没有「${code}」这个类别${hint}`));
    }
  }
  const checked = ['categories/*.yaml', 'cues.yaml', 'urgency.yaml', 'replies.yaml', 'deadlines.yaml', 'examples.yaml'].map((f) =>
    join(dir, f),
  );
  return { rules, problems, checked, examples };
}
