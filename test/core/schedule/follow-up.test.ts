import { describe, expect, it } from 'vitest';
import { isLowRating, reopenEscalation } from '../../../src/core/schedule/reopen-escalation.js';
import { HOUR, MINUTE, scheduleFixture, type ScheduleFixture } from './schedule-fixture.js';

/** A lighting ticket reported by two neighbours, taken and resolved at 10:00. */
async function resolvedTicket(f: ScheduleFixture) {
  const t = await f.report({ from: '张阿姨' });
  await f.report({ from: '刘先生', text: '三号楼楼道灯不亮' });
  await f.act(t.number, 'take', '李网格员');
  await f.jump(HOUR);
  await f.act(t.number, 'resolve', '李网格员', { note: '已更换灯泡' });
  return t;
}

describe('follow-up (回访)', () => {
  it('reminds the reporters once in their group, @-mentioning them, when nobody rated after remindAfterHours', async () => {
    const f = await scheduleFixture('2026-11-23T09:00:00+08:00');
    const t = await resolvedTicket(f);
    expect((await f.walk(24 * HOUR - 10 * MINUTE)).filter((r) => r.reply.text.includes('【回访】'))).toEqual([]);

    const replies = (await f.walk(10 * MINUTE)).map((r) => r.reply).filter((r) => r.text.includes('【回访】'));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.to).toEqual({ kind: 'room', roomKey: f.residents });
    expect(replies[0]!.mentions.sort()).toEqual(['刘先生', '张阿姨']);
    expect(replies[0]!.urgent).toBe(false);
    expect(replies[0]!.text).toContain(`#${t.number} 照明 · 3号楼`);
    expect(replies[0]!.text).toContain(`#评价 ${t.number} 5`);
    expect(replies[0]!.text).toContain(`#没修好 ${t.number}`);

    const later = (await f.walk(24 * HOUR, HOUR)).filter((r) => r.reply.text.includes('【回访】'));
    expect(later).toEqual([]);
  });

  it('closes the ticket as done-unrated after closeAfterHours, noting 未评价自动关闭 in the timeline', async () => {
    const f = await scheduleFixture('2026-11-23T09:00:00+08:00');
    const t = await resolvedTicket(f);
    await f.walk(72 * HOUR - HOUR, HOUR);
    expect((await f.ticket(t.number)).status).toBe('resolved');
    await f.walk(HOUR, HOUR);
    const closed = await f.ticket(t.number);
    expect(closed.status).toBe('closed');
    expect(closed.rating).toBeNull();
    const last = (await f.store.getTimeline(t.id)).at(-1)!;
    expect(last).toMatchObject({ action: 'auto_close', from: 'resolved', to: 'closed', note: '未评价自动关闭' });
  });

  it('neither reminds nor closes a ticket that was rated', async () => {
    const f = await scheduleFixture('2026-11-23T09:00:00+08:00');
    const t = await resolvedTicket(f);
    await f.jump(2 * HOUR);
    await f.act(t.number, 'rate', '张阿姨', { rating: 5 });
    const later = await f.walk(4 * 24 * HOUR, HOUR);
    expect(later.filter((r) => r.reply.text.includes('【回访】'))).toEqual([]);
    const rated = await f.ticket(t.number);
    expect(rated).toMatchObject({ status: 'closed', rating: 5 });
    expect((await f.store.getTimeline(t.id)).some((e) => e.action === 'auto_close')).toBe(false);
  });

  it('after downtime past the close time closes without sending a stale reminder', async () => {
    const f = await scheduleFixture('2026-11-23T09:00:00+08:00');
    const t = await resolvedTicket(f);
    const replies = await f.jump(80 * HOUR);
    expect(replies.filter((r) => r.text.includes('【回访】'))).toEqual([]);
    expect((await f.ticket(t.number)).status).toBe('closed');
  });

  it('a low rating reopens the ticket and the admins get an escalation in the staff group', async () => {
    const f = await scheduleFixture('2026-11-23T09:00:00+08:00');
    const t = await resolvedTicket(f);
    await f.jump(3 * HOUR);
    expect(isLowRating(2)).toBe(true);
    expect(isLowRating(3)).toBe(false);
    const reopened = await f.act(t.number, 'rate', '张阿姨', { rating: 1, note: '灯还是不亮，电话13812345678' });
    expect(reopened.status).toBe('assigned');

    const replies = await reopenEscalation(f.deps, reopened, { rating: 1, note: '灯还是不亮，电话13812345678', by: '张阿姨' });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.to).toEqual({ kind: 'room', roomKey: f.staffRoom });
    expect(replies[0]!.mentions).toEqual(['王主任', '李网格员']);
    expect(replies[0]!.text).toContain('张阿姨评价 1 分（不满意）');
    expect(replies[0]!.text).toContain('138****5678');
    expect(replies[0]!.text).not.toContain('13812345678');
    expect(replies[0]!.text).toContain('已重新打开（第 1 次）');

    // Reopened: the resolution clock restarted, so it is not escalated as overdue right away,
    // and it will be reminded / escalated again on its new deadline.
    expect((await f.run()).filter((r) => r.text.includes('超时督办'))).toEqual([]);
  });

  it('没修好 reopens the ticket and the escalation says so', async () => {
    const f = await scheduleFixture('2026-11-23T09:00:00+08:00');
    const t = await resolvedTicket(f);
    const reopened = await f.act(t.number, 'reopen', '刘先生', { note: '还是不亮' });
    const [r] = await reopenEscalation(f.deps, reopened, { rating: null, note: '还是不亮', by: '刘先生' });
    expect(r!.text).toContain('刘先生反映“没修好”，说：“还是不亮”');
    // A reopened ticket is resolved again later and gets a fresh follow-up round.
    await f.act(t.number, 'take', '李网格员');
    await f.act(t.number, 'resolve', '李网格员', { note: '换了整条线路' });
    const reminders = (await f.walk(25 * HOUR, HOUR)).filter((x) => x.reply.text.includes('【回访】'));
    expect(reminders).toHaveLength(1);
  });
});
