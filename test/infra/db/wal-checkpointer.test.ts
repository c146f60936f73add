import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src/infra/db/open-database.js';
import { SAFETY_AUTOCHECKPOINT_PAGES, startWalCheckpointer, type CheckpointResult } from '../../../src/infra/db/wal-checkpointer.js';
import { createSqliteTicketStore } from '../../../src/infra/db/sqlite-ticket-store.js';
import { POLICY, T0, tempDir } from './store-fixture.js';

let cleanup = () => {};
afterEach(() => cleanup());

describe('background WAL checkpoints', () => {
  it('copies committed pages into the database from another thread while the writer keeps its own limit as a safety net', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = join(t.dir, 'wal.db');
    const db = openDatabase(file, { backgroundCheckpoints: false });
    db.$client.pragma('wal_autocheckpoint = 0');
    const store = createSqliteTicketStore(db);
    const { id } = await store.ensureCommunity('金阳社区');
    for (let i = 0; i < 50; i++) {
      await store.intake({ communityId: id, roomKey: 'g1', messageId: `m${i}`, text: '路灯不亮', reporterName: 'a', reporterKey: 'a', at: T0, category: 'lighting', urgent: false, building: `${i}号楼` }, POLICY);
    }
    const pending = (db.$client.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[])[0]!;
    expect(pending.log).toBeGreaterThan(pending.checkpointed);

    const first = new Promise<CheckpointResult>((resolve) => {
      const checkpointer = startWalCheckpointer(file, {
        intervalMs: 1,
        onCheckpoint: (r) => {
          void checkpointer.stop();
          resolve(r);
        },
      });
    });
    const result = await first;
    expect(result.walPages).toBeGreaterThanOrEqual(pending.log);
    expect(result.checkpointed).toBe(result.walPages);
    closeDatabase(db);
  });

  it('is switched on for database files, with a higher in-commit limit', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const db = openDatabase(join(t.dir, 'a.db'));
    expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(SAFETY_AUTOCHECKPOINT_PAGES);
    closeDatabase(db);
    const plain = openDatabase(join(t.dir, 'b.db'), { backgroundCheckpoints: false });
    expect(plain.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    closeDatabase(plain);
  });
});
