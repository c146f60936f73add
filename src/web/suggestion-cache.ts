// The 规则 page's suggestions, computed off the request path: the first request for a set of
// corrections starts the computation (a worker thread by default) and gets "computing"; later
// requests get the result at once until the corrections or the rules change. The key is the
// rules version (the classifier object, replaced on every reload) and the corrections (count
// and last id): a new correction or a reload computes afresh; applying a suggestion forgets all.
import { Worker } from 'node:worker_threads';
import type { Rules } from '../core/classify/rules.js';
import type { Suggestions } from '../core/classify/suggest-rule-edits.js';
import type { Correction } from '../core/tickets/types.js';

interface FoundSuggestions {
  rules: Rules;
  result: Suggestions;
}

/** What a computation ends in: the suggestions, or why not (`rules`: the rule files are broken). */
export type SuggestionOutcome = { ok: true; found: FoundSuggestions } | { ok: false; rules: boolean; message: string };

export type ComputeSuggestions = (dir: string, corrections: readonly Correction[]) => Promise<SuggestionOutcome>;

export interface SuggestionCache {
  /** Ready now, or null while it is being computed (started by this call if needed). */
  peek(rulesVersion: object, corrections: readonly Correction[]): SuggestionOutcome | null;
  /** Waits for the outcome (for applying one: the page's choice must be checked against it). */
  get(rulesVersion: object, corrections: readonly Correction[]): Promise<SuggestionOutcome>;
  /** The rule files were written: every cached outcome is stale. */
  invalidate(): void;
  /** Resolves once no computation is running (tests, shutdown). */
  settled(): Promise<void>;
}

/** How many sets of suggestions stay in memory (a few communities' scopes at once). */
const KEPT = 8;

export function createSuggestionCache(dir: string, compute: ComputeSuggestions = computeInWorker): SuggestionCache {
  let generation = 0;
  let nextVersion = 1;
  const versions = new WeakMap<object, number>();
  const entries = new Map<string, { outcome: SuggestionOutcome | null; done: Promise<SuggestionOutcome> }>();
  const keyOf = (rulesVersion: object, corrections: readonly Correction[]) => {
    if (!versions.has(rulesVersion)) versions.set(rulesVersion, nextVersion++);
    const last = corrections.at(-1);
    return `${generation}:${versions.get(rulesVersion)}:${corrections.length}:${last?.id ?? 0}:${corrections[0]?.id ?? 0}`;
  };
  const start = (key: string, corrections: readonly Correction[]) => {
    let entry = entries.get(key);
    if (!entry) {
      // A few keys are kept (each community's admins, a district admin: different corrections);
      // the oldest finished one goes first.
      for (const [k, e] of entries) {
        if (entries.size < KEPT) break;
        if (e.outcome) entries.delete(k);
      }
      const done = compute(dir, corrections).catch(
        (err: unknown): SuggestionOutcome => ({ ok: false, rules: false, message: err instanceof Error ? err.message : String(err) }),
      );
      const created = { outcome: null as SuggestionOutcome | null, done };
      void done.then((outcome) => {
        created.outcome = outcome;
      });
      entries.set(key, created);
      entry = created;
    }
    return entry;
  };
  return {
    peek: (rulesVersion, corrections) => start(keyOf(rulesVersion, corrections), corrections).outcome,
    get: (rulesVersion, corrections) => start(keyOf(rulesVersion, corrections), corrections).done,
    invalidate() {
      generation++;
      entries.clear();
    },
    async settled() {
      await Promise.all([...entries.values()].map((e) => e.done));
    },
  };
}

/** One worker thread per computation (rare: only when corrections or rules change). */
function computeInWorker(dir: string, corrections: readonly Correction[]): Promise<SuggestionOutcome> {
  // Built: the .js beside this file. From source (tests, tsx): the .ts, through tsx's loader
  // registered inside the worker (a worker does not inherit the parent's loader).
  const source = import.meta.url.endsWith('.ts');
  const entry = new URL(`./suggest-worker.${source ? 'ts' : 'js'}`, import.meta.url);
  const worker = source
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, {
        eval: true,
        workerData: { dir, corrections },
      })
    : new Worker(entry, { workerData: { dir, corrections } });
  return new Promise((resolve, reject) => {
    worker.once('message', (outcome: SuggestionOutcome) => {
      resolve(outcome);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`规则建议的计算意外结束（${code}）`)));
  });
}
