// Advisory locks of the PostgreSQL store: where SQLite serialises every write (BEGIN IMMEDIATE),
// PostgreSQL lets transactions of several processes run together; the few writes that read
// before they insert (a new room's key, a roster sync) take one of these first.
import { sql } from 'drizzle-orm';
import type { PgDb } from './open-pg-database.js';

/** Lock ids: any numbers, the same in every process and version. */
export const PG_LOCKS = { migrate: 7_202_612, rooms: 7_202_613, roster: 7_202_614, ruleSets: 7_202_615 } as const;

/** Takes `lock` until the end of the transaction `tx`. */
export async function lockForTransaction(tx: PgDb, lock: keyof typeof PG_LOCKS): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${PG_LOCKS[lock]})`);
}
