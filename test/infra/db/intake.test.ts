import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { tickets } from '../../../src/infra/db/schema.js';
import { tickets as pgTickets } from '../../../src/infra/pg/pg-schema.js';
import { countRows, DIALECTS, useDialectDatabase } from '../../helpers/dialect-database.js';
import { StoreInputError } from '../../../src/core/tickets/ticket-store.js';
import { at, makeDialectFixture, POLICY, T0, type DialectFixture } from './store-fixture.js';

describe.each(DIALECTS)('intake on %s', (dialect) => {
  const db = useDialectDatabase(dialect);
  let f: DialectFixture;
  beforeEach(async () => {
    f = await makeDialectFixture(db());
  });

  describe('opening tickets', () => {
    it('opens a ticket with the first number, the deadlines of its category and an opened event', async () => {
      const r = await f.store.intake(f.report('m1'), POLICY);
      expect(r.kind).toBe('opened');
      expect(r.ticket).toMatchObject({
        number: '1',
        status: 'open',
        category: 'lighting',
        building: '3号楼',
        reporterCount: 1,
        roomKey: f.room.key,
      });
      expect(r.ticket.ackDueAt).toEqual(at(2));
      expect(r.ticket.dueAt).toEqual(at(72));
      expect(r.report).toMatchObject({ sourceKey: `${f.room.key}:m1`, reporterName: '张阿姨', text: '3号楼的路灯不亮了，晚上很黑' });
      const timeline = await f.store.getTimeline(r.ticket.id);
      expect(timeline.map((e) => [e.kind, e.to, e.actorName])).toEqual([['opened', 'open', '张阿姨']]);
    });

    it('numbers tickets per community without gaps', async () => {
      const other = await f.store.ensureCommunity('银湖社区');
      const a = await f.store.intake(f.report('m1'), POLICY);
      const b = await f.store.intake(f.report('m2', { building: '5号楼' }), POLICY);
      const c = await f.store.intake(f.report('m3', { communityId: other.id }), POLICY);
      expect([a.ticket.number, b.ticket.number, c.ticket.number]).toEqual(['1', '2', '1']);
      expect(await f.store.getByNumber(f.community.id, '#2')).toMatchObject({ id: b.ticket.id });
    });

    it('uses the urgent clock for an urgent report and ranks it above ordinary tickets', async () => {
      const calm = await f.store.intake(f.report('m1', { building: '1号楼' }), POLICY);
      const urgent = await f.store.intake(
        f.report('m2', { category: 'gas', urgent: true, building: '2号楼', text: '2号楼闻到很大的煤气味' }),
        POLICY,
      );
      expect(urgent.ticket.ackDueAt).toEqual(at(1));
      expect(urgent.ticket.dueAt).toEqual(at(24));
      expect(urgent.ticket.priority).toBeGreaterThan(calm.ticket.priority);
      const open = await f.store.listTickets({ communityId: f.community.id });
      expect(open.map((t) => t.number)).toEqual([urgent.ticket.number, calm.ticket.number]);
    });

    it('flags a repeat complaint when the same building and category was closed within 30 days', async () => {
      const first = await f.store.intake(f.report('m1'), POLICY);
      await f.store.act({
        communityId: f.community.id,
        number: first.ticket.number,
        action: 'close',
        actor: f.asStaff(f.admin),
        at: at(1),
        note: '已修好后关闭',
      });
      const again = await f.store.intake(f.report('m2', { at: at(96) }), POLICY);
      expect(again.kind).toBe('opened');
      expect(again.ticket.repeatOf).toBe(first.ticket.number);
      const elsewhere = await f.store.intake(f.report('m3', { at: at(96), building: '9号楼' }), POLICY);
      expect(elsewhere.ticket.repeatOf).toBeNull();
      const muchLater = await f.store.intake(f.report('m4', { at: at(31 * 24), building: '3号楼', reporterKey: 'x', reporterName: 'x' }), {
        ...POLICY,
        mergeWindowHours: 1,
      });
      expect(muchLater.ticket.repeatOf).toBeNull();
    });
  });

  describe('merging duplicates', () => {
    it('merges a second report of the same broken light in the same building into the open ticket', async () => {
      const a = await f.store.intake(f.report('m1'), POLICY);
      const b = await f.store.intake(
        f.report('m2', { reporterName: '老王', reporterKey: '老王', at: at(5), text: '三号楼路灯坏了好几天了', building: '三号楼' }),
        POLICY,
      );
      expect(b.kind).toBe('merged');
      if (b.kind !== 'merged') return;
      expect(b.newReporter).toBe(true);
      expect(b.ticket).toMatchObject({ id: a.ticket.id, reporterCount: 2, lastReportAt: at(5) });
      expect(b.ticket.priority).toBeGreaterThan(a.ticket.priority);
      expect((await f.store.getReporters(a.ticket.id)).map((r) => r.name)).toEqual(['张阿姨', '老王']);
      expect((await f.store.getTimeline(a.ticket.id)).at(-1)).toMatchObject({ kind: 'merged', note: '第 2 户反映' });
    });

    it('counts the same reporter twice as one household', async () => {
      await f.store.intake(f.report('m1'), POLICY);
      const again = await f.store.intake(f.report('m2', { at: at(1), text: '路灯还是不亮' }), POLICY);
      expect(again.kind).toBe('merged');
      if (again.kind !== 'merged') return;
      expect(again.newReporter).toBe(false);
      expect(again.ticket.reporterCount).toBe(1);
      expect(await f.store.getReports(again.ticket.id)).toHaveLength(2);
    });

    it('merges two reports that both name no building', async () => {
      const a = await f.store.intake(f.report('m1', { building: null, category: 'sanitation' }), POLICY);
      const b = await f.store.intake(
        f.report('m2', { building: null, category: 'sanitation', reporterKey: '老王', reporterName: '老王' }),
        POLICY,
      );
      expect(b).toMatchObject({ kind: 'merged', ticket: { id: a.ticket.id } });
    });

    it('keeps a report with a building apart from a ticket without one', async () => {
      await f.store.intake(f.report('m1', { building: null }), POLICY);
      expect((await f.store.intake(f.report('m2', { building: '3号楼' }), POLICY)).kind).toBe('opened');
    });

    it('keeps different buildings and different categories apart', async () => {
      await f.store.intake(f.report('m1'), POLICY);
      expect((await f.store.intake(f.report('m2', { building: '4号楼' }), POLICY)).kind).toBe('opened');
      expect((await f.store.intake(f.report('m3', { category: 'elevator' }), POLICY)).kind).toBe('opened');
    });

    it('opens a new ticket once the merge window since the last report has passed', async () => {
      await f.store.intake(f.report('m1'), POLICY);
      expect((await f.store.intake(f.report('m2', { at: at(71) }), POLICY)).kind).toBe('merged');
      // The window runs from the latest report (71 h), so 140 h still merges; 144 h after that does not.
      expect((await f.store.intake(f.report('m3', { at: at(140) }), POLICY)).kind).toBe('merged');
      expect((await f.store.intake(f.report('m4', { at: at(140 + 72.01) }), POLICY)).kind).toBe('opened');
    });

    it('honours a configured window', async () => {
      await f.store.intake(f.report('m1'), POLICY);
      expect((await f.store.intake(f.report('m2', { at: at(3) }), { ...POLICY, mergeWindowHours: 2 })).kind).toBe('opened');
    });

    it('does not merge into a resolved, closed or withdrawn ticket', async () => {
      const a = await f.store.intake(f.report('m1'), POLICY);
      await f.store.act({
        communityId: f.community.id,
        number: a.ticket.number,
        action: 'resolve',
        actor: f.asStaff(f.worker),
        at: at(1),
        note: '换了灯泡',
      });
      const b = await f.store.intake(f.report('m2', { at: at(2) }), POLICY);
      expect(b.kind).toBe('opened');
    });

    it('makes a ticket urgent and tightens its clocks when an urgent report joins it', async () => {
      const a = await f.store.intake(f.report('m1', { category: 'water_leak' }), POLICY);
      const b = await f.store.intake(
        f.report('m2', { category: 'water_leak', urgent: true, at: at(0.5), reporterKey: '老王', reporterName: '老王' }),
        POLICY,
      );
      expect(b.ticket).toMatchObject({ id: a.ticket.id, urgent: true });
      expect(b.ticket.ackDueAt).toEqual(at(1));
      expect(b.ticket.dueAt).toEqual(at(24));
    });
  });

  describe('idempotent intake', () => {
    it('yields one report when the same message is delivered twice', async () => {
      const first = await f.store.intake(f.report('m1'), POLICY);
      const second = await f.store.intake(f.report('m1', { at: at(1) }), POLICY);
      expect(second).toMatchObject({ kind: 'repeat', ticket: { id: first.ticket.id, reporterCount: 1 }, report: { id: first.report.id } });
      expect(await countRows(f.d, 'reports')).toBe(1);
      expect(await countRows(f.d, 'ticket_events')).toBe(1);
    });

    it('tells apart the same message id in two groups', async () => {
      const other = await f.store.ensureRoom({ communityId: f.community.id, topic: '金阳花园二期群', role: 'residents' });
      await f.store.intake(f.report('m1'), POLICY);
      const b = await f.store.intake(f.report('m1', { roomKey: other.key, reporterKey: '老王', reporterName: '老王' }), POLICY);
      expect(b.kind).toBe('merged');
    });
  });

  describe('bad input is refused before any write', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['an unknown category', { category: 'ufo' }, '未知类别「ufo」'],
      ['a malformed category', { category: 'Street Light' }, '类别'],
      ['a missing reporter', { reporterName: undefined }, '缺少反映人'],
      ['an empty text', { text: '   ' }, '内容'],
      ['an invalid time', { at: new Date('nope') }, '时间'],
      ['a missing message id', { messageId: undefined }, '缺少消息编号'],
    ];
    for (const [what, patch, message] of cases) {
      it(`refuses ${what}`, async () => {
        const input = { ...f.report('m1'), ...patch } as never;
        const attempt = f.store.intake(input, { ...POLICY, categories: ['lighting', 'gas'] });
        await expect(attempt).rejects.toThrow(StoreInputError);
        await expect(f.store.intake(input, { ...POLICY, categories: ['lighting', 'gas'] })).rejects.toThrow(message);
        expect((await countRows(f.d, 'tickets')) + (await countRows(f.d, 'reports')) + (await countRows(f.d, 'ticket_events'))).toBe(0);
      });
    }

    it('refuses a community that does not exist and leaves the counter alone', async () => {
      await expect(f.store.intake(f.report('m1', { communityId: 99 }), POLICY)).rejects.toThrow('社区编号 99 不存在');
      expect(await countRows(f.d, 'tickets')).toBe(0);
      expect((await f.store.intake(f.report('m2'), POLICY)).ticket.number).toBe('1');
    });
  });

  describe('finding a reporter’s latest report (image attachment)', () => {
    it('finds the report in the room since the given time and attaches an image to it', async () => {
      const a = await f.store.intake(f.report('m1'), POLICY);
      expect(await f.store.findLatestReport(f.room.key, '张阿姨', at(0.5))).toBeNull();
      const found = await f.store.findLatestReport(f.room.key, '张阿姨', new Date(T0.getTime() - 10 * 60_000));
      expect(found?.ticket.number).toBe(a.ticket.number);
      const report = await f.store.attachImage(found!.report.id, 'data/images/p1.jpg', at(0.1), '张阿姨');
      expect(report.images).toEqual(['data/images/p1.jpg']);
      expect((await f.store.getTimeline(a.ticket.id)).at(-1)?.kind).toBe('image');
    });

    it('keeps the image that came with the report itself', async () => {
      const a = await f.store.intake(f.report('m1', { imagePath: 'data/images/a.jpg' }), POLICY);
      expect(a.report.images).toEqual(['data/images/a.jpg']);
    });
  });

  describe('what intake returns', () => {
    // Intake builds the returned ticket and report from the values it wrote instead of reading
    // them back; they must equal what the store reads right afterwards.
    it('returns the ticket and report exactly as stored, for an open, a merge, an urgent merge, a repeat complaint and a redelivery', async () => {
      const closed = await f.store.intake(f.report('m0', { at: at(-200) }), POLICY);
      const closing = { status: 'closed' as const, closedAt: at(-100) };
      if (f.d.dialect === 'sqlite') f.d.db.update(tickets).set(closing).where(eq(tickets.id, closed.ticket.id)).run();
      else await f.d.db.update(pgTickets).set(closing).where(eq(pgTickets.id, closed.ticket.id));
      const inputs = [
        f.report('m1', { imagePath: 'data/images/a.jpg' }),
        f.report('m2', { at: at(1), reporterKey: '老王', reporterName: '老王' }),
        f.report('m3', { at: at(2), reporterKey: '小李', reporterName: '小李', urgent: true }),
        f.report('m4', { at: at(3), reporterKey: '小李', reporterName: '小李' }),
        f.report('m3', { at: at(4) }),
      ];
      const kinds = [];
      for (const input of inputs) {
        const r = await f.store.intake(input, POLICY);
        kinds.push(r.kind);
        expect(r.ticket).toEqual(await f.store.getTicket(r.ticket.id));
        expect(r.report).toEqual((await f.store.getReports(r.ticket.id)).find((x) => x.id === r.report.id));
        if (r.kind === 'opened') expect(r.ticket.repeatOf).toBe(closed.ticket.number);
        if (input.messageId === 'm3' && r.kind === 'merged') expect(r.ticket).toMatchObject({ urgent: true, reporterCount: 3 });
      }
      expect(kinds).toEqual(['opened', 'merged', 'merged', 'merged', 'repeat']);
    });
  });
});
