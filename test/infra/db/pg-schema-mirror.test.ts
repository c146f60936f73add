// The PostgreSQL schema is a copy of the SQLite one: same tables, same columns (name, nullability,
// kind of value), same indexes, and the same core facts (status codes, the active statuses of the
// partial merge index). These tests fail when one schema changes without the other, or when the
// generated PostgreSQL migrations drift from the core.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getTableConfig as sqliteTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableConfig as pgTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { ACTIVE_STATUSES } from '../../../src/core/tickets/lifecycle.js';
import { STAFF_ROLES } from '../../../src/core/tickets/staff-roles.js';
import { STATUS_CODES } from '../../../src/core/tickets/types.js';
import * as sqlite from '../../../src/infra/db/schema.js';
import * as pg from '../../../src/infra/pg/pg-schema.js';

const PG_MIGRATIONS = fileURLToPath(new URL('../../../src/infra/pg/migrations/', import.meta.url));

/** The kind of value a column holds, in words both dialects share. */
function kind(column: { dataType: string; columnType: string }): string {
  if (column.columnType === 'SQLiteTimestamp' || column.columnType === 'PgTimestamp') return 'time';
  return column.dataType;
}

function describeSchema(
  tables: {
    name: string;
    columns: {
      name: string;
      notNull: boolean;
      primary: boolean;
      dataType: string;
      columnType: string;
      enumValues?: string[] | undefined;
    }[];
    indexes: string[];
    checks: string[];
  }[],
) {
  return Object.fromEntries(
    tables.map((t) => [
      t.name,
      {
        columns: Object.fromEntries(
          t.columns.map((c) => [c.name, { kind: kind(c), notNull: c.notNull, primary: c.primary, enum: c.enumValues ?? null }]),
        ),
        indexes: [...t.indexes].sort(),
        checks: [...t.checks].sort(),
      },
    ]),
  );
}

const sqliteTables = (Object.values(sqlite) as unknown[])
  .filter((v: unknown): v is SQLiteTable => v instanceof SQLiteTable)
  .map((t) => {
    const c = sqliteTableConfig(t);
    return { name: c.name, columns: c.columns, indexes: c.indexes.map((i) => i.config.name), checks: c.checks.map((k) => k.name) };
  });
const pgTables = (Object.values(pg) as unknown[])
  .filter((v: unknown): v is PgTable => v instanceof PgTable)
  .map((t) => {
    const c = pgTableConfig(t);
    return { name: c.name, columns: c.columns, indexes: c.indexes.map((i) => i.config.name!), checks: c.checks.map((k) => k.name) };
  });

describe('the PostgreSQL schema', () => {
  it('has the same tables, columns, indexes and checks as the SQLite schema', () => {
    expect(pgTables.length).toBeGreaterThan(10);
    expect(describeSchema(pgTables)).toEqual(describeSchema(sqliteTables));
  });

  it('declares exactly the core staff roles as the people role enum', () => {
    expect(pg.people.role.enumValues).toEqual([...STAFF_ROLES]);
  });

  it('declares exactly the core status codes as the status enum', () => {
    expect(pg.tickets.status.enumValues).toEqual([...STATUS_CODES]);
    expect(pg.ticketEvents.fromStatus.enumValues).toEqual([...STATUS_CODES]);
    expect(pg.ticketEvents.toStatus.enumValues).toEqual([...STATUS_CODES]);
  });

  it('builds the partial merge index of its migrations on exactly the active statuses', () => {
    const last = readdirSync(PG_MIGRATIONS)
      .filter((f) => f.endsWith('.sql'))
      .sort()
      .map((f) => readFileSync(PG_MIGRATIONS + f, 'utf8'))
      .filter((s) => s.includes('"tickets_merge_idx"'))
      .at(-1)!;
    const inFile = last.slice(last.indexOf('"tickets_merge_idx"')).split(';')[0]!;
    expect([...inFile.matchAll(/'([a-z_]+)'/g)].map((m) => m[1])).toEqual([...ACTIVE_STATUSES]);
  });
});
