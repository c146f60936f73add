import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TicketStore } from '../../../src/core/tickets/ticket-store.js';
import type { Ticket } from '../../../src/core/tickets/types.js';
import { closeDatabase, openDatabase } from '../../../src/infra/db/open-database.js';
import { createSqliteTicketStore } from '../../../src/infra/db/sqlite-ticket-store.js';
import { CopyRefused, copySqliteToPg } from '../../../src/infra/pg/copy-sqlite-to-pg.js';
import * as pgs from '../../../src/infra/pg/pg-schema.js';
import { createTestPgDatabase, PG_SETUP_MS, type TestPgDatabase } from '../../helpers/pg-test-database.js';
import { at, DEADLINES, POLICY, tempDir } from '../db/store-fixture.js';

/** A community's SQLite database with a bit of everything: merged reports, a timeline, a rating, a correction, an image, the outbox. */
async function seedCommunity(store: TicketStore, name: string, reports = 3): Promise<void> {
  const c = await store.ensureCommunity(name);
  const room = await store.ensureRoom({ communityId: c.id, topic: `${name}业主群`, role: 'residents' });
  const staffRoom = await store.ensureRoom({ communityId: c.id, topic: `${name}工作群`, role: 'staff' });
  const [worker] = await store.syncStaff(c.id, [
    { remark: '李网格员', name: '李网格员', role: 'worker', covers: ['*'] },
    { remark: '王主任', name: '王主任', role: 'admin', covers: ['*'] },
  ]);
  const ack = (r: { ticket: Ticket }) => [
    { to: { kind: 'room' as const, roomKey: room.key }, text: `已登记 #${r.ticket.number}`, mentions: ['张阿姨'], urgent: false },
  ];
  const numbers: string[] = [];
  for (let i = 0; i < reports; i++) {
    const r = await store.intake(
      {
        communityId: c.id,
        roomKey: room.key,
        messageId: `m${i}`,
        text: `${i % 2 ? 3 : 5}号楼的路灯不亮了`,
        reporterName: `居民${i}`,
        reporterKey: `居民${i}`,
        at: at(i),
        category: 'lighting',
        urgent: false,
        building: `${i % 2 ? 3 : 5}号楼`,
      },
      POLICY,
      ack,
    );
    if (!numbers.includes(r.ticket.number)) numbers.push(r.ticket.number);
  }
  const first = (await store.getByNumber(c.id, numbers[0]!))!;
  const n1 = first.number;
  const actor = { personId: worker!.id, name: worker!.name, key: worker!.remark, role: worker!.role };
  await store.act({ communityId: c.id, number: n1, action: 'take', actor, at: at(10) });
  await store.act({ communityId: c.id, number: n1, action: 'resolve', actor, at: at(11), note: '换了灯泡' });
  const resident = { personId: null, name: '居民0', key: '居民0', role: 'resident' as const };
  await store.act({ communityId: c.id, number: n1, action: 'rate', actor: resident, at: at(12), rating: 5, deadlines: DEADLINES });
  const [report] = await store.getReports(first.id);
  await store.attachImage(report!.id, `data/images/2026-03/${name}.jpg`, at(1), '居民0');
  await store.recordCorrection({
    communityId: c.id,
    ticketId: first.id,
    kind: 'recategorise',
    text: report!.text,
    fromCategory: 'other',
    toCategory: 'lighting',
    staff: '王主任',
    at: at(13),
  });
  const second = (await store.getByNumber(c.id, numbers[1]!))!;
  await store.claimDueWork(
    [
      { kind: 'mark', ticketId: second.id, mark: 'ackRemindedAt', seen: null, note: '提醒' },
      { kind: 'job', name: `digest:${c.id}`, seen: null },
    ],
    [{ to: { kind: 'room', roomKey: staffRoom.key }, text: '待接单提醒', mentions: [], urgent: false }],
    at(14),
  );
}

let pg: TestPgDatabase;
beforeAll(async () => {
  pg = await createTestPgDatabase();
}, PG_SETUP_MS);
afterAll(() => pg?.drop());

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

async function sqliteWith(name: string, reports?: number) {
  const db = openDatabase(join(dir.dir, `${name}.db`));
  const store = createSqliteTicketStore(db, { clock: () => at(0) });
  await seedCommunity(store, name, reports);
  return { db, store };
}

