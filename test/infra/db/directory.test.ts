import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { StoreInputError } from '../../../src/core/tickets/ticket-store.js';
import { openDatabase } from '../../../src/infra/db/open-database.js';
import { createSqliteTicketStore } from '../../../src/infra/db/sqlite-ticket-store.js';
import { createPgDirectoryStore, type DirectoryStore } from '../../../src/infra/pg/pg-directory.js';
import { DIALECTS, type DialectDb, useDialectDatabase } from '../../helpers/dialect-database.js';
import { at, type Directory, seedDirectory, T0, tempDir } from './store-fixture.js';

const directoryOf = (d: DialectDb): DirectoryStore =>
  d.dialect === 'sqlite' ? createSqliteTicketStore(d.db, { clock: () => T0 }) : createPgDirectoryStore(d.db, () => T0);

describe.each(DIALECTS)('the directory on %s', (dialect) => {
  const db = useDialectDatabase(dialect);
  let f: Directory & { store: DirectoryStore };
  beforeEach(async () => {
    const store = directoryOf(db());
    f = { store, ...(await seedDirectory(store)) };
  });

  describe('rooms', () => {
    it('keeps one stable key per group and follows topic changes', async () => {
      expect([f.room.key, f.staffRoom.key]).toEqual(['g1', 'g2']);
      const again = await f.store.ensureRoom({
        communityId: f.community.id,
        topic: '金阳花园业主群',
        role: 'residents',
        xiaoqu: '金阳花园',
      });
      expect(again.key).toBe(f.room.key);
      const renamed = await f.store.renameRoom(f.room.key, '金阳花园业主一群');
      expect(renamed).toMatchObject({ key: 'g1', topic: '金阳花园业主一群' });
      expect((await f.store.findRoomByTopic('金阳花园业主一群'))?.key).toBe('g1');
      expect(await f.store.findRoomByTopic('金阳花园业主群')).toBeNull();
      expect(await f.store.renameRoom('g99', 'x')).toBeNull();
      expect((await f.store.listRooms(f.community.id)).map((r) => [r.key, r.role])).toEqual([
        ['g1', 'residents'],
        ['g2', 'staff'],
      ]);
    });

    it('creates a community once', async () => {
      expect((await f.store.ensureCommunity('金阳社区')).id).toBe(f.community.id);
      await expect(f.store.ensureCommunity('  ')).rejects.toThrow(StoreInputError);
    });
  });

  describe('staff', () => {
    it('finds staff by remark or by name, and deactivates those who left the roster', async () => {
      expect((await f.store.findPersonByRemark('李网格员'))?.role).toBe('worker');
      expect((await f.store.findStaffByName(f.community.id, '@赵师傅'))?.id).toBe(f.worker2.id);
      await f.store.syncStaff(f.community.id, [{ remark: '王主任', name: '王主任', role: 'admin', covers: ['*'] }]);
      expect(await f.store.findPersonByRemark('李网格员')).toBeNull();
      expect((await f.store.getPerson(f.worker.id))?.active).toBe(false);
      expect((await f.store.listStaff(f.community.id)).map((p) => p.remark)).toEqual(['王主任']);
    });

    it('updates a person in place when the roster changes their role', async () => {
      const [li] = await f.store.syncStaff(f.community.id, [{ remark: '李网格员', name: '李明', role: 'admin', covers: [] }]);
      expect(li).toMatchObject({ id: f.worker.id, name: '李明', role: 'admin', covers: ['*'] });
    });

    it('refuses a roster with a duplicate remark', async () => {
      const dup = { remark: '李网格员', name: '李', role: 'worker' as const, covers: ['*'] };
      await expect(f.store.syncStaff(f.community.id, [dup, dup])).rejects.toThrow('备注「李网格员」重复');
      expect(await f.store.findPersonByRemark('王主任')).not.toBeNull();
    });
  });

  describe('one store for a district: remarks are per bot account', () => {
    it('keeps the same remark apart in two communities, and a roster sync of one leaves the other alone', async () => {
      const other = await f.store.ensureCommunity('银河社区');
      const [theirLi] = await f.store.syncStaff(other.id, [{ remark: '李网格员', name: '李红', role: 'admin', covers: ['*'] }]);
      expect(theirLi).toMatchObject({ communityId: other.id, name: '李红', role: 'admin' });
      expect(theirLi!.id).not.toBe(f.worker.id);
      expect(await f.store.getPerson(f.worker.id)).toMatchObject({ communityId: f.community.id, name: '李网格员', active: true });
      expect((await f.store.findPersonByRemark('李网格员', [other.id]))?.id).toBe(theirLi!.id);
      expect((await f.store.findPersonByRemark('李网格员', [f.community.id]))?.id).toBe(f.worker.id);
      expect(await f.store.findPersonByRemark('王主任', [other.id])).toBeNull();
      await f.store.syncStaff(other.id, []);
      expect((await f.store.findPersonByRemark('李网格员', [f.community.id, other.id]))?.id).toBe(f.worker.id);
    });
  });

  describe('binding codes', () => {
    it('binds the session that redeems a code to the staff person, once', async () => {
      const code = await f.store.createBindingCode(f.worker.id, at(0), at(24));
      expect(code).toMatch(/^\d{6}$/);
      expect(await f.store.findPersonBySession('@abc')).toBeNull();
      expect(await f.store.redeemBindingCode(code, '@abc', at(1))).toMatchObject({ ok: true, person: { id: f.worker.id } });
      expect((await f.store.findPersonBySession('@abc'))?.remark).toBe('李网格员');
      expect(await f.store.redeemBindingCode(code, '@other', at(2))).toEqual({ ok: false, reason: 'used' });
      expect(await f.store.findPersonBySession('@other')).toBeNull();
    });

    it('refuses an expired or unknown code', async () => {
      const code = await f.store.createBindingCode(f.worker.id, at(0), at(1));
      expect(await f.store.redeemBindingCode(code, '@abc', at(1))).toEqual({ ok: false, reason: 'expired' });
      expect(await f.store.redeemBindingCode('000000' === code ? '000001' : '000000', '@abc', at(0))).toEqual({
        ok: false,
        reason: 'unknown',
      });
      expect(await f.store.findPersonBySession('@abc')).toBeNull();
    });

    it('stops honouring a binding once the person left the roster', async () => {
      const code = await f.store.createBindingCode(f.worker.id, at(0), at(24));
      await f.store.redeemBindingCode(code, '@abc', at(1));
      await f.store.syncStaff(f.community.id, []);
      expect(await f.store.findPersonBySession('@abc')).toBeNull();
    });
  });
});

describe('opening the database file', () => {
  it('creates the directory and an owner-only WAL database with foreign keys on, and reopens it', () => {
    const t = tempDir();
    try {
      const file = join(t.dir, 'nested', 'yishiting.db');
      const db = openDatabase(file);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(Number(db.$client.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
      expect(() =>
        db.$client
          .prepare('insert into rooms (key, community_id, topic, role, created_at, updated_at) values (?, ?, ?, ?, ?, ?)')
          .run('x', 42, 't', 'staff', 0, 0),
      ).toThrow(/FOREIGN KEY/);
      db.$client.close();
      const again = openDatabase(file);
      expect((again.$client.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n).toBeGreaterThan(0);
      again.$client.close();
    } finally {
      t.cleanup();
    }
  });

  it('says clearly when the file cannot be created', () => {
    const t = tempDir();
    try {
      const notADir = join(t.dir, 'file');
      writeFileSync(notADir, 'x');
      expect(() => openDatabase(join(notADir, 'x.db'))).toThrow(/无法创建或打开数据库文件 .*请检查目录是否存在且可写/);
    } finally {
      t.cleanup();
    }
  });
});
