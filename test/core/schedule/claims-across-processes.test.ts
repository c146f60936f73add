import { describe, expect, it } from 'vitest';
import { runDueWork } from '../../../src/core/schedule/run-due-work.js';
import type { Reply } from '../../../src/core/types.js';
import { createSqliteOutboxQueue } from '../../../src/infra/db/sqlite-outbox-queue.js';
import { createSqliteTicketStore } from '../../../src/infra/db/sqlite-ticket-store.js';
import { DAY, HOUR, scheduleFixture, toRoom } from './schedule-fixture.js';

/** A second bot process on the same database: its own store object, so its own job-run cache. */
async function twoProcesses() {
  const f = await scheduleFixture();
  const other = { ...f.deps, store: createSqliteTicketStore(f.db, { clock: f.clock.now }) };
  await runDueWork(other); // it started too
  const outbox = () => createSqliteOutboxQueue(f.db).pending(f.clock.now(), 100);
  return { f, other, outbox };
}

describe('due work claimed by several processes on one store', () => {
  it('sends each reminder once when two processes run due work at the same moment', async () => {
    const { f, other, outbox } = await twoProcesses();
    const t = await f.report();
    f.clock.advance(2 * HOUR);
    const [a, b] = await Promise.all([runDueWork(f.deps, { queue: true }), runDueWork(other, { queue: true })]);
    expect([a.length, b.length].sort()).toEqual([0, 1]);
    expect((await outbox()).map((i) => i.reply.text)).toEqual([[...a, ...b][0]!.text]);
    expect((await f.store.getTimeline(t.id)).filter((e) => e.kind === 'reminder')).toHaveLength(1);
    // Neither sends it again later.
    f.clock.advance(HOUR);
    expect([...(await runDueWork(f.deps, { queue: true })), ...(await runDueWork(other, { queue: true }))]).toEqual([]);
  });

  it('posts the daily digest once although the other process had its last run cached', async () => {
    const { f, other, outbox } = await twoProcesses();
    await f.report();
    f.clock.advance(DAY); // past 18:00: both think the digest is due
    const mine = toRoom(await runDueWork(f.deps, { queue: true }), f.staffRoom);
    expect(mine.filter((r) => r.text.includes('每日简报'))).toHaveLength(1);
    // The other process read its last run before; its claim loses, it writes nothing and forgets the cache…
    expect(await runDueWork(other, { queue: true })).toEqual([]);
    // …so the next tick reads the run the first process claimed and finds nothing due.
    expect(await runDueWork(other, { queue: true })).toEqual([]);
    expect((await outbox()).filter((i) => i.reply.text.includes('每日简报'))).toHaveLength(1);
  });

  it('a lost claim writes nothing at all: no mark, no timeline entry, no outbox row', async () => {
    const { f, outbox } = await twoProcesses();
    const t = await f.report();
    const reply: Reply = { to: { kind: 'room', roomKey: f.staffRoom }, text: '提醒', mentions: [], urgent: false };
    const claim = { kind: 'mark', ticketId: t.id, mark: 'ackRemindedAt', seen: null } as const;
    expect(await f.store.claimDueWork([claim], [reply], f.clock.now())).toBe(true);
    f.clock.advance(HOUR);
    const job = { kind: 'job', name: 'weekly-test', seen: null } as const;
    expect(await f.store.claimDueWork([job, claim], [{ ...reply, text: '又提醒' }], f.clock.now())).toBe(false);
    expect(await f.store.getJobRun('weekly-test')).toBeNull();
    expect((await f.ticket(t.number)).marks.ackRemindedAt).toEqual(new Date(f.clock.now().getTime() - HOUR));
    expect((await f.store.getTimeline(t.id)).filter((e) => e.kind === 'reminder')).toHaveLength(1);
    expect((await outbox()).map((i) => i.reply.text)).toEqual(['提醒']);
  });

  it('refuses a malformed claim before writing', async () => {
    const { f } = await twoProcesses();
    const bad = { kind: 'mark', ticketId: 1, mark: 'sentAt' as never, seen: null } as const;
    await expect(f.store.claimDueWork([bad], [], f.clock.now())).rejects.toThrow('未知的提醒标记');
  });
});

describe('due work of the communities this process serves', () => {
  it('leaves the communities of other bot accounts in the store alone', async () => {
    const f = await scheduleFixture();
    const elsewhere = await f.store.ensureCommunity('银河社区');
    const room = await f.store.ensureRoom({ communityId: elsewhere.id, topic: '银河工作群', role: 'staff' });
    await f.store.intake(
      {
        communityId: elsewhere.id,
        roomKey: room.key,
        messageId: 'x1',
        text: '电梯坏了',
        reporterName: '刘大爷',
        reporterKey: '刘大爷',
        at: f.clock.now(),
        category: 'elevator',
        urgent: false,
        building: null,
      },
      { mergeWindowHours: 72, deadlines: f.deps.deadlines },
    );
    const ours = await f.report();
    const replies = await f.jump(2 * HOUR);
    expect(replies.map((r) => r.to)).toEqual([{ kind: 'room', roomKey: f.staffRoom }]);
    expect(replies[0]!.text).toContain(`#${ours.number}`);
  });
});
