// Worker thread entry: the rule suggestions of one set of corrections (seconds of CPU: a
// classifier per candidate edit), computed off the main thread so the bot and the dashboard keep
// answering meanwhile. See suggestion-cache.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { Correction } from '../core/tickets/types.js';
import { suggestionOutcome } from './suggestion-outcome.js';

const { dir, corrections } = workerData as { dir: string; corrections: Correction[] };
parentPort!.postMessage(suggestionOutcome(dir, corrections));
