import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgDatabase, type PgDb, type PgHandle } from '../../../src/infra/pg/open-pg-database.js';
import { communities } from '../../../src/infra/pg/pg-schema.js';
import {
  isRetryableTransactionError,
  retryDelayMs,
  retryingTransactions,
  runWithRetries,
  type TransactionRetryPolicy,
} from '../../../src/infra/pg/retrying-transactions.js';
import { createEmptyServerDatabase, pgServerReachable } from '../../helpers/pg-test-database.js';

/** A policy that records its pauses instead of waiting. */
function recordingPolicy(attempts = 5): TransactionRetryPolicy & { pauses: number[] } {
  const pauses: number[] = [];
  return { attempts, baseDelayMs: 5, random: () => 0.5, delay: async (ms) => void pauses.push(ms), pauses };
}

/** An error as drizzle raises it: the driver's error, with its SQLSTATE, as the cause. */
function pgError(code: string): Error {
  return new Error('Failed query: update …', { cause: Object.assign(new Error('deadlock detected'), { code }) });
}

/** A stub connection whose transactions fail with `codes`, one per run, then succeed. */
function stubDb(codes: string[]): { db: PgDb; runs: () => number } {
  let runs = 0;
  const db = {
    transaction: async () => {
      const code = codes[runs++];
      if (code) throw pgError(code);
      return 'committed';
    },
  } as unknown as PgDb;
  return { db, runs: () => runs };
}

function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('retrying transactions', async () => {
  it('runs a transaction again after a deadlock, a serialization failure and a lock timeout', async () => {
    const policy = recordingPolicy();
    const stub = stubDb(['40P01', '40001', '55P03']);
    await expect(retryingTransactions(stub.db, policy).transaction(async () => undefined)).resolves.toBe('committed');
    expect(stub.runs()).toBe(4);
    expect(policy.pauses).toEqual([3.75, 7.5, 15]);
  });

  it('does not retry any other error', async () => {
    const policy = recordingPolicy();
    const stub = stubDb(['23505']);
    await expect(retryingTransactions(stub.db, policy).transaction(async () => undefined)).rejects.toThrow(/Failed query/);
    expect(stub.runs()).toBe(1);
    expect(policy.pauses).toEqual([]);
    let runs = 0;
    const fails = runWithRetries(async () => {
      runs++;
      throw new Error('社区编号 9 不存在。');
    }, policy);
    await expect(fails).rejects.toThrow('社区编号 9 不存在。');
    expect(runs).toBe(1);
  });

  it('gives up after its attempts and passes the last error on', async () => {
    const policy = recordingPolicy(3);
    const stub = stubDb(['40P01', '40P01', '40P01', '40P01']);
    const err = await retryingTransactions(stub.db, policy)
      .transaction(async () => undefined)
      .catch((e: Error) => e);
    expect(isRetryableTransactionError(err)).toBe(true);
    expect(stub.runs()).toBe(3);
    expect(policy.pauses).toHaveLength(2);
  });

  it('pauses between half and all of a doubling base', () => {
    expect(retryDelayMs(1, { baseDelayMs: 5, random: () => 0 })).toBe(2.5);
    expect(retryDelayMs(1, { baseDelayMs: 5, random: () => 0.999 })).toBeCloseTo(5, 1);
    expect(retryDelayMs(3, { baseDelayMs: 5, random: () => 0 })).toBe(10);
    expect(isRetryableTransactionError(Object.assign(new Error('x'), { code: '40001' }))).toBe(true);
    expect(isRetryableTransactionError(new Error('connect ECONNREFUSED'))).toBe(false);
    expect(isRetryableTransactionError(null)).toBe(false);
  });

  describe.runIf(await pgServerReachable())('on a server', () => {
    let empty: Awaited<ReturnType<typeof createEmptyServerDatabase>>;
    const policy = recordingPolicy();
    let pools: PgHandle[];
    beforeAll(async () => {
      empty = await createEmptyServerDatabase();
      pools = [await openPgDatabase(empty.url, { poolSize: 2, retry: policy })];
      pools.push(await openPgDatabase(empty.url, { poolSize: 2, retry: policy }));
      await pools[0]!.db.insert(communities).values([
        { id: 1, name: '甲', createdAt: new Date() },
        { id: 2, name: '乙', createdAt: new Date() },
      ]);
    });
    afterAll(async () => {
      await Promise.all(pools.map((p) => p.close()));
      await empty.drop();
    });

    it('retries the loser of a deadlock between two pools, and both transactions commit', async () => {
      const locked = [deferred(), deferred()];
      const committed = [deferred(), deferred()];
      const runsOf = [0, 0];
      let runs = 0;
      /**
       * Pool `i` locks community `first`, waits until the other pool holds its first row, then takes
       * `second`. Run again, it first waits for the other's commit: on a busy machine the winner may
       * not have taken the loser's row yet, and the two would deadlock a second time.
       */
      const bump = (i: number, first: number, second: number) =>
        pools[i]!.db.transaction(async (tx) => {
          runs++;
          if (runsOf[i]!++ > 0) await committed[1 - i]!.promise;
          await tx.execute(sql`set local deadlock_timeout = '10ms'`);
          await tx
            .update(communities)
            .set({ lastNumber: sql`${communities.lastNumber} + 1` })
            .where(eq(communities.id, first));
          locked[i]!.resolve();
          await locked[1 - i]!.promise;
          await tx
            .update(communities)
            .set({ lastNumber: sql`${communities.lastNumber} + 1` })
            .where(eq(communities.id, second));
          return i;
        }).finally(() => committed[i]!.resolve());
      await expect(Promise.all([bump(0, 1, 2), bump(1, 2, 1)])).resolves.toEqual([0, 1]);
      expect(runs).toBe(3);
      expect(policy.pauses).toHaveLength(1);
      const rows = await pools[0]!.db.select({ n: communities.lastNumber }).from(communities).orderBy(communities.id);
      expect(rows.map((r) => r.n)).toEqual([2, 2]);
    });
  });
});
