// The one transaction runner of the PostgreSQL store. Several processes write at once, so a
// transaction may lose to another one: PostgreSQL aborts it with a deadlock (40P01), a
// serialization failure (40001) or a lock timeout (55P03), and nothing of it was written. Such a
// transaction is run again from its start, a few times, after a short jittered pause; any other
// error, or the last attempt's, reaches the caller as it is. openPgDatabase wraps every pool in
// this, so each `db.transaction(…)` of the store code is retried without saying so.
import { setTimeout as sleep } from 'node:timers/promises';
import type { PgDb } from './open-pg-database.js';

export interface TransactionRetryPolicy {
  /** Runs in all, the first included (default 5). */
  attempts: number;
  /** Pause before the second run; it doubles for each further run (default 5 ms). */
  baseDelayMs: number;
  /** Waits `ms` (tests inject one that does not). */
  delay(ms: number): Promise<void>;
  /** A number in [0, 1) for the jitter (tests inject a fixed one). */
  random(): number;
}

const DEFAULT_RETRY_POLICY: TransactionRetryPolicy = {
  attempts: 5,
  baseDelayMs: 5,
  delay: (ms) => sleep(ms),
  random: Math.random,
};

/** SQLSTATEs of a transaction aborted for meeting another: deadlock, serialization failure, lock timeout. */
const RETRYABLE = new Set(['40P01', '40001', '55P03']);

/** True when `err` (or an error it wraps: drizzle puts the driver's in `cause`) says the transaction lost to another. */
export function isRetryableTransactionError(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Object && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (RETRYABLE.has(String((e as { code?: unknown }).code))) return true;
  }
  return false;
}

/** The pause before run `attempt + 1`: base × 2^(attempt-1), jittered to between half and all of it. */
export function retryDelayMs(attempt: number, policy: Pick<TransactionRetryPolicy, 'baseDelayMs' | 'random'>): number {
  const full = policy.baseDelayMs * 2 ** (attempt - 1);
  return full / 2 + (full / 2) * policy.random();
}

/** Runs `run` (one whole transaction) until it succeeds, fails for another reason, or has run `attempts` times. */
export async function runWithRetries<T>(run: () => Promise<T>, policy: TransactionRetryPolicy = DEFAULT_RETRY_POLICY): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= policy.attempts || !isRetryableTransactionError(err)) throw err;
      await policy.delay(retryDelayMs(attempt, policy));
    }
  }
}

/**
 * `db` with its `transaction` retried (see above); everything else is `db`'s own. A transaction
 * inside a transaction (a savepoint) is not retried by itself: the outer one is run again.
 */
export function retryingTransactions(db: PgDb, policy: TransactionRetryPolicy = DEFAULT_RETRY_POLICY): PgDb {
  const transaction: PgDb['transaction'] = (fn, config) => runWithRetries(() => db.transaction(fn, config), policy);
  return Object.assign(Object.create(db) as PgDb, { transaction });
}
