// A test file's PostgreSQL database reached through several connection pools, as several bot
// processes would reach it: `dbFor(i)` spreads work over the pools. On PGlite (no server) there is
// one connection, and every `dbFor(i)` is it.
import { afterAll, beforeAll } from 'vitest';
import { openPgDatabase, type PgDb, type PgHandle } from '../../src/infra/pg/open-pg-database.js';
import { createTestPgDatabase, PG_SETUP_MS, type TestPgDatabase } from './pg-test-database.js';

export function usePgPools(count: number, poolSize = 2): { db(): PgDb; dbFor(i: number): PgDb } {
  let database: TestPgDatabase;
  let pools: PgHandle[] = [];
  beforeAll(async () => {
    database = await createTestPgDatabase();
    if (database.url) pools = await Promise.all(Array.from({ length: count }, () => openPgDatabase(database.url!, { poolSize })));
  }, PG_SETUP_MS);
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
    await database.drop();
  });
  return { db: () => database.db, dbFor: (i) => (pools.length > 0 ? pools[i % pools.length]!.db : database.db) };
}
