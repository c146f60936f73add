// How a database file is opened: WAL with SQLite's own checkpoints, no helper thread; migrations
// that rebuild a table (drizzle-kit's way to add a CHECK) keep the rows other tables point at.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src/infra/db/open-database.js';
import { tempDir } from './store-fixture.js';

const MIGRATIONS = fileURLToPath(new URL('../../../src/infra/db/migrations/', import.meta.url));

let cleanup = () => {};
afterEach(() => cleanup());

describe('openDatabase', () => {
  it('leaves WAL checkpoints to SQLite (every 1,000 pages, inside a commit): no background checkpoint thread', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const db = openDatabase(join(t.dir, 'bot.db'));
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    closeDatabase(db);
  });

  it('migrates a populated database through the people table rebuild (0008) with every reference intact', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    // The migrations as they were before the district role: 0000–0007.
    const old = join(t.dir, 'migrations');
    cpSync(MIGRATIONS, old, { recursive: true });
    const journal = JSON.parse(readFileSync(join(old, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.tag < '0008');
    writeFileSync(join(old, 'meta/_journal.json'), JSON.stringify(journal));
    const file = join(t.dir, 'bot.db');
    const before = new Database(file);
    before.pragma('foreign_keys = ON');
    migrate(drizzle(before), { migrationsFolder: old });
    before.exec(`insert into communities (name, created_at) values ('金阳社区', 0);
      insert into people (community_id, remark, name, role, covers, created_at, updated_at) values (1, '王主任', '王主任', 'admin', '["*"]', 0, 0);
      insert into binding_codes (code, person_id, created_at, expires_at) values ('123456', 1, 0, 1);
      insert into session_bindings (session_id, person_id, bound_at) values ('wx1', 1, 0);`);
    before.close();

    const db = openDatabase(file);
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.prepare('select remark, role from people').all()).toEqual([{ remark: '王主任', role: 'admin' }]);
    expect(db.$client.prepare('select person_id from binding_codes').all()).toEqual([{ person_id: 1 }]);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(() => db.$client.prepare('insert into session_bindings (session_id, person_id, bound_at) values (?, 99, 0)').run('wx2')).toThrow(
      /FOREIGN KEY/,
    );
    closeDatabase(db);
  });
});
