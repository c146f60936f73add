// Worker thread entry: the rule suggestions of one set of corrections (seconds of CPU: a
// classifier per candidate edit), computed off the main thread so the bot and the dashboard keep
// answering meanwhile. See suggestion-cache.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { ruleSuggestions } from '../app/rule-suggestions.js';
import type { Correction } from '../core/tickets/types.js';
import { RulesError } from '../infra/rules/rules-error.js';

const { dir, corrections } = workerData as { dir: string; corrections: Correction[] };
try {
  parentPort!.postMessage({ ok: true, found: ruleSuggestions(dir, corrections) });
} catch (err) {
  parentPort!.postMessage({ ok: false, rules: err instanceof RulesError, message: err instanceof Error ? err.message : String(err) });
}
