// Opens a PostgreSQL database (postgres://…) through node-postgres: a pool of connections, the
// committed drizzle migrations applied under an advisory lock (several bot processes may start at
// once), and the store code typed against drizzle's generic PgDatabase so that it runs unchanged on
// node-postgres and on PGlite (the tests' fallback when no server is reachable).
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { PACKAGE_ROOT } from '../package-root.js';
import { redactDatabaseUrl } from './database-url.js';
import { PG_LOCKS } from './pg-locks.js';
import { retryingTransactions, type TransactionRetryPolicy } from './retrying-transactions.js';
import * as schema from './pg-schema.js';

/** Not compiled: read from src/ also when the bot runs from dist/. */
export const PG_MIGRATIONS = join(PACKAGE_ROOT, 'src/infra/pg/migrations');

/** A PostgreSQL connection (node-postgres or PGlite) or a transaction on one: what the PG store code takes. */
export type PgDb = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface PgHandle {
  db: PgDb;
  close(): Promise<void>;
}

export interface OpenPgOptions {
  /** Reads only: no migrations, and every transaction is read-only (export, stats, rules suggest). */
  readOnly?: boolean;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** How a transaction that lost to another (deadlock, serialization, lock timeout) is run again. */
  retry?: TransactionRetryPolicy;
  /** Told when an idle connection of the pool is lost (server restart, terminated backend); the pool connects afresh on next use. */
  onConnectionLost?: (err: Error) => void;
}

/** Opens `url`, migrated and ready (or read-only, as it is). The password never appears in an error. */
export async function openPgDatabase(url: string, options: OpenPgOptions = {}): Promise<PgHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(options.readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  });
  // An idle client that loses its connection (server restart) must not crash the process: the
  // pool drops it and connects afresh on next use.
  pool.on('error', (err) => options.onConnectionLost?.(err));
  const db = drizzle(pool, { schema });
  try {
    if (!options.readOnly) await migrateLocked(pool);
    else await pool.query('select 1');
  } catch (err) {
    await pool.end();
    throw new Error(`无法打开数据库 ${redactDatabaseUrl(url)}：${(err as Error).message}，请检查地址、用户和数据库是否存在。`, {
      cause: err,
    });
  }
  return { db: retryingTransactions(db as unknown as PgDb, options.retry), close: () => pool.end() };
}

/**
 * drizzle's migrator reads which migrations ran, then applies the rest in one transaction; two
 * processes starting together could both try. The advisory lock (held on a connection of its own
 * for the whole run) lets one migrate while the others wait, then find nothing left to do.
 */
async function migrateLocked(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  const db = drizzle(client, { schema });
  try {
    await db.execute(sql`select pg_advisory_lock(${PG_LOCKS.migrate})`);
    try {
      await migrate(db, { migrationsFolder: PG_MIGRATIONS });
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${PG_LOCKS.migrate})`);
    }
  } finally {
    client.release();
  }
}
