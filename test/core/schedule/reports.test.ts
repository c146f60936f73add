import { describe, expect, it } from 'vitest';
import { change } from '../../../src/core/schedule/weekly-report.js';
import { DAY, HOUR, MINUTE, scheduleFixture, toRoom } from './schedule-fixture.js';

describe('daily digest (每日简报)', () => {
  it('posts new, done, open/overdue and satisfaction in the staff group at digestTime, once a day', async () => {
    const f = await scheduleFixture('2026-11-23T09:00:00+08:00');
    const a = await f.report();
    await f.act(a.number, 'take', '李网格员');
    await f.jump(HOUR);
    await f.report({ category: 'parking', building: '5号楼', text: '5号楼门口乱停车', from: '刘先生' });
    await f.jump(2 * HOUR);
    await f.act(a.number, 'resolve', '李网格员', { note: '已更换灯泡' });
    await f.jump(HOUR);
    await f.act(a.number, 'rate', '张阿姨', { rating: 5 });

    const walked = await f.walk(5 * HOUR, 10 * MINUTE); // to 18:00
    const digests = walked.filter((r) => r.reply.text.includes('每日简报'));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.at).toEqual(new Date('2026-11-23T10:00:00Z'));
    expect(digests[0]!.reply.to).toEqual({ kind: 'room', roomKey: f.staffRoom });
    expect(digests[0]!.reply.urgent).toBe(false);
    expect(digests[0]!.reply.text).toBe(
      [
        '【每日简报】金阳社区 11月23日',
        '新增诉求 2 件，办结 1 件；目前在办 1 件，其中超时 0 件。',
        '居民评价 1 件，满意 1 件，满意率 100.0%。',
      ].join('\n'),
    );

    const nextDay = (await f.walk(DAY, 30 * MINUTE)).filter((r) => r.reply.text.includes('每日简报'));
    expect(nextDay.map((r) => r.at)).toEqual([new Date('2026-11-24T10:00:00Z')]);
    expect(nextDay[0]!.reply.text).toContain('新增诉求 0 件，办结 0 件；目前在办 1 件');
  });

  it('counts a ticket the reporter said was not fixed (reopened, unrated) as an unsatisfied rating', async () => {
    const f = await scheduleFixture('2026-11-23T09:00:00+08:00');
    const a = await f.report();
    await f.act(a.number, 'take', '李网格员');
    await f.act(a.number, 'resolve', '李网格员', { note: '已更换灯泡' });
    await f.jump(HOUR);
    await f.act(a.number, 'reopen', '张阿姨', { note: '还是不亮' });
    const digest = (await f.walk(8 * HOUR, 10 * MINUTE)).find((r) => r.reply.text.includes('每日简报'))!;
    expect(digest.reply.text).toContain('居民评价 1 件，满意 0 件，满意率 0.0%。');
  });

  it('names overdue tickets with their handler', async () => {
    const f = await scheduleFixture('2026-11-23T09:00:00+08:00');
    const t = await f.report({ category: 'parking', building: '5号楼', text: '5号楼门口乱停车', from: '刘先生' });
    const replies = await f.jump(3 * DAY + 9 * HOUR); // 11-26 18:00, parking due 11-26 09:00
    const digest = replies.find((r) => r.text.includes('每日简报'))!;
    expect(digest.text).toContain('（11月23日 09:00 以来）');
    expect(digest.text).toContain('其中超时 1 件');
    expect(digest.text).toContain(`#${t.number} 停车 · 5号楼，超时9小时，处理人：未接单`);
  });
});

