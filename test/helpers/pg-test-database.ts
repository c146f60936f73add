// A fresh PostgreSQL database for one test file: CREATE DATABASE yst_<random> on the server at
// $YISHITING_TEST_PG (default postgres://postgres@127.0.0.1:5432/postgres), migrated, dropped
// afterwards. Where no server answers, an in-memory PGlite runs the same migrations instead (said
// once per process; one PGlite per process, emptied between files, as it takes seconds to start);
// when CI is set, an unreachable server fails the run instead.
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { openPgDatabase, PG_MIGRATIONS, type PgDb } from '../../src/infra/pg/open-pg-database.js';
import * as schema from '../../src/infra/pg/pg-schema.js';
import { retryingTransactions } from '../../src/infra/pg/retrying-transactions.js';

const SERVER = process.env.YISHITING_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

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

/** A new, migrated database on the server (or PGlite). */
export async function createTestPgDatabase(): Promise<TestPgDatabase> {
  if (!(await pgServerReachable())) {
    pglite ??= new PGlite();
    const client = pglite;
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: PG_MIGRATIONS });
    const empty = 'drop schema public cascade; create schema public; drop schema drizzle cascade;';
    return { db: retryingTransactions(db as unknown as PgDb), url: null, drop: async () => void (await client.exec(empty)) };
  }
  const empty = await createEmptyServerDatabase();
  const handle = await openPgDatabase(empty.url);
  return {
    db: handle.db,
    url: empty.url,
    drop: async () => {
      await handle.close();
      await empty.drop();
    },
  };
}

/** Creates an empty database on the server and returns its address and a drop (server only). */
export async function createEmptyServerDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `yst_${randomBytes(6).toString('hex')}`;
  await onServer(`create database ${name}`);
  // A test database need not survive a power cut: commits without waiting for the disk.
  await onServer(`alter database ${name} set synchronous_commit = off`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => onServer(`drop database if exists ${name} with (force)`) };
}
