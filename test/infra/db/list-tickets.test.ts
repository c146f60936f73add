// Every TicketFilter field, the orders and paging, the same on both dialects: the dashboard's list
// and search, the district's counts. The text search is literal (% and _ match only themselves).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../../src/core/tickets/types.js';
import { DIALECTS, useDialectDatabase } from '../../helpers/dialect-database.js';
import { at, type DialectFixture, makeDialectFixture, POLICY } from './store-fixture.js';

describe.each(DIALECTS)('listing and counting tickets on %s', (dialect) => {
  const db = useDialectDatabase(dialect);
  let f: DialectFixture;
  /** A: 3号楼 lighting, "100%" in its text; B: 5号楼 drainage, urgent, "a_b"; C: 13号楼 lift, taken by 李网格员; D: 3号楼, closed unresolved. 13号楼 contains 3号楼. */
  let a: Ticket, b: Ticket, c: Ticket, d: Ticket;
  const numbers = (ts: Ticket[]) => ts.map((t) => t.number);

  beforeEach(async () => {
    f = await makeDialectFixture(db());
    const open = async (id: string, over: Parameters<DialectFixture['report']>[1]) =>
      (await f.store.intake(f.report(id, over), POLICY)).ticket;
    a = await open('a', { text: '3号楼路灯 100%不亮', at: at(0) });
    b = await open('b', { text: '5号楼下水道 a_b 堵了', category: 'drainage', building: '5号楼', urgent: true, at: at(1) });
    c = await open('c', { text: '13号楼电梯坏了', category: 'lift', building: '13号楼', at: at(2) });
    d = await open('d', { text: '3号楼门口垃圾', category: 'sanitation', building: '3号楼', at: at(3) });
    const act = (number: string, action: 'take' | 'close', h: number) =>
      f.store.act({
        communityId: f.community.id,
        number,
        action,
        actor: f.asStaff(action === 'take' ? f.worker : f.admin),
        at: at(h),
        note: '不属于社区管辖',
      });
    c = (await act(c.number, 'take', 4)).ticket;
    d = (await act(d.number, 'close', 5)).ticket;
    // A recalled report's text is not searched.
    await f.store.intake(f.report('e', { text: '3号楼路灯 旧文字', reporterKey: '老王', reporterName: '老王', at: at(6) }), POLICY);
    await f.store.withdrawBySourceKey(`${f.room.key}:e`, at(7));
  });

  it('searches report text literally, wildcards included', async () => {
    const search = async (text: string) => numbers(await f.store.listTickets({ text }));
    expect(await search('100%')).toEqual([a.number]);
    expect(await search('%')).toEqual([a.number]);
    expect(await search('a_b')).toEqual([b.number]);
    expect(await search('_')).toEqual([b.number]);
    expect(await search('旧文字')).toEqual([]);
    expect(await f.store.countTickets({ text: '号楼' })).toBe(3);
  });

  it('filters by building (contains), category, urgency, assignee and status', async () => {
    expect(numbers(await f.store.listTickets({ building: '3号楼', order: 'opened' }))).toEqual([c.number, a.number]);
    expect(numbers(await f.store.listTickets({ building: '3号楼', statuses: ['unresolved'] }))).toEqual([d.number]);
    expect(numbers(await f.store.listTickets({ category: 'drainage' }))).toEqual([b.number]);
    expect(numbers(await f.store.listTickets({ urgent: true }))).toEqual([b.number]);
    expect(numbers(await f.store.listTickets({ urgent: false, order: 'opened' }))).toEqual([c.number, a.number]);
    expect(numbers(await f.store.listTickets({ assigneeName: '李网格员' }))).toEqual([c.number]);
    expect(numbers(await f.store.listTickets({ assigneeId: f.worker.id }))).toEqual([c.number]);
    expect(numbers(await f.store.listTickets({ assigneeName: null, order: 'opened' }))).toEqual([b.number, a.number]);
    expect(numbers(await f.store.listTickets({ communityId: f.community.id + 1 }))).toEqual([]);
  });

  it('finds overdue tickets: past the take deadline untaken, or past the resolution deadline', async () => {
    // Urgent B: take within 1 h (due at(2)); A: within 2 h (at(2)); C was taken in time.
    expect(numbers(await f.store.listTickets({ overdueAt: at(1.5) }))).toEqual([]);
    expect(numbers(await f.store.listTickets({ overdueAt: at(2), order: 'opened' }))).toEqual([b.number, a.number]);
    // Urgent B must be resolved within 24 h; C (lift) within the default 5 days.
    expect(await f.store.countTickets({ overdueAt: at(2 + 5 * 24) })).toBe(3);
  });

  it('orders by priority, due time, opening and last change, and pages', async () => {
    expect(numbers(await f.store.listTickets({}))).toEqual([b.number, a.number, c.number]);
    expect(numbers(await f.store.listTickets({ order: 'due' }))).toEqual([b.number, a.number, c.number]);
    expect(numbers(await f.store.listTickets({ order: 'opened' }))).toEqual([c.number, b.number, a.number]);
    // A changed last: a second report joined it at(6) and was recalled at(7).
    expect(numbers(await f.store.listTickets({ order: 'updated' }))).toEqual([a.number, c.number, b.number]);
    expect(numbers(await f.store.listTickets({ order: 'opened', limit: 2 }))).toEqual([c.number, b.number]);
    expect(numbers(await f.store.listTickets({ order: 'opened', limit: 2, offset: 2 }))).toEqual([a.number]);
    expect(numbers(await f.store.listTickets({ order: 'opened', offset: 1 }))).toEqual([b.number, a.number]);
    expect(await f.store.countTickets({ limit: 1 })).toBe(3);
  });
});
