import { beforeEach, describe, expect, it } from 'vitest';
import { countRows, DIALECTS, useDialectDatabase } from '../../helpers/dialect-database.js';
import { LifecycleError } from '../../../src/core/tickets/lifecycle.js';
import { StoreInputError, TicketNotFoundError, type ActionInput } from '../../../src/core/tickets/ticket-store.js';
import { at, DEADLINES, makeDialectFixture, POLICY, type DialectFixture } from './store-fixture.js';

describe.each(DIALECTS)('ticket actions on %s', (dialect) => {
  const db = useDialectDatabase(dialect);
  let f: DialectFixture;
  let number: string;
  beforeEach(async () => {
    f = await makeDialectFixture(db());
    number = (await f.store.intake(f.report('m1'), POLICY)).ticket.number;
  });

  const act = (input: Omit<ActionInput, 'communityId' | 'number'> & { number?: string }) =>
    f.store.act({ communityId: f.community.id, number, ...input });

  describe('the full loop', () => {
    it('records who, when, from → to and the note at every step: take, progress, done, rating', async () => {
      const li = f.asStaff(f.worker);
      const taken = await act({ action: 'take', actor: li, at: at(0.5) });
      expect(taken.ticket).toMatchObject({
        status: 'in_progress',
        assigneeId: f.worker.id,
        assigneeName: '李网格员',
        acknowledgedAt: at(0.5),
      });
      await act({ action: 'note', actor: li, at: at(1), note: '已联系电工，明天上午更换' });
      const done = await act({ action: 'resolve', actor: li, at: at(20), note: '已更换灯泡' });
      expect(done.ticket).toMatchObject({ status: 'resolved', resolvedAt: at(20) });
      const rated = await act({ action: 'rate', actor: f.resident('张阿姨'), at: at(21), rating: 5 });
      expect(rated.ticket).toMatchObject({ status: 'closed', rating: 5, closedAt: at(21) });

      const timeline = await f.store.getTimeline(taken.ticket.id);
      expect(timeline.map((e) => [e.kind, e.actorName, e.from, e.to, e.note, e.at.toISOString()])).toEqual([
        ['opened', '张阿姨', null, 'open', null, at(0).toISOString()],
        ['status', '李网格员', 'open', 'in_progress', null, at(0.5).toISOString()],
        ['note', '李网格员', 'in_progress', 'in_progress', '已联系电工，明天上午更换', at(1).toISOString()],
        ['status', '李网格员', 'in_progress', 'resolved', '已更换灯泡', at(20).toISOString()],
        ['rating', '张阿姨', 'resolved', 'closed', '评价 5 分', at(21).toISOString()],
      ]);
      expect(await countRows(f.d, 'ratings')).toBe(1);
    });
  });

  describe('refusals change nothing', () => {
    it('throws a LifecycleError for an illegal step and writes no event', async () => {
      const events = await countRows(f.d, 'ticket_events');
      await expect(act({ action: 'rate', actor: f.resident('张阿姨'), at: at(1), rating: 5 })).rejects.toThrow(LifecycleError);
      await expect(act({ action: 'take', actor: f.resident('张阿姨'), at: at(1) })).rejects.toThrow('只有工作人员可以「接单」');
      expect(await countRows(f.d, 'ticket_events')).toBe(events);
      expect((await f.store.getByNumber(f.community.id, number))?.status).toBe('open');
    });

    it('says when a ticket does not exist', async () => {
      await expect(act({ number: '404', action: 'take', actor: f.asStaff(f.worker), at: at(1) })).rejects.toThrow(TicketNotFoundError);
      await expect(act({ number: '404', action: 'take', actor: f.asStaff(f.worker), at: at(1) })).rejects.toThrow('没有找到工单 #404');
    });

    it('rejects malformed input before touching the database', async () => {
      await expect(act({ action: 'fly' as never, actor: f.asStaff(f.worker), at: at(1) })).rejects.toThrow(StoreInputError);
      await expect(act({ number: 'abc', action: 'take', actor: f.asStaff(f.worker), at: at(1) })).rejects.toThrow('工单编号');
    });

    it('does not let a worker act on a ticket another worker holds', async () => {
      await act({ action: 'take', actor: f.asStaff(f.worker), at: at(1) });
      await expect(act({ action: 'resolve', actor: f.asStaff(f.worker2), at: at(2), note: '修好了' })).rejects.toThrow('由李网格员负责');
    });
  });

  describe('assignment', () => {
    it('hands a ticket over to another worker, who then takes it', async () => {
      await act({ action: 'take', actor: f.asStaff(f.worker), at: at(1) });
      const handed = await act({
        action: 'handover',
        actor: f.asStaff(f.worker),
        at: at(2),
        target: { kind: 'person', personId: f.worker2.id },
      });
      expect(handed.ticket).toMatchObject({ status: 'assigned', assigneeId: f.worker2.id, assigneeName: '赵师傅' });
      expect(handed.event).toMatchObject({ kind: 'assigned', note: '转派给 赵师傅' });
      expect((await f.store.listTickets({ assigneeId: f.worker2.id })).map((t) => t.number)).toEqual([number]);
      await expect(act({ action: 'take', actor: f.asStaff(f.worker), at: at(3) })).rejects.toThrow(LifecycleError);
      expect((await act({ action: 'take', actor: f.asStaff(f.worker2), at: at(3) })).to).toBe('in_progress');
    });

    it('refuses to hand over to someone who is not active staff of the community', async () => {
      await f.store.syncStaff(f.community.id, [{ remark: '李网格员', name: '李网格员', role: 'worker', covers: ['*'] }]);
      await expect(
        act({ action: 'handover', actor: f.asStaff(f.worker), at: at(1), target: { kind: 'person', personId: f.worker2.id } }),
      ).rejects.toThrow('找不到要接手的工作人员');
    });

    it('returns a ticket to the queue without an assignee', async () => {
      await act({ action: 'take', actor: f.asStaff(f.worker), at: at(1) });
      const back = await act({ action: 'return', actor: f.asStaff(f.worker), at: at(2), note: '不归我管' });
      expect(back.ticket).toMatchObject({ status: 'open', assigneeId: null, assigneeName: null, acknowledgedAt: null });
    });

    it('refers a ticket elsewhere and records to whom', async () => {
      const r = await act({ action: 'refer', actor: f.asStaff(f.worker), at: at(1), target: { kind: 'text', text: '供电公司' } });
      expect(r.ticket).toMatchObject({ status: 'referred', referredTo: '供电公司', closedAt: at(1) });
      expect(r.event.note).toBe('转办至 供电公司');
    });
  });

  describe('reopening and ratings', () => {
    beforeEach(async () => {
      await act({ action: 'take', actor: f.asStaff(f.worker), at: at(1) });
      const id = (await f.store.getByNumber(f.community.id, number))!.id;
      expect(
        await f.store.claimDueWork([{ kind: 'mark', ticketId: id, mark: 'escalatedAt', seen: null, note: '超时督办' }], [], at(2)),
      ).toBe(true);
      await act({ action: 'resolve', actor: f.asStaff(f.worker), at: at(3), note: '已修好' });
    });

    it('reopens on 没修好 back to the assignee with fresh clocks and cleared reminders', async () => {
      const r = await act({ action: 'reopen', actor: f.resident('张阿姨'), at: at(10), note: '晚上还是不亮', deadlines: DEADLINES });
      expect(r.ticket).toMatchObject({
        status: 'assigned',
        assigneeId: f.worker.id,
        resolvedAt: null,
        reopenCount: 1,
        acknowledgedAt: null,
      });
      expect(r.ticket.marks.escalatedAt).toBeNull();
      expect(r.ticket.ackDueAt).toEqual(at(12));
      expect(r.event).toMatchObject({ kind: 'reopened', from: 'resolved', to: 'assigned', note: '晚上还是不亮' });
    });

    it('refuses 没修好 from a resident who did not report it', async () => {
      await expect(act({ action: 'reopen', actor: f.resident('路人甲'), at: at(10) })).rejects.toThrow('只有反映人本人');
    });

    it('reopens on a low rating and keeps the rating on record', async () => {
      const r = await act({ action: 'rate', actor: f.resident('张阿姨'), at: at(10), rating: 1 });
      expect(r.ticket).toMatchObject({ status: 'assigned', rating: 1, reopenCount: 1 });
      expect(await countRows(f.d, 'ratings')).toBe(1);
    });

    it('lets a reporter rate a ticket that was auto-closed unrated, once', async () => {
      await act({ action: 'auto_close', actor: f.system, at: at(80) });
      const r = await act({ action: 'rate', actor: f.resident('张阿姨'), at: at(90), rating: 4 });
      expect(r.ticket).toMatchObject({ status: 'closed', rating: 4, closedAt: at(80) });
      await expect(act({ action: 'rate', actor: f.resident('张阿姨'), at: at(91), rating: 5 })).rejects.toThrow('已经评价过了');
    });
  });

  describe('merge and split', () => {
    it('merges #A into #B: reports move, reporters are recounted, A becomes a duplicate of B', async () => {
      const b = await f.store.intake(
        f.report('m2', { building: '三号楼 ', category: 'water_leak', reporterKey: '老王', reporterName: '老王' }),
        POLICY,
      );
      await f.store.intake(f.report('m3', { category: 'water_leak', reporterKey: '老王', reporterName: '老王', at: at(1) }), POLICY);
      const r = await act({ action: 'merge', actor: f.asStaff(f.admin), at: at(2), target: { kind: 'ticket', number: b.ticket.number } });
      expect(r.ticket).toMatchObject({ status: 'duplicate', duplicateOf: b.ticket.number });
      expect(r.mergedInto).toMatchObject({ id: b.ticket.id, reporterCount: 2 });
      expect(await f.store.getReports(r.ticket.id)).toHaveLength(0);
      expect((await f.store.getReporters(b.ticket.id)).map((x) => x.reporterKey).sort()).toEqual(['张阿姨', '老王'].sort());
      expect((await f.store.getTimeline(b.ticket.id)).at(-1)?.note).toContain(`并入了 #${number} 的 1 条反映`);
    });

    it('refuses to merge a ticket into itself or into a finished one', async () => {
      await expect(act({ action: 'merge', actor: f.asStaff(f.admin), at: at(1), target: { kind: 'ticket', number } })).rejects.toThrow(
        '合并到它自己',
      );
      const b = await f.store.intake(f.report('m2', { building: '8号楼' }), POLICY);
      await f.store.act({
        communityId: f.community.id,
        number: b.ticket.number,
        action: 'close',
        actor: f.asStaff(f.admin),
        at: at(1),
        note: '重复',
      });
      await expect(
        act({ action: 'merge', actor: f.asStaff(f.admin), at: at(2), target: { kind: 'ticket', number: b.ticket.number } }),
      ).rejects.toThrow('只能并入仍在办理的工单');
      expect((await f.store.getByNumber(f.community.id, number))?.status).toBe('open');
    });

    it('splits a wrongly merged report out into a new ticket', async () => {
      const merged = await f.store.intake(
        f.report('m2', { reporterKey: '老王', reporterName: '老王', text: '3号楼电梯也坏了', at: at(1) }),
        POLICY,
      );
      const split = await f.store.splitReport({
        reportId: merged.report.id,
        actor: f.asStaff(f.worker),
        at: at(2),
        deadlines: DEADLINES,
        category: 'elevator',
      });
      expect(split.ticket).toMatchObject({ number: '2', category: 'elevator', reporterCount: 1, status: 'open' });
      expect(split.report).toMatchObject({ id: merged.report.id, ticketId: split.ticket.id });
      expect((await f.store.getByNumber(f.community.id, number))?.reporterCount).toBe(1);
      await expect(
        f.store.splitReport({ reportId: split.report.id, actor: f.asStaff(f.worker), at: at(3), deadlines: DEADLINES }),
      ).rejects.toThrow('无需拆分');
      await expect(
        f.store.splitReport({ reportId: merged.report.id, actor: f.resident('老王'), at: at(3), deadlines: DEADLINES }),
      ).rejects.toThrow(LifecycleError);
    });
  });

  describe('withdrawal', () => {
    it('withdraws a ticket its only reporter takes back', async () => {
      const r = await act({ action: 'withdraw', actor: f.resident('张阿姨'), at: at(1) });
      expect(r.ticket).toMatchObject({ status: 'withdrawn', closedAt: at(1) });
    });

    it('only removes a resident’s own part when others reported the same problem', async () => {
      await f.store.intake(f.report('m2', { reporterKey: '老王', reporterName: '老王', at: at(1) }), POLICY);
      const r = await act({ action: 'withdraw', actor: f.resident('张阿姨'), at: at(2) });
      expect(r.ticket).toMatchObject({ status: 'open', reporterCount: 1 });
      expect(r.event.kind).toBe('withdrawn_report');
      expect((await f.store.getReporters(r.ticket.id)).map((x) => x.name)).toEqual(['老王']);
    });

    it('withdraws an untouched ticket when its report is recalled', async () => {
      const r = await f.store.withdrawBySourceKey(`${f.room.key}:m1`, at(0.1));
      expect(r).toMatchObject({ kind: 'withdrawn', ticket: { status: 'withdrawn' } });
      expect((await f.store.getReportBySourceKey(`${f.room.key}:m1`))?.report.text).toBe('');
      expect(await f.store.withdrawBySourceKey(`${f.room.key}:m1`, at(0.2))).toEqual({ kind: 'unknown' });
    });

    it('still withdraws a ticket the bot only sent reminders about', async () => {
      const ticket = (await f.store.getByNumber(f.community.id, number))!;
      await f.store.claimDueWork(
        [{ kind: 'mark', ticketId: ticket.id, mark: 'ackRemindedAt', seen: null, note: '超过受理时限未接单' }],
        [],
        at(2.5),
      );
      expect(await f.store.withdrawBySourceKey(`${f.room.key}:m1`, at(3))).toMatchObject({ kind: 'withdrawn' });
    });

    it('keeps a ticket someone already acted on when its report is recalled', async () => {
      await act({ action: 'take', actor: f.asStaff(f.worker), at: at(0.5) });
      expect(await f.store.withdrawBySourceKey(`${f.room.key}:m1`, at(1))).toMatchObject({
        kind: 'kept',
        ticket: { status: 'in_progress' },
      });
    });

    it('removes only the recalled report when others reported it too', async () => {
      await f.store.intake(f.report('m2', { reporterKey: '老王', reporterName: '老王' }), POLICY);
      const r = await f.store.withdrawBySourceKey(`${f.room.key}:m2`, at(1));
      expect(r).toMatchObject({ kind: 'report_removed', ticket: { status: 'open', reporterCount: 1 } });
    });

    it('ignores a recall of a message that was never a report', async () => {
      expect(await f.store.withdrawBySourceKey(`${f.room.key}:chatter`, at(1))).toEqual({ kind: 'unknown' });
    });
  });

  describe('scheduling queries', () => {
    it('lists unacknowledged, due and awaiting-rating tickets and keeps marks', async () => {
      const urgent = await f.store.intake(f.report('m2', { category: 'gas', urgent: true, building: '2号楼' }), POLICY);
      expect((await f.store.listAckOverdue(at(1.5))).map((t) => t.number)).toEqual([urgent.ticket.number]);
      expect((await f.store.listAckOverdue(at(2))).map((t) => t.number)).toEqual([urgent.ticket.number, number]);
      await act({ action: 'take', actor: f.asStaff(f.worker), at: at(2.5) });
      expect((await f.store.listAckOverdue(at(3))).map((t) => t.number)).toEqual([urgent.ticket.number]);
      expect((await f.store.listDueBy(at(25))).map((t) => t.number)).toEqual([urgent.ticket.number]);
      expect((await f.store.listDueBy(at(72))).map((t) => t.number)).toEqual([urgent.ticket.number, number]);

      const claim = { kind: 'mark', ticketId: urgent.ticket.id, mark: 'escalatedAt', seen: null, note: '超时 1 小时' } as const;
      expect(await f.store.claimDueWork([claim], [], at(25))).toBe(true);
      expect((await f.store.getTicket(urgent.ticket.id))!.marks.escalatedAt).toEqual(at(25));
      expect((await f.store.getTimeline(urgent.ticket.id)).at(-1)).toMatchObject({
        kind: 'escalation',
        note: '超时 1 小时',
        actorName: '系统',
      });

      await act({ action: 'resolve', actor: f.asStaff(f.worker), at: at(30), note: '修好了' });
      expect((await f.store.listAwaitingRating(f.community.id)).map((t) => t.number)).toEqual([number]);
      expect(await f.store.listDueBy(at(1000), 999)).toEqual([]);
    });

    it('remembers when periodic jobs last ran', async () => {
      expect(await f.store.getJobRun('daily-digest')).toBeNull();
      expect(await f.store.claimDueWork([{ kind: 'job', name: 'daily-digest', seen: null }], [], at(10))).toBe(true);
      expect(await f.store.claimDueWork([{ kind: 'job', name: 'daily-digest', seen: at(10) }], [], at(34))).toBe(true);
      expect(await f.store.getJobRun('daily-digest')).toEqual(at(34));
    });

    it('rejects an unknown status filter', async () => {
      await expect(f.store.listTickets({ statuses: ['lost' as never] })).rejects.toThrow('未知状态');
    });
  });

  describe('listing changed tickets', () => {
    it('lists only tickets changed since a time, in any status', async () => {
      const other = await f.store.intake(f.report('m9', { building: '7号楼', at: at(5) }), POLICY);
      await act({ action: 'close', actor: f.asStaff(f.admin), at: at(6), note: '不属于社区管辖' });
      const all = ['open', 'assigned', 'in_progress', 'resolved', 'closed', 'unresolved', 'referred', 'duplicate', 'withdrawn'] as const;
      const since = (h: number) =>
        f.store.listTickets({ statuses: [...all], updatedSince: at(h) }).then((ts) => ts.map((t) => t.number).sort());
      expect(await since(5.5)).toEqual([number]);
      expect(await since(5)).toEqual([number, other.ticket.number].sort());
      expect(await since(7)).toEqual([]);
    });
  });
});
