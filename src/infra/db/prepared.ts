// Statements prepared once per connection: building a drizzle query and preparing it costs far
// more than running it, and lookups such as getRoom run for every incoming message.
import type { Db } from './open-database.js';

const caches = new WeakMap<Db, Map<string, unknown>>();

/** The statement `build()` makes for this connection, built on first use under `name`. */
export function prepared<T>(db: Db, name: string, build: () => T): T {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build();
    cache.set(name, statement);
  }
  return statement;
}
