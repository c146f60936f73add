import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, scheduleFixture } from './schedule-fixture.js';

describe('overdue escalation (超时督办)', () => {
  it('lists an overdue ticket in the staff group with how long it is overdue, its age and its handler', async () => {
    const f = await scheduleFixture('2026-11-23T10:00:00+08:00');
    const t = await f.report(); // lighting: 3 days
    await f.act(t.number, 'take', '李网格员');
    await f.walk(3 * DAY - 10 * MINUTE, 2 * HOUR);

    const replies = await f.jump(10 * MINUTE + 30 * MINUTE);
    const escalation = replies.find((r) => r.text.includes('超时督办'));
    expect(escalation).toBeDefined();
    expect(escalation!.to).toEqual({ kind: 'room', roomKey: f.staffRoom });
    expect(escalation!.urgent).toBe(false);
    expect(escalation!.mentions).toContain('李网格员');
    expect(escalation!.text).toContain(`#${t.number} 照明 · 3号楼，超时30分钟（受理至今3天），处理人：李网格员`);
    const timeline = await f.store.getTimeline(t.id);
    expect(timeline.filter((e) => e.kind === 'escalation')).toHaveLength(1);
  });

  it('repeats every escalationRepeatHours and never more often', async () => {
    const f = await scheduleFixture('2026-11-23T10:00:00+08:00', { schedule: { escalationRepeatHours: 12 } });
    const t = await f.report();
    await f.act(t.number, 'take', '李网格员');
    await f.jump(3 * DAY - 15 * MINUTE);
    const sent = (await f.walk(2 * DAY, 15 * MINUTE)).filter((r) => r.reply.text.includes('超时督办'));
    // Overdue from 11-26 10:00; the walk ends 11-28 09:45. Every 12 h: 10:00, 22:00 is quiet → 07:00, then 19:00, 07:00 …
    const times = sent.map((s) => s.at.toISOString());
    expect(times).toEqual(['2026-11-26T02:00:00.000Z', '2026-11-26T23:00:00.000Z', '2026-11-27T11:00:00.000Z', '2026-11-27T23:00:00.000Z']);
    for (let i = 1; i < sent.length; i++) {
      expect(sent[i]!.at.getTime() - sent[i - 1]!.at.getTime()).toBeGreaterThanOrEqual(12 * HOUR);
    }
    expect(sent[1]!.reply.text).toContain('再次督办');
  });

  it('names the responsible grid worker for an overdue ticket nobody took', async () => {
    const f = await scheduleFixture('2026-11-23T10:00:00+08:00');
    const t = await f.report();
    const replies = await f.jump(3 * DAY + HOUR);
    const escalation = replies.find((r) => r.text.includes('超时督办'))!;
    expect(escalation.text).toContain(`#${t.number} 照明 · 3号楼，超时1小时（受理至今3天1小时），处理人：未接单（责任人：李网格员）`);
    expect(escalation.mentions).toContain('李网格员');
  });

  it('escalates urgent tickets at once, on the urgent clock, even at night, and marks them urgent', async () => {
    const f = await scheduleFixture('2026-11-23T20:00:00+08:00');
    const gas = await f.report({ category: 'gas', urgent: true, building: '5号楼', text: '5号楼闻到很大的煤气味' });
    await f.act(gas.number, 'take', '李网格员');
    // Urgent: resolve within 24 h, escalate every 2 h. 11-24 20:00 overdue, falls in no quiet hours,
    // then 22:00, 00:00, 02:00 … keep coming at night.
    await f.jump(DAY - 10 * MINUTE);
    const sent = (await f.walk(7 * HOUR, 10 * MINUTE)).filter((r) => r.reply.text.includes('紧急工单超时督办'));
    expect(sent.map((s) => s.at.toISOString())).toEqual([
      '2026-11-24T12:00:00.000Z',
      '2026-11-24T14:00:00.000Z',
      '2026-11-24T16:00:00.000Z',
      '2026-11-24T18:00:00.000Z',
    ]);
    expect(sent.every((s) => s.reply.urgent)).toBe(true);
    expect(sent[0]!.reply.mentions).toEqual(expect.arrayContaining(['王主任', '李网格员']));
    expect(sent[0]!.reply.text).toContain(`#${gas.number} 燃气 · 5号楼【紧急】`);
  });

  it('holds non-urgent escalations during quiet hours and sends them when quiet hours end', async () => {
    const f = await scheduleFixture('2026-11-23T23:00:00+08:00');
    const t = await f.report();
    await f.act(t.number, 'take', '李网格员');
    const night = await f.walk(3 * DAY + 7 * HOUR + 50 * MINUTE, 10 * MINUTE); // overdue 11-26 23:00, walk to 11-27 06:50
    expect(night.filter((r) => r.reply.text.includes('超时督办'))).toEqual([]);
    const morning = (await f.walk(10 * MINUTE, 10 * MINUTE)).filter((r) => r.reply.text.includes('超时督办'));
    expect(morning).toHaveLength(1);
    expect(morning[0]!.reply.urgent).toBe(false);
    expect(morning[0]!.reply.text).toContain('超时8小时');
  });

  it('stops escalating once the ticket is resolved', async () => {
    const f = await scheduleFixture('2026-11-23T10:00:00+08:00');
    const t = await f.report();
    await f.act(t.number, 'take', '李网格员');
    await f.jump(3 * DAY + HOUR);
    await f.act(t.number, 'resolve', '李网格员', { note: '已更换灯泡' });
    const later = await f.walk(2 * DAY, HOUR);
    expect(later.filter((r) => r.reply.text.includes('超时督办'))).toEqual([]);
  });
});
