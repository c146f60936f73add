import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, RESIDENTS, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

async function handled(id: string): Promise<void> {
  await h.sim.app.settled(id);
  await h.sim.app.idle();
}

describe('messages the bot must not act on', { timeout: 120_000 }, () => {
  it('ignores its own messages echoed back by WeChat', async () => {
    h = await createHarness();
    await handled(h.sim.world.sayAsBot(RESIDENTS, '3号楼的路灯坏了'));
    expect(await h.sim.tickets()).toEqual([]);
    expect(h.botSaid()).toEqual([]);
  });

  it('ignores messages WeChat dates before start-up', async () => {
    h = await createHarness();
    const before = new Date(h.sim.clock.now().getTime() - 2 * 3_600_000);
    await handled(h.sim.world.sayAt('张阿姨', RESIDENTS, '3号楼的路灯坏了', before));
    expect(await h.sim.tickets()).toEqual([]);
  });

  it('ignores groups that are not in the config and writes nothing about them', async () => {
    h = await createHarness();
    await h.sim.say('路人甲', '隔壁小区闲聊群', '3号楼的路灯坏了');
    expect(await h.sim.tickets()).toEqual([]);
    expect(h.botSaid()).toEqual([]);
    expect((await h.sim.app.store.listRooms()).map((r) => r.topic)).not.toContain('隔壁小区闲聊群');
  });

  it('withdraws a recalled report nobody has acted on, and ignores the recall of chatter', async () => {
    h = await createHarness();
    const reportId = h.sim.world.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    await handled(reportId);
    const chatterId = h.sim.world.say('张阿姨', RESIDENTS, '今天天气真好');
    await handled(chatterId);
    await handled(h.sim.world.recall('张阿姨', RESIDENTS, chatterId));
    expect((await h.sim.tickets())[0]!.status).toBe('open');
    h.mark();
    await handled(h.sim.world.recall('张阿姨', RESIDENTS, reportId));
    expect((await h.sim.tickets())[0]!.status).toBe('withdrawn');
    expect(h.botSaid(RESIDENTS).map((l) => l.text)).toEqual([expect.stringContaining('撤')]);
  });

  it('stores a reporter’s photo sent right after the report on the ticket, and never stores other photos', async () => {
    h = await createHarness();
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    await handled(h.sim.world.image('张阿姨', RESIDENTS, 'lamp.jpg'));
    await handled(h.sim.world.image('路过的人', RESIDENTS, 'cat.jpg'));
    const ticket = (await h.sim.app.store.listTickets())[0]!;
    const reports = await h.sim.app.store.getReports(ticket.id);
    const images = reports.flatMap((r) => r.images);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/images\/\d{4}-\d{2}-\d{2}\/sim-[0-9a-f]+-\d+\.jpg$/);
    expect(existsSync(images[0]!)).toBe(true);
    expect(h.logger.entries.some((e) => JSON.stringify(e).includes('路灯'))).toBe(false);
  });

  it('follows a group renaming itself: reports in the renamed group still count', async () => {
    h = await createHarness();
    await handled(h.sim.world.say('张阿姨', RESIDENTS, '大家好'));
    const renamed = new Promise((resolve) => h.sim.app.bot.once('room-topic', resolve));
    h.sim.world.renameRoom(RESIDENTS, '金阳花园业主一群', '张阿姨');
    await renamed;
    await h.sim.app.idle();
    await h.sim.say('刘大爷', '金阳花园业主一群', '5号楼电梯坏了，困在半路下不来');
    expect(await h.sim.tickets()).toHaveLength(1);
    expect((await h.sim.app.store.listRooms()).map((r) => r.topic)).toContain('金阳花园业主一群');
  });
});
