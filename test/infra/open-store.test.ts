import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/infra/open-store.js';
import { createEmptyServerDatabase, pgServerReachable } from '../helpers/pg-test-database.js';
import { tempDir } from './db/store-fixture.js';

let cleanup = () => {};
afterEach(() => cleanup());

describe('openStore on an SQLite file', () => {
  it('gives the tickets, outbox, ledger and sign-in stores over one database, and reads it back read-only', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = join(t.dir, 'bot.db');
    const store = await openStore(file);
    expect([store.dialect, store.label]).toEqual(['sqlite', file]);
    const community = await store.tickets.ensureCommunity('金阳社区');
    await store.outbox.enqueue([{ to: { kind: 'room', roomKey: 'g1' }, text: '你好', mentions: [], urgent: false }], new Date());
    expect(await store.ledger.countTickets({ from: new Date(0), to: new Date() })).toBe(0);
    await store.close();

    const reader = await openStore(file, { readOnly: true });
    try {
      expect(await reader.tickets.listCommunities()).toEqual([community]);
      expect(await reader.outbox.nextAt()).not.toBeNull();
      await expect(reader.tickets.ensureCommunity('新社区')).rejects.toThrow(/readonly|read-only|attempt to write/i);
    } finally {
      await reader.close();
    }
  });
});

describe('openStore on PostgreSQL', async () => {
  const server = await pgServerReachable();

  it.runIf(server)('migrates a new database, shows the address without its password, and reads it back read-only', async () => {
    const empty = await createEmptyServerDatabase();
    try {
      const url = new URL(empty.url);
      url.password = 's3cret'; // trust authentication ignores it; the label must not show it
      const store = await openStore(url.href);
      expect(store.dialect).toBe('pg');
      expect(store.label).not.toContain('s3cret');
      const community = await store.tickets.ensureCommunity('金阳社区');
      await store.outbox.enqueue([{ to: { kind: 'room', roomKey: 'g1' }, text: '你好', mentions: [], urgent: false }], new Date());
      expect(await store.ledger.countTickets({ from: new Date(0), to: new Date() })).toBe(0);
      await store.close();

      const reader = await openStore(url.href, { readOnly: true });
      try {
        expect(await reader.tickets.listCommunities()).toEqual([community]);
        expect(await reader.outbox.nextAt()).not.toBeNull();
        await expect(reader.tickets.ensureCommunity('新社区')).rejects.toThrow();
      } finally {
        await reader.close();
      }
    } finally {
      await empty.drop();
    }
  });
});
