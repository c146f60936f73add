import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgDatabase } from '../../../src/infra/pg/open-pg-database.js';
import { communities } from '../../../src/infra/pg/pg-schema.js';
import { createEmptyServerDatabase, createTestPgDatabase, PG_SETUP_MS, pgServerReachable } from '../../helpers/pg-test-database.js';

const TABLES = ['binding_codes', 'communities', 'outbox', 'people', 'reports', 'tickets', 'web_audit'];

async function tablesOf(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' order by 1",
    );
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

describe('openPgDatabase', async () => {
  const server = await pgServerReachable();

  describe.runIf(server)('on a server', () => {
    let empty: Awaited<ReturnType<typeof createEmptyServerDatabase>>;
    beforeAll(async () => {
      empty = await createEmptyServerDatabase();
    });
    afterAll(() => empty.drop());

    it('migrates a fresh database once when several processes open it together', async () => {
      const handles = await Promise.all([1, 2, 3, 4].map(() => openPgDatabase(empty.url, { poolSize: 2 })));
      await Promise.all(handles.map((h) => h.close()));
      expect(await tablesOf(empty.url)).toEqual(expect.arrayContaining(TABLES));
      const again = await openPgDatabase(empty.url);
      await again.close();
    });

    it('opens read-only without migrating, and refuses writes', async () => {
      const ro = await openPgDatabase(empty.url, { readOnly: true });
      try {
        const err = await ro.db.execute('create table nope (x int)').catch((e: Error) => e);
        expect(String((err as Error).cause)).toMatch(/read-only transaction/);
      } finally {
        await ro.close();
      }
    });

    it('says which database it could not open, without the password', async () => {
      const url = new URL(empty.url);
      url.username = 'postgres';
      url.password = 's3cret';
      url.pathname = '/yst_does_not_exist';
      const err = await openPgDatabase(url.href).catch((e: Error) => e);
      expect(String(err)).toContain('无法打开数据库 postgres://postgres:***@');
      expect(String(err)).not.toContain('s3cret');
    });
  });

  it('gives each test file a migrated database of its own', { timeout: PG_SETUP_MS }, async () => {
    const t = await createTestPgDatabase();
    try {
      expect(await t.db.$count(communities)).toBe(0);
    } finally {
      await t.drop();
    }
  });
});
