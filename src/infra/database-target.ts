// What `--db`, $YISHITING_DB and the config's `database:` name: an SQLite file, or a PostgreSQL
// server (postgres://… or postgresql://…). Light on purpose: sub-commands check it before they load
// the store.
import { resolve } from 'node:path';
import { isPgUrl, validateDatabaseUrl } from './pg/database-url.js';

/** A path made absolute, or a PostgreSQL address checked (DatabaseUrlError: one Chinese sentence, no password). */
export function resolveDatabaseTarget(target: string): string {
  return isPgUrl(target) ? validateDatabaseUrl(target) : resolve(target);
}