describe('weekly hot-spot report (每周热点)', () => {
  it('on Monday reports the past calendar week (上周, Monday to Sunday) with its real dates, against the week before', async () => {
    const f = await scheduleFixture('2026-11-16T08:00:00+08:00');
    await f.report(); // lighting 3号楼, Mon 16 08:00: before the report time, still last week's
    await f.jump(DAY + HOUR);
    await f.report({ category: 'parking', building: '5号楼', text: '5号楼门口乱停车', from: '刘先生' }); // Tue 17
    await f.jump(3 * DAY);
    await f.report({ building: '三号楼', text: '三号楼楼道灯又不亮了', from: '赵阿姨' }); // Fri 20, 4 days later: a new ticket
    await f.jump(3 * DAY - 30 * MINUTE);
    await f.report({ category: 'elevator', building: '9号楼', text: '9号楼电梯坏了', from: '吴先生' }); // Mon 23 08:30: this week

    const first = (await f.jump(35 * MINUTE)).filter((r) => r.text.includes('热点】')); // Mon 23 09:05
    expect(first).toHaveLength(1);
    expect(toRoom(first, f.staffRoom)).toHaveLength(1);
    expect(first[0]!.text).toContain('【上周热点】金阳社区 11月16日—11月22日');
    expect(first[0]!.text).toContain('共收到诉求 3 件（3 户次反映），前一周 0 件（新）。');
    expect(first[0]!.text).toContain('类别：照明 2（新）、停车 1（新）');
    expect(first[0]!.text).toContain('楼栋：3号楼 2（新）、5号楼 1（新）');

    await f.report({ building: '5号楼', text: '5号楼路灯不亮', from: '钱先生' });
    await f.jump(HOUR);
    await f.report({ category: 'elevator', building: '5号楼', text: '5号楼电梯坏了', from: '孙女士' });
    await f.jump(HOUR);
    await f.report({ category: 'elevator', building: '7号楼', text: '7号楼电梯异响', from: '周先生' });
    const second = (await f.jump(7 * DAY - 2 * HOUR)).filter((r) => r.text.includes('热点】')); // Mon 30 09:05
    expect(second).toHaveLength(1);
    expect(second[0]!.text).toContain('【上周热点】金阳社区 11月23日—11月29日');
    expect(second[0]!.text).toContain('共收到诉求 4 件（4 户次反映），前一周 3 件（+1）。');
    expect(second[0]!.text).toContain('类别：电梯 3（新）、照明 1（-1）');
    expect(second[0]!.text).toContain('楼栋：5号楼 2（+1）、7号楼 1（新）、9号楼 1（新）');
    // The monthly summary is off by default: nothing went to the residents' group.
    expect(toRoom(second, f.residents).filter((r) => r.text.includes('诉求办理情况'))).toEqual([]);
  });

  it('on another weekday reports the seven whole days before it, titled 近7天', async () => {
    const f = await scheduleFixture('2026-11-19T10:00:00+08:00', { schedule: { weeklyReport: { weekday: 5, time: '09:00' } } });
    await f.report(); // Thu 19
    const [report] = (await f.jump(DAY)).filter((r) => r.text.includes('热点】')); // Fri 20 09:00
    expect(report!.text).toContain('【近7天热点】金阳社区 11月13日—11月19日');
    expect(report!.text).toContain('共收到诉求 1 件');
  });

  it('describes changes as +n, -n, 持平 or 新', () => {
    expect([change(5, 2), change(1, 3), change(2, 2), change(2, undefined)]).toEqual(['+3', '-2', '持平', '新']);
  });
});

describe('monthly summary (月度通报, optional)', () => {
  it('when enabled, tells the residents last month’s handled reports, median time to fix and satisfaction', async () => {
    const f = await scheduleFixture('2026-10-05T09:00:00+08:00', { schedule: { monthlySummary: true } });
    const a = await f.report();
    await f.act(a.number, 'take', '李网格员');
    await f.jump(DAY);
    await f.act(a.number, 'resolve', '李网格员', { note: '已修好' }); // 1 day
    await f.act(a.number, 'rate', '张阿姨', { rating: 5 });
    const b = await f.report({ category: 'parking', building: '5号楼', text: '5号楼门口乱停车', from: '刘先生' });
    await f.act(b.number, 'take', '赵师傅');
    await f.jump(3 * DAY);
    await f.act(b.number, 'resolve', '赵师傅', { note: '已挪车' }); // 3 days
    await f.act(b.number, 'rate', '刘先生', { rating: 3 });

    const replies = await f.jump(Date.parse('2026-11-01T01:05:00Z') - f.clock.now().getTime());
    const summary = toRoom(replies, f.residents).filter((r) => r.text.includes('诉求办理情况'));
    expect(summary).toHaveLength(1);
    expect(summary[0]!.urgent).toBe(false);
    expect(summary[0]!.text).toContain('【10月诉求办理情况】');
    expect(summary[0]!.text).toContain('上月共收到居民反映 2 件，办结 2 件，从反映到办结的用时中位数为 2天，满意率 50.0%（2 件有评价）');
  });
});
