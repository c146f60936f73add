// One computation of the 规则 page's suggestions, as the worker thread runs it (suggest-worker.ts):
// the suggestions, or why there are none (`rules`: the rule files are broken).
import { ruleSuggestions } from '../app/rule-suggestions.js';
import type { Correction } from '../core/tickets/types.js';
import { RulesError } from '../infra/rules/rules-error.js';
import type { SuggestionOutcome } from './suggestion-cache.js';

export function suggestionOutcome(dir: string, corrections: readonly Correction[]): SuggestionOutcome {
  try {
    return { ok: true, found: ruleSuggestions(dir, corrections) };
  } catch (err) {
    return { ok: false, rules: err instanceof RulesError, message: err instanceof Error ? err.message : String(err) };
  }
}
