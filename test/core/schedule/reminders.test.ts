import { describe, expect, it } from 'vitest';
import { demoConfigInput } from '../../../src/config.js';
import type { Reply } from '../../../src/core/types.js';
import { HOUR, MINUTE, scheduleFixture } from './schedule-fixture.js';

describe('acknowledge reminder (待接单提醒)', () => {
  it('reminds the staff group once, naming the grid worker of the xiaoqu, when nobody took a ticket by its acknowledge deadline', async () => {
    const f = await scheduleFixture();
    const t = await f.report();
    expect(await f.jump(1 * HOUR + 59 * MINUTE)).toEqual([]);

    const replies = await f.jump(1 * MINUTE);
    expect(replies).toHaveLength(1);
    const [r] = replies;
    expect(r!.to).toEqual({ kind: 'room', roomKey: f.staffRoom });
    expect(r!.urgent).toBe(false);
    expect(r!.mentions).toEqual(['李网格员']);
    expect(r!.text).toContain(`#${t.number} 照明 · 3号楼`);
    expect(r!.text).toContain('责任人：李网格员');
    expect(r!.text).toContain('已等待2小时');

    expect(await f.jump(10 * MINUTE)).toEqual([]);
    expect((await f.ticket(t.number)).marks.ackRemindedAt).toEqual(new Date('2026-11-23T03:00:00Z'));
    const timeline = await f.store.getTimeline(t.id);
    expect(timeline.some((e) => e.kind === 'reminder')).toBe(true);
  });

  it('does not remind about a ticket a worker took in time', async () => {
    const f = await scheduleFixture();
    const t = await f.report();
    await f.jump(30 * MINUTE);
    await f.act(t.number, 'take', '李网格员');
    expect(await f.walk(3 * HOUR)).toEqual([]);
  });

  it('names the assignee when the ticket was handed to someone who has not taken it', async () => {
    const f = await scheduleFixture();
    const t = await f.report({ building: null });
    const zhao = (await f.store.findPersonByRemark('赵师傅'))!;
    const admin = (await f.store.findPersonByRemark('王主任'))!;
    await f.store.act({
      communityId: f.communityId,
      number: t.number,
      action: 'handover',
      at: f.clock.now(),
      actor: { personId: admin.id, name: admin.name, key: admin.remark, role: 'admin' },
      target: { kind: 'person', personId: zhao.id },
    });
    const [r] = await f.jump(2 * HOUR);
    expect(r!.mentions).toEqual(['赵师傅']);
    expect(r!.text).toContain('责任人：赵师傅');
  });

  it('without a staff group, tells the responsible worker privately', async () => {
    const community = { ...demoConfigInput.communities[0]!, groups: [{ topic: '金阳花园业主群', role: 'residents', xiaoqu: '金阳花园' }] };
    const f = await scheduleFixture('2026-11-23T09:00:00+08:00', { communities: [community] });
    const t = await f.report();
    const replies = await f.jump(2 * HOUR);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.to).toEqual({ kind: 'contact', name: '李网格员', remark: '李网格员' });
    expect(replies[0]!.text).toContain(`#${t.number} 照明 · 3号楼`);
  });

  it('names the worker covering the building before the one covering the whole 小区, as the acknowledgement did', async () => {
    const base = demoConfigInput.communities[0]!;
    const community = {
      ...base,
      staff: [...base.staff, { remark: '孙网格员', name: '孙网格员', role: 'worker', covers: ['5号楼', '6号楼'] }],
    };
    const f = await scheduleFixture('2026-11-23T09:00:00+08:00', { communities: [community] });
    await f.report({ category: 'parking', building: '五号楼', text: '五号楼门口乱停车', from: '刘先生' });
    await f.report({ from: '张阿姨' });
    const [r] = await f.jump(2 * HOUR);
    expect(r!.text).toContain('停车 · 五号楼，已等待2小时，责任人：孙网格员');
    expect(r!.text).toContain('照明 · 3号楼，已等待2小时，责任人：李网格员');
    expect(r!.mentions.sort()).toEqual(['孙网格员', '李网格员'].sort());
  });

  it('lists several unacknowledged tickets in one message', async () => {
    const f = await scheduleFixture();
    const a = await f.report();
    const b = await f.report({ category: 'parking', building: '5号楼', text: '5号楼门口乱停车', from: '刘先生' });
    const replies = await f.jump(2 * HOUR);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain('2 件工单已过受理时限');
    expect(replies[0]!.text).toContain(`#${a.number}`);
    expect(replies[0]!.text).toContain(`#${b.number} 停车 · 5号楼`);
  });
});

describe('due-soon reminder (即将到期)', () => {
  it('sends the assignee one private reminder dueSoonHours before the resolution deadline', async () => {
    const f = await scheduleFixture('2026-11-23T13:00:00+08:00');
    const t = await f.report(); // lighting: resolve within 3 days
    await f.act(t.number, 'take', '李网格员');
    const dms = (replies: Reply[]) => replies.filter((r) => r.to.kind === 'contact');
    expect(dms(await f.jump(3 * 24 * HOUR - 4 * HOUR - MINUTE))).toEqual([]);

    const replies = dms(await f.jump(MINUTE));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.to).toEqual({ kind: 'contact', name: '李网格员', remark: '李网格员' });
    expect(replies[0]!.text).toContain(`#${t.number} 照明 · 3号楼`);
    expect(replies[0]!.text).toContain('11月26日 13:00 到期（还剩4小时）');
    expect(dms((await f.walk(3 * HOUR, 30 * MINUTE)).map((r) => r.reply))).toEqual([]);
  });

  it('waits for the end of quiet hours when the reminder falls due at night, then sends it once', async () => {
    const f = await scheduleFixture('2026-11-23T09:00:00+08:00');
    const t = await f.report(); // due 11-26 09:00, so due-soon at 05:00 — inside 22:00–07:00
    await f.act(t.number, 'take', '李网格员');
    const night = await f.walk(3 * 24 * HOUR - 4 * HOUR + 1 * HOUR + 50 * MINUTE, 10 * MINUTE); // to 06:50
    expect(night.filter((r) => r.reply.to.kind === 'contact')).toEqual([]);
    const morning = await f.walk(20 * MINUTE, 10 * MINUTE);
    expect(morning).toHaveLength(1);
    expect(morning[0]!.at).toEqual(new Date('2026-11-25T23:00:00Z')); // 07:00 local
    expect(morning[0]!.reply.text).toContain('还剩2小时');
  });

  it('does not remind about unassigned tickets privately (the staff group hears about those)', async () => {
    const f = await scheduleFixture();
    await f.report();
    const replies = await f.jump(3 * 24 * HOUR - 2 * HOUR);
    expect(replies.filter((r) => r.to.kind === 'contact')).toEqual([]);
  });
});
