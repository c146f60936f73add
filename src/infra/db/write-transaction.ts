// Every multi-row change runs through here: one BEGIN IMMEDIATE transaction, so that the write
// lock is taken up front (no deadlock between two processes upgrading read locks) and waits for
// busy_timeout when another process holds it.
import type { Db } from './open-database.js';

export function writeTransaction<T>(db: Db, fn: () => T): T {
  return db.$client.transaction(fn).immediate();
}
