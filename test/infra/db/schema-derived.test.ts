// The database's copies of core facts (the status enum, "still being worked on" in the partial
// merge index) are derived from the core's one list; these tests fail when a copy drifts, e.g. a
// new active status without a regenerated migration.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTIVE_STATUSES } from '../../../src/core/tickets/lifecycle.js';
import { STAFF_ROLES } from '../../../src/core/tickets/staff-roles.js';
import { STATUS_CODES } from '../../../src/core/tickets/types.js';
import { openDatabase } from '../../../src/infra/db/open-database.js';
import { people, ticketEvents, tickets } from '../../../src/infra/db/schema.js';
import { mergeCandidateQuery } from '../../../src/infra/db/sqlite-intake.js';

const MIGRATIONS = fileURLToPath(new URL('../../../src/infra/db/migrations/', import.meta.url));

/** The WHERE of the latest migration that (re)creates `index`, as SQLite holds it after all migrations. */
function indexCondition(index: string): string {
  const db = openDatabase(':memory:');
  const row = db.$client.prepare('select sql from sqlite_master where type = ? and name = ?').get('index', index) as { sql: string };
  db.$client.close();
  return row.sql.slice(row.sql.toLowerCase().indexOf(' where ') + 7);
}

describe('the schema derived from the core', () => {
  it('declares exactly the core status codes as the status enum', () => {
    expect(tickets.status.enumValues).toEqual([...STATUS_CODES]);
    expect(ticketEvents.toStatus.enumValues).toEqual([...STATUS_CODES]);
  });

  it('declares exactly the core staff roles as the people role enum, and the migrated database refuses any other', () => {
    expect(people.role.enumValues).toEqual([...STAFF_ROLES]);
    const db = openDatabase(':memory:');
    const row = db.$client.prepare('select sql from sqlite_master where type = ? and name = ?').get('table', 'people') as { sql: string };
    const check = row.sql.slice(row.sql.indexOf('people_role_check'));
    expect([...check.matchAll(/'([a-z_]+)'/g)].map((m) => m[1])).toEqual([...STAFF_ROLES]);
    db.$client.exec("insert into communities (name, created_at) values ('c', 0)");
    const insert = (role: string) =>
      db.$client
        .prepare("insert into people (community_id, remark, name, role, covers, created_at, updated_at) values (1, ?, 'n', ?, '[]', 0, 0)")
        .run(role, role);
    for (const role of STAFF_ROLES) insert(role);
    expect(() => insert('boss')).toThrow(/people_role_check/);
    db.$client.close();
  });

  it('builds the partial merge index of the migrations on exactly the active statuses', () => {
    const listed = [...indexCondition('tickets_merge_idx').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    expect(listed).toEqual([...ACTIVE_STATUSES]);
    // The migration files say the same as the migrated database (nothing patched by hand).
    const files = readdirSync(MIGRATIONS)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    const last = files
      .map((f) => readFileSync(MIGRATIONS + f, 'utf8'))
      .filter((s) => s.includes('`tickets_merge_idx`'))
      .at(-1)!;
    const inFile = last.slice(last.indexOf('`tickets_merge_idx`')).split(';')[0]!;
    expect([...inFile.matchAll(/'([a-z_]+)'/g)].map((m) => m[1])).toEqual([...ACTIVE_STATUSES]);
  });

  it('finds a merge candidate through the partial merge index', () => {
    const db = openDatabase(':memory:');
    const { sql } = mergeCandidateQuery(db).toSQL();
    const plan = db.$client.prepare(`explain query plan ${sql}`).all({}, 1, 'lighting', '3号楼', 0) as { detail: string }[];
    db.$client.close();
    expect(plan.map((p) => p.detail).join('\n')).toContain('tickets_merge_idx');
  });
});
