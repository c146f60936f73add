import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, RESIDENTS, STAFF, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const texts = (lines: { text: string }[]) => lines.map((l) => l.text);

describe('the bot in the group (wechaty-puppet-mock, real createApp)', { timeout: 120_000 }, () => {
  it('runs the full loop report → ack → 接单 → 进度 → 完成 → rating, and the group sees every step', async () => {
    h = await createHarness();
    const { sim } = h;
    await sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了，晚上一片漆黑');
    const [ack] = h.botSaid(RESIDENTS);
    expect(ack!.text).toMatch(/^@张阿姨 /);
    expect(ack!.text).toContain('1号工单');
    expect(ack!.text).toContain('3号楼');

    h.mark();
    await sim.say('李网格员', STAFF, '#接单 1');
    expect(texts(h.botSaid(RESIDENTS))).toEqual([expect.stringMatching(/^@张阿姨 1号工单.*李网格员接单/)]);

    h.mark();
    await sim.say('李网格员', STAFF, '#进度 1 已联系物业电工，下午来换');
    expect(texts(h.botSaid(RESIDENTS))).toEqual([expect.stringMatching(/^@张阿姨 .*已联系物业电工/)]);

    h.mark();
    await sim.advance(3 * 3_600_000);
    await sim.say('李网格员', STAFF, '#完成 1 已更换灯泡');
    const done = texts(h.botSaid(RESIDENTS));
    expect(done).toHaveLength(1);
    expect(done[0]).toMatch(/^@张阿姨 1号工单已办结.*已更换灯泡/);
    expect(done[0]).toContain('评价');

    h.mark();
    await sim.say('张阿姨', RESIDENTS, '#评价 1 5');
    expect(texts(h.botSaid(RESIDENTS))).toEqual([expect.stringMatching(/^@张阿姨 .*5分/)]);

    expect(await sim.tickets()).toEqual([
      { number: '1', category: 'lighting', status: 'closed', urgent: false, building: '3号楼', reporters: 1, assignee: '李网格员' },
    ]);
  });

  it('merges a second household reporting the same broken light into the open ticket', async () => {
    h = await createHarness();
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    await h.sim.say('刘大爷', RESIDENTS, '3号楼路灯确实不亮，好几天了');
    const said = texts(h.botSaid(RESIDENTS));
    expect(said[1]).toMatch(/^@刘大爷 .*1号工单.*2户/);
    const tickets = await h.sim.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ number: '1', reporters: 2 });
  });

  it('answers an urgent report at once with safety advice and alerts the staff group, even in quiet hours, ahead of held replies', async () => {
    h = await createHarness({ start: '2026-03-02T23:30:00+08:00' });
    await h.sim.say('刘大爷', RESIDENTS, '5号楼路灯不亮了'); // ordinary: the ack waits for the morning
    expect(h.botSaid()).toEqual([]);
    await h.sim.say('张阿姨', RESIDENTS, '2号楼楼道里好大一股煤气味，是不是燃气泄漏了');
    const said = h.botSaid();
    // The staff group is alerted first, then the reporter gets the safety advice; the held ack still waits.
    expect(said.map((l) => l.room)).toEqual([STAFF, RESIDENTS]);
    const toGroup = said.find((l) => l.room === RESIDENTS)!;
    expect(toGroup.text).toMatch(/^@张阿姨 /);
    expect(toGroup.text).toContain('96777');
    expect(said.find((l) => l.room === STAFF)!.text).toContain('紧急');
    const [, urgent] = await h.sim.tickets();
    expect(urgent).toMatchObject({ urgent: true, category: 'gas' });

    h.mark();
    await h.sim.advance(8 * 3_600_000); // past 07:00
    const morning = h.botSaid(RESIDENTS);
    expect(morning.some((l) => /^@刘大爷 .*1号工单/.test(l.text))).toBe(true);
    expect(new Date(morning[0]!.t).getTime()).toBeGreaterThanOrEqual(new Date('2026-03-03T07:00:00+08:00').getTime());
  });

  it('refuses ticket changes from residents and from someone who only shares a staff member’s display name', async () => {
    h = await createHarness();
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    h.mark();
    await h.sim.say('王大妈', RESIDENTS, '#接单 1');
    expect(texts(h.botSaid(RESIDENTS))).toEqual([expect.stringMatching(/^@王大妈 只有工作人员可以/)]);

    h.mark();
    const impostor = h.sim.world.mocker.createContact({ name: '李网格员' }); // same nickname, no remark
    const id = h.sim.world.sayFrom(impostor, RESIDENTS, '#完成 1 修好了');
    await h.sim.app.settled(id);
    await h.sim.app.idle();
    expect(texts(h.botSaid(RESIDENTS))).toEqual([expect.stringMatching(/只有工作人员可以/)]);
    expect((await h.sim.tickets())[0]!.status).toBe('open');
  });

  it('answers a malformed command with the usage of that command and an unknown ticket with why', async () => {
    h = await createHarness();
    await h.sim.say('李网格员', STAFF, '#接单');
    await h.sim.say('李网格员', STAFF, '#接单 99');
    const [usage, missing] = texts(h.botSaid(STAFF));
    expect(usage).toMatch(/命令格式不对。用法：.*接单/);
    expect(missing).toContain('没有99号工单');
  });

  it('gives a short help reply when someone @-mentions the bot without a report or command', async () => {
    h = await createHarness();
    await h.sim.say('张阿姨', RESIDENTS, '@社区小助手 你好呀');
    expect(texts(h.botSaid(RESIDENTS))).toEqual([expect.stringMatching(/^@张阿姨 您好，我是社区小助手/)]);
    expect(await h.sim.tickets()).toEqual([]);
  });

  it('answers a worker’s private message (我的工单) in the private chat', async () => {
    h = await createHarness();
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    await h.sim.say('李网格员', STAFF, '#接单 1');
    h.mark();
    await h.sim.dm('李网格员', '#我的工单');
    const [reply] = h.botSaid('李网格员');
    expect(reply).toMatchObject({ room: null, to: '李网格员' });
    expect(reply!.text).toContain('1号');
  });

  it('recognises a staff member without a remark after they send the bot their one-time binding code', async () => {
    h = await createHarness();
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    const store = h.sim.app.store;
    const community = (await store.listCommunities())[0]!;
    const [person] = await store
      .syncStaff(community.id, [
        ...(await store.listStaff(community.id)).map((p) => ({ remark: p.remark, name: p.name, role: p.role, covers: p.covers })),
        { remark: '孙师傅', name: '孙师傅', role: 'worker', covers: ['*'] },
      ])
      .then((all) => all.filter((p) => p.remark === '孙师傅'));
    const now = h.sim.clock.now();
    const code = await store.createBindingCode(person!.id, now, new Date(now.getTime() + 3_600_000));

    const sun = h.sim.world.contact('老孙', null); // no remark on the bot's phone, a nickname of his own
    const before = h.sim.world.sayFrom(sun, RESIDENTS, '#接单 1');
    await h.sim.app.settled(before);
    await h.sim.app.idle();
    expect(h.botSaid(RESIDENTS).at(-1)!.text).toMatch(/只有工作人员可以/);

    h.mark();
    await h.sim.dm('老孙', `绑定 ${code}`);
    expect(h.botSaid('老孙').map((l) => l.text)).toEqual([expect.stringContaining('绑定成功')]);
    const after = h.sim.world.sayFrom(sun, RESIDENTS, '#接单 1');
    await h.sim.app.settled(after);
    await h.sim.app.idle();
    expect((await h.sim.tickets())[0]).toMatchObject({ status: 'in_progress', assignee: '孙师傅' });
  });
});
