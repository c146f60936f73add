import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, scheduleFixture, toRoom } from './schedule-fixture.js';

describe('catching up after downtime', () => {
  it('sends each recipient ONE combined message covering everything that fell due, then nothing more', async () => {
    const f = await scheduleFixture('2026-11-23T09:00:00+08:00');
    const a = await f.report();
    await f.act(a.number, 'take', '李网格员');
    const b = await f.report({ category: 'parking', building: '5号楼', text: '5号楼门口乱停车', from: '刘先生' });
    const c = await f.report({ category: 'elevator', building: '7号楼', text: '7号楼电梯异响', from: '周先生' });
    await f.act(c.number, 'take', '赵师傅');
    await f.act(c.number, 'resolve', '赵师傅', { note: '已检修' });

    // The bot is down from Monday 09:00 until Friday 10:00.
    const replies = await f.jump(4 * DAY + HOUR);
    expect(replies).toHaveLength(1);
    const [staff] = replies;
    expect(staff!.to).toEqual({ kind: 'room', roomKey: f.staffRoom });
    expect(staff!.urgent).toBe(false);
    // One escalation list with both overdue tickets, and one digest for the whole gap.
    expect(staff!.text.match(/【超时督办】/g)).toHaveLength(1);
    expect(staff!.text).toContain('【超时督办】2 件工单已超过办结时限');
    expect(staff!.text).toContain(`#${b.number} 停车 · 5号楼，超时1天1小时`);
    expect(staff!.text).toContain(`#${a.number} 照明 · 3号楼，超时1天1小时`);
    expect(staff!.text).toContain('回访期满未评价、自动关闭 1 件。');
    expect(staff!.text.match(/【每日简报】/g)).toHaveLength(1);
    expect(staff!.text).toContain('（11月23日 09:00 以来）');
    expect(staff!.mentions.sort()).toEqual(['李网格员']);
    // The resolved ticket passed its follow-up window meanwhile: closed, no stale reminder.
    expect((await f.ticket(c.number)).status).toBe('closed');
    expect(toRoom(replies, f.residents)).toEqual([]);

    expect(await f.walk(2 * HOUR, 10 * MINUTE)).toEqual([]);
  });

  it('coming back during quiet hours: urgent alerts at once, the rest combined when quiet hours end', async () => {
    const f = await scheduleFixture('2026-11-23T20:00:00+08:00');
    const gas = await f.report({ category: 'gas', urgent: true, building: '5号楼', text: '5号楼燃气泄漏了', from: '吴先生' });
    const light = await f.report({ from: '张阿姨' });
    await f.act(light.number, 'take', '李网格员');
    // Down until Friday 03:00 (quiet hours 22:00–07:00).
    const night = await f.jump(3 * DAY + 7 * HOUR);
    expect(night).toHaveLength(1);
    expect(night[0]!.urgent).toBe(true);
    expect(night[0]!.text).toContain(`#${gas.number} 燃气 · 5号楼【紧急】`);
    expect(night[0]!.text).not.toContain(`#${light.number} `);

    const untilMorning = await f.walk(3 * HOUR + 50 * MINUTE, 10 * MINUTE); // to 06:50
    expect(untilMorning.every((r) => r.reply.urgent)).toBe(true);

    const morning = (await f.walk(10 * MINUTE, 10 * MINUTE)).map((r) => r.reply); // 07:00
    const staff = toRoom(morning, f.staffRoom).filter((r) => !r.urgent);
    expect(staff).toHaveLength(1);
    expect(staff[0]!.text).toContain(`#${light.number} 照明 · 3号楼`);
    expect(staff[0]!.text).toContain('【每日简报】');
  });
});
