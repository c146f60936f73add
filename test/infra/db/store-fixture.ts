// A migrated in-memory (or temp-file) store with one community, its residents' and staff groups,
// a worker, a second worker and an admin, plus helpers to build reports and actors.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deadlines } from '../../../src/core/tickets/deadlines.js';
import type { IntakePolicy, ReportInput, TicketStore } from '../../../src/core/tickets/ticket-store.js';
import type { Actor, Community, Person, Room } from '../../../src/core/tickets/types.js';
import { openDatabase, type Db } from '../../../src/infra/db/open-database.js';
import { createSqliteTicketStore } from '../../../src/infra/db/sqlite-ticket-store.js';
import type { DirectoryStore } from '../../../src/infra/pg/pg-directory.js';
import { createPgTicketStore } from '../../../src/infra/pg/pg-ticket-store.js';
import type { DialectDb } from '../../helpers/dialect-database.js';

export const T0 = new Date('2026-03-02T01:00:00.000Z');
const HOUR = 3_600_000;
export const at = (hours: number): Date => new Date(T0.getTime() + hours * HOUR);

export const DEADLINES: Deadlines = {
  default: { acknowledgeMs: 2 * HOUR, resolveMs: 5 * 24 * HOUR, escalateEveryMs: 24 * HOUR },
  urgent: { acknowledgeMs: 1 * HOUR, resolveMs: 24 * HOUR, escalateEveryMs: 2 * HOUR },
  categories: { lighting: { resolveMs: 3 * 24 * HOUR }, ev_charging: { resolveMs: 10 * 24 * HOUR } },
};

export const POLICY: IntakePolicy = { mergeWindowHours: 72, deadlines: DEADLINES };

export interface Fixture {
  db: Db;
  store: TicketStore;
  community: Community;
  room: Room;
  staffRoom: Room;
  worker: Person;
  worker2: Person;
  admin: Person;
  asStaff(p: Person): Actor;
  resident(name: string): Actor;
  system: Actor;
  report(messageId: string, over?: Partial<ReportInput>): ReportInput;
}

export async function makeFixture(file = ':memory:'): Promise<Fixture> {
  const db = openDatabase(file);
  const store = createSqliteTicketStore(db, { clock: () => T0 });
  return { db, store, ...(await seedDirectory(store)) };
}

/** The fixture's community, groups and staff, with helpers to build reports and actors. */
export type Directory = Omit<Fixture, 'db' | 'store'>;

/** Creates the fixture's community, its residents' and staff groups and three staff in `store`. */
export async function seedDirectory(store: DirectoryStore): Promise<Directory> {
  const community = await store.ensureCommunity('金阳社区');
  const room = await store.ensureRoom({ communityId: community.id, topic: '金阳花园业主群', role: 'residents', xiaoqu: '金阳花园' });
  const staffRoom = await store.ensureRoom({ communityId: community.id, topic: '金阳社区工作群', role: 'staff' });
  const [worker, worker2, admin] = await store.syncStaff(community.id, [
    { remark: '李网格员', name: '李网格员', role: 'worker', covers: ['金阳花园'] },
    { remark: '赵师傅', name: '赵师傅', role: 'worker', covers: ['*'] },
    { remark: '王主任', name: '王主任', role: 'admin', covers: ['*'] },
  ]);
  return {
    community,
    room,
    staffRoom,
    worker: worker!,
    worker2: worker2!,
    admin: admin!,
    asStaff: (p) => ({ personId: p.id, name: p.name, key: p.remark, role: p.role }),
    resident: (name) => ({ personId: null, name, key: name, role: 'resident' }),
    system: { personId: null, name: '系统', key: 'system', role: 'system' },
    report: (messageId, over = {}) => ({
      communityId: community.id,
      roomKey: room.key,
      messageId,
      text: '3号楼的路灯不亮了，晚上很黑',
      reporterName: '张阿姨',
      reporterKey: '张阿姨',
      at: T0,
      category: 'lighting',
      urgent: false,
      building: '3号楼',
      ...over,
    }),
  };
}

/** A temporary directory removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-db-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The fixture on either dialect's database (test/helpers/dialect-database.ts). */
export interface DialectFixture extends Directory {
  d: DialectDb;
  store: TicketStore;
}

export async function makeDialectFixture(d: DialectDb): Promise<DialectFixture> {
  const store =
    d.dialect === 'sqlite' ? createSqliteTicketStore(d.db, { clock: () => T0 }) : createPgTicketStore(d.db, { clock: () => T0 });
  return { d, store, ...(await seedDirectory(store)) };
}
