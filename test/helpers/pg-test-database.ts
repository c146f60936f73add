// A PostgreSQL database of its own for one test file: CREATE DATABASE yst_<random> on the server at
// $YISHITING_TEST_PG (default postgres://postgres@127.0.0.1:5432/postgres), migrated; afterwards
// emptied for the process's next file (dropped at the end of the run), or dropped. Where no server answers, an in-memory PGlite runs the same migrations instead (said
// once per process; one PGlite per process, emptied between files, as it takes seconds to start);
// when CI is set, an unreachable server fails the run instead.
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { openPgDatabase, PG_MIGRATIONS, type PgDb } from '../../src/infra/pg/open-pg-database.js';
import * as schema from '../../src/infra/pg/pg-schema.js';
import { retryingTransactions } from '../../src/infra/pg/retrying-transactions.js';

export const SERVER = process.env.YISHITING_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The environment variable naming this run's databases (set by test/helpers/pg-global-setup.ts). */
export const PG_RUN = 'YISHITING_TEST_PG_RUN';

export interface TestPgDatabase {
  db: PgDb;
  /** The database's address, or null on PGlite. */
  url: string | null;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

let reachable: Promise<boolean> | undefined;
/** PGlite takes seconds to start: one per process, emptied and migrated again for each test file. */
let pglite: PGlite | undefined;

/** Whether the test server answers (asked once per process). */
export function pgServerReachable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch (err) {
      if (process.env.CI) throw new Error(`CI: PostgreSQL at ${SERVER} is unreachable (${(err as Error).message})`);
      console.warn(`No PostgreSQL server at ${SERVER}: the PostgreSQL tests run on PGlite (in-memory) instead.`);
      return false;
    }
  })();
  return reachable;
}

/** Runs `sql` on the server's maintenance database. */
async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The timeout of a test or hook that makes a PostgreSQL database: a server database takes a
 * fraction of a second (the unit tests' 10 s is plenty), PGlite (no server) seconds to start.
 */
export const PG_SETUP_MS = (await pgServerReachable()) ? 10_000 : 60_000;

/**
 * Server databases this process made for test files that are done with them, emptied. Creating
 * and migrating one costs most of a second (a few on a busy machine), and a worker process runs
 * many files: the next file takes one of these. Only under test/vitest.config.ts, whose global
 * teardown (test/helpers/pg-global-setup.ts) drops them by the run's name prefix.
 */
const spare: string[] = [];

/** A migrated database on the server (or PGlite) with no rows, ids counting from 1. */
export async function createTestPgDatabase(): Promise<TestPgDatabase> {
  if (!(await pgServerReachable())) {
    pglite ??= new PGlite();
    const client = pglite;
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: PG_MIGRATIONS });
    const empty = 'drop schema public cascade; create schema public; drop schema drizzle cascade;';
    return { db: retryingTransactions(db as unknown as PgDb), url: null, drop: async () => void (await client.exec(empty)) };
  }
  const run = process.env[PG_RUN];
  const reused = run ? spare.pop() : undefined;
  const database = reused ? { url: reused, drop: async () => {} } : await createEmptyServerDatabase(run);
  // New connections each time: nothing a file set on its sessions reaches the next file.
  const handle = await openPgDatabase(database.url);
  if (reused) await handle.db.execute(EMPTY_PG);
  return {
    db: handle.db,
    url: database.url,
    drop: async () => {
      await handle.close();
      if (run) spare.push(database.url);
      else await database.drop();
    },
  };
}

/**
 * Empties every table and restarts the ids, in one statement. DELETE in foreign-key order, not
 * TRUNCATE: on a server TRUNCATE rewrites files and costs most of a second per test.
 */
export const EMPTY_PG = (() => {
  const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => v instanceof PgTable).map(getTableConfig);
  const ordered: typeof tables = [];
  const referencedBy = (name: string) =>
    tables.filter((t) => t.foreignKeys.some((fk) => getTableConfig(fk.reference().foreignTable).name === name));
  const visit = (t: (typeof tables)[number]) => {
    if (ordered.includes(t)) return;
    for (const child of referencedBy(t.name)) if (child !== t) visit(child);
    ordered.push(t);
  };
  for (const t of tables) visit(t);
  const steps = ordered.map((t) =>
    t.columns.some((c) => c.name === 'id')
      ? `delete from "${t.name}"; perform setval(pg_get_serial_sequence('"${t.name}"', 'id'), 1, false);`
      : `delete from "${t.name}";`,
  );
  return sql.raw(`do $$ begin ${steps.join(' ')} end $$`);
})();

/** Creates an empty database on the server and returns its address and a drop (server only). */
export async function createEmptyServerDatabase(run?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `yst_${run ? `${run}_` : ''}${randomBytes(6).toString('hex')}`;
  await onServer(`create database ${name}`);
  // A test database need not survive a power cut: commits without waiting for the disk.
  await onServer(`alter database ${name} set synchronous_commit = off`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => onServer(`drop database if exists ${name} with (force)`) };
}