// The tests run in order on one database: the second copies a community beside the first.
describe('db copy: a community’s SQLite database into the district’s PostgreSQL', () => {
  it('copies everything with numbers, timelines, images and the outbox as they were, then refuses to copy it again', async () => {
    const { db, store } = await sqliteWith('金阳社区');
    const progress: number[] = [];
    const result = await copySqliteToPg(db, pg.db, (done) => progress.push(done));
    expect(result.communities).toEqual(['金阳社区']);
    for (const t of result.tables) expect(t.copied, t.table).toBe(t.source);
    expect(Object.fromEntries(result.tables.map((t) => [t.table, t.source]))).toMatchObject({
      tickets: 2,
      reports: 3,
      ratings: 1,
      corrections: 1,
    });
    expect(progress.at(-1)).toBe(result.tables.reduce((n, t) => n + t.source, 0));

    // The first copy into an empty database keeps the ids.
    const tickets = await pg.db.select().from(pgs.tickets).orderBy(pgs.tickets.id);
    const source = await store.listTickets({ statuses: ['open', 'assigned', 'in_progress', 'resolved', 'closed'], order: 'opened' });
    expect(tickets.map((t) => [t.id, t.number, t.status, t.rating])).toEqual(
      source.reverse().map((t) => [t.id, t.number, t.status, t.rating]),
    );
    const events = await pg.db.select().from(pgs.ticketEvents).where(eq(pgs.ticketEvents.ticketId, 1));
    expect(events.map((e) => [e.kind, e.note])).toEqual((await store.getTimeline(1)).map((e) => [e.kind, e.note]));
    const [image] = (await pg.db.select().from(pgs.reports).orderBy(pgs.reports.id)).map((r) => r.images);
    expect(image).toEqual(['data/images/2026-03/金阳社区.jpg']);
    expect((await pg.db.select().from(pgs.outbox)).map((o) => o.text).sort()).toEqual(
      ['待接单提醒', ...(await store.getReports(1)).map(() => `已登记 #${tickets[0]!.number}`), `已登记 #${tickets[1]!.number}`].sort(),
    );

    await expect(copySqliteToPg(db, pg.db)).rejects.toThrow(CopyRefused);
    await expect(copySqliteToPg(db, pg.db)).rejects.toThrow('目标数据库里已经有社区「金阳社区」');
    expect(await pg.db.$count(pgs.tickets)).toBe(2);
    closeDatabase(db);
  });

  it('copies a second community beside it: ids move up, taken group keys get new ones, references follow', async () => {
    const second = await sqliteWith('银河社区', 4);
    const rooms = await pg.db.select().from(pgs.rooms);
    const result = await copySqliteToPg(second.db, pg.db);
    for (const t of result.tables) expect(t.copied, t.table).toBe(t.source);
    const [galaxy] = await pg.db.select().from(pgs.communities).where(eq(pgs.communities.name, '银河社区'));
    const theirRooms = (await pg.db.select().from(pgs.rooms)).filter((r) => r.communityId === galaxy!.id);
    expect(theirRooms.map((r) => r.key).some((k) => rooms.some((r) => r.key === k))).toBe(false);
    const residents = theirRooms.find((r) => r.role === 'residents')!;
    const theirTickets = (await pg.db.select().from(pgs.tickets)).filter((t) => t.communityId === galaxy!.id);
    expect(theirTickets.map((t) => t.number).sort()).toEqual(
      (await second.store.listTickets({ statuses: ['open', 'closed'] })).map((t) => t.number).sort(),
    );
    const theirReports = (await pg.db.select().from(pgs.reports)).filter((r) => theirTickets.some((t) => t.id === r.ticketId));
    expect(theirReports).toHaveLength(4);
    for (const r of theirReports) {
      expect(r.roomKey).toBe(residents.key);
      expect(r.sourceKey.startsWith(`${residents.key}:`)).toBe(true);
    }
    const jobs = await pg.db.select().from(pgs.jobRuns);
    expect(jobs.map((j) => j.name).sort()).toEqual(['digest:1', `digest:${galaxy!.id}`]);
    closeDatabase(second.db);
  });
});
