// Typed statements prepared once per connection. Building a drizzle query and preparing it costs
// about ten times running it (see sqlite-intake.ts); the paths every message takes (intake, the
// room and staff lookups, the outbox) prepare theirs once, the rest build queries as they go.
import type { Db } from './open-database.js';

/**
 * `prepare(db)` made once per connection, e.g. an object of typed functions over prepared
 * statements: `const lookups = perConnection((db) => { const s = …prepare(); return { byKey: (key: string) => s.get({ key }) }; })`.
 */
export function perConnection<T>(prepare: (db: Db) => T): (db: Db) => T {
  const made = new WeakMap<Db, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) {
      value = prepare(db);
      made.set(db, value);
    }
    return value;
  };
}
