// The store contract suite runs each test file once per dialect: `describe.each(DIALECTS)` and, in
// it, `const db = useDialectDatabase(dialect)`. SQLite: a new in-memory database per test.
// PostgreSQL: one database per test file (test/helpers/pg-test-database.ts: a server, else PGlite),
// emptied before each test (ids restarted, so they count from 1 as in a new file).
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../src/infra/db/open-database.js';
import type { PgDb } from '../../src/infra/pg/open-pg-database.js';
import { createTestPgDatabase, EMPTY_PG, PG_SETUP_MS, type TestPgDatabase } from './pg-test-database.js';

export type Dialect = 'sqlite' | 'pg';
export const DIALECTS: readonly Dialect[] = ['sqlite', 'pg'];

export type DialectDb = { dialect: 'sqlite'; db: Db } | { dialect: 'pg'; db: PgDb };

/**
 * The database of the current test, fresh for each test (`shared`: one for the whole describe
 * block, for tests that only read what a beforeAll wrote); call at the top of a describe block.
 */
export function useDialectDatabase(dialect: Dialect, { shared = false } = {}): () => DialectDb {
  let current: DialectDb | undefined;
  if (dialect === 'sqlite') {
    (shared ? beforeAll : beforeEach)(() => {
      current = { dialect, db: openDatabase(':memory:') };
    });
    (shared ? afterAll : afterEach)(() => {
      if (current?.dialect === 'sqlite') closeDatabase(current.db);
    });
  } else {
    let pg: TestPgDatabase | undefined;
    beforeAll(async () => {
      pg = await createTestPgDatabase();
      current = { dialect, db: pg.db };
    }, PG_SETUP_MS);
    afterAll(() => pg?.drop());
    if (!shared)
      beforeEach(async () => {
        await pg!.db.execute(EMPTY_PG);
        current = { dialect, db: pg!.db };
      });
  }
  return () => current!;
}

/** Row count of a table, to prove that a refused call wrote nothing. */
export async function countRows(d: DialectDb, table: string): Promise<number> {
  if (d.dialect === 'sqlite') return (d.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  const rows = (await d.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown;
  // node-postgres returns { rows }, PGlite { rows } as well; both through drizzle's execute.
  return (rows as { rows: { n: number }[] }).rows[0]!.n;
}
