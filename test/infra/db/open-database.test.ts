// How a database file is opened: WAL with SQLite's own checkpoints, no helper thread.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src/infra/db/open-database.js';
import { tempDir } from './store-fixture.js';

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
});
