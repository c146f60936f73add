// Nothing a resident sends is lost: over-long reports, blank or odd names, ill-formed text.
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, RESIDENTS, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

describe('odd input from WeChat still reaches a ticket and a reply', { timeout: 120_000 }, () => {
  it('stores a report longer than the stored limit shortened, with a marker, instead of refusing it', async () => {
    h = await createHarness();
    const long = `3号楼的路灯坏了，${'晚上一片漆黑，老人出门很不方便。'.repeat(1_000)}`;
    expect(long.length).toBeGreaterThan(10_000);
    await h.sim.say('张阿姨', RESIDENTS, long);
    expect(h.botSaid(RESIDENTS).map((l) => l.text)).toEqual([expect.stringMatching(/^@张阿姨 .*1号工单/)]);
    const [ticket] = await h.sim.app.store.listTickets({});
    const [report] = await h.sim.app.store.getReports(ticket!.id);
    expect(report!.text.length).toBeLessThanOrEqual(10_000);
    expect(report!.text.startsWith('3号楼的路灯坏了')).toBe(true);
    expect(report!.text).toMatch(/（内容过长，已截断）$/);
  });

  it.each([
    ['blank', ''],
    ['invisible', '\u200B\u200D\uFEFF'],
    ['odd characters', '\uD83D'],
  ])('gives a sender whose name is %s a ticket under a fallback name', async (_what, name) => {
    h = await createHarness();
    await h.sim.say(name, RESIDENTS, '5号楼的路灯坏了');
    const tickets = await h.sim.tickets();
    expect(tickets).toHaveLength(1);
    const [report] = await h.sim.app.store.getReports((await h.sim.app.store.listTickets({}))[0]!.id);
    expect(report!.reporterName).toBe('居民');
    expect(h.botSaid(RESIDENTS).map((l) => l.text)).toEqual([expect.stringMatching(/^@居民 .*1号工单/)]);
  });

  it('still answers privately someone whose name has a lone surrogate', async () => {
    h = await createHarness();
    await h.sim.dm('张\uD800阿姨', '#帮助');
    await h.sim.dm('张\uD800阿姨', '#查询 1');
    const replies = h.botSaid().filter((l) => l.room === null);
    expect(replies).toHaveLength(2);
    expect(replies[0]!.to).toBe('张阿姨');
    expect(h.logger.entries.filter((r) => r.level === 'error' || r.level === 'warn').map((r) => r.msg)).toEqual([]);
  });

  it('reads a command with zero-width characters in it', async () => {
    h = await createHarness();
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    await h.sim.say('李网格员', '金阳社区工作群', '#接\u200B单 １');
    expect((await h.sim.tickets())[0]).toMatchObject({ status: 'in_progress', assignee: '李网格员' });
  });

  it('takes reports from a group whose WeChat topic carries a zero-width character, and answers in it', async () => {
    h = await createHarness();
    const wechatTopic = `\u200B${RESIDENTS.slice(0, 4)}\u200D${RESIDENTS.slice(4)}`;
    await h.sim.say('张阿姨', wechatTopic, '3号楼的路灯坏了');
    expect(await h.sim.tickets()).toHaveLength(1);
    expect(h.botSaid(RESIDENTS).map((l) => l.text)).toEqual([expect.stringMatching(/^@张阿姨 .*1号工单/)]);
  });
});
