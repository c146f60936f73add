// Issue 8 §1: a person is an account, never a name. Driven through the simulator (sim events with
// id / remark / alias, transcript lines with to_id), on wechaty-puppet-mock and the real createApp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, RESIDENTS, STAFF, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

describe('staff private messages go to the staff account (by remark), never to a namesake', { timeout: 120_000 }, () => {
  it('sends the 转派 handover to the worker even after a resident named like the worker wrote to the bot, every time', async () => {
    h = await createHarness();
    const { sim } = h;
    // A resident sets their nickname to the worker's remark and writes to the bot privately.
    await sim.dm('赵师傅', '你好', { id: 'fake-zhao', remark: null });
    await sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    await sim.say('刘大爷', RESIDENTS, '5号楼路灯也坏了');
    h.mark();
    await sim.say('王主任', STAFF, '#转派 1 @赵师傅');
    await sim.dm('赵师傅', '在吗', { id: 'fake-zhao', remark: null });
    await sim.say('王主任', STAFF, '#转派 2 @赵师傅');
    const handovers = h.botSaid().filter((l) => l.room === null && l.text.includes('交给你'));
    expect(handovers).toHaveLength(2);
    for (const l of handovers) expect(l.to_id).toBe('赵师傅');
    expect(h.botSaid().filter((l) => l.to_id === 'fake-zhao' && /工单/.test(l.text))).toEqual([]);
  });

  it('answers #我的工单 asked in the residents group privately to the asking worker account', async () => {
    h = await createHarness();
    const { sim } = h;
    await sim.dm('李网格员', '你好', { id: 'fake-li', remark: null });
    await sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    h.mark();
    await sim.say('李网格员', RESIDENTS, '#我的工单');
    await sim.say('李网格员', RESIDENTS, '#我的工单');
    const answers = h.botSaid().filter((l) => l.room === null);
    expect(answers).toHaveLength(2);
    for (const a of answers) expect(a.to_id).toBe('李网格员');
  });

  it('replies privately to exactly the account that wrote, when two accounts share a name', async () => {
    h = await createHarness();
    await h.sim.dm('小陈', '#帮助', { id: 'chen-a', remark: null });
    await h.sim.dm('小陈', '#帮助', { id: 'chen-b', remark: null });
    await h.sim.dm('小陈', '#帮助', { id: 'chen-a', remark: null });
    expect(h.botSaid().map((l) => l.to_id)).toEqual(['chen-a', 'chen-b', 'chen-a']);
  });
});

describe('resident actions belong to the account that reported', { timeout: 120_000 }, () => {
  it('refuses #撤销 from another account with the same nickname, again and again, and lets the reporter withdraw', async () => {
    h = await createHarness();
    const { sim } = h;
    await sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了', { id: 'zhang' });
    await sim.say('张阿姨', RESIDENTS, '#撤销 1', { id: 'spoof' });
    await sim.dm('张阿姨', '#撤销 1', { id: 'spoof', remark: null });
    expect((await sim.tickets())[0]!.status).toBe('open');
    await sim.say('张阿姨', RESIDENTS, '#撤销 1', { id: 'zhang' });
    expect((await sim.tickets())[0]!.status).toBe('withdrawn');
  });

  it('refuses a bad #评价 from an account whose group nickname copies the reporter, and keeps the ticket closed-out as done', async () => {
    h = await createHarness();
    const { sim } = h;
    await sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了', { id: 'zhang' });
    await sim.say('李网格员', STAFF, '#接单 1');
    await sim.say('李网格员', STAFF, '#完成 1 已更换灯泡');
    h.mark();
    await sim.say('捣蛋鬼', RESIDENTS, '#评价 1 1', { id: 'troll', remark: null, alias: '张阿姨' });
    await sim.say('捣蛋鬼', RESIDENTS, '#没修好 1 还是不亮', { id: 'troll', remark: null, alias: '张阿姨' });
    expect((await sim.tickets())[0]!.status).toBe('resolved');
    expect(h.botSaid(STAFF)).toEqual([]); // no 督办 to the admins
    await sim.say('张阿姨', RESIDENTS, '#评价 1 5', { id: 'zhang' });
    expect((await sim.tickets())[0]!.status).toBe('closed');
  });

  it('withdraws only the report of the account that sent #撤销 when two accounts with one name reported the same ticket', async () => {
    h = await createHarness();
    const { sim } = h;
    await sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了', { id: 'zhang-a' });
    await sim.say('张阿姨', RESIDENTS, '3号楼路灯不亮了', { id: 'zhang-b' });
    const [stored] = await sim.app.store.listTickets();
    const accounts = async () => (await sim.app.store.getReports(stored!.id)).map((r) => r.reporterContactId);
    expect(await accounts()).toEqual(['zhang-a', 'zhang-b']);
    await sim.say('张阿姨', RESIDENTS, '#撤销 1', { id: 'zhang-a' });
    expect((await sim.tickets())[0]!.status).toBe('open');
    expect(await accounts()).toEqual(['zhang-b']);
    await sim.say('张阿姨', RESIDENTS, '#撤销 1', { id: 'zhang-b' });
    expect((await sim.tickets())[0]!.status).toBe('withdrawn');
  });

  it('after a new login, an action accepted by name ties the report to the account, so a namesake joining later changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yishiting-identity-'));
    h = await createHarness({ dir });
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    await h.sim.say('李网格员', STAFF, '#接单 1');
    await h.sim.say('李网格员', STAFF, '#完成 1 已更换灯泡');
    await h.close({ keepDir: true });

    h = await createHarness({ dir, start: '2026-03-02T12:00:00+08:00' });
    // The only 张阿姨 in the group says it is not fixed: accepted by name, and now tied to her account.
    await h.sim.say('张阿姨', RESIDENTS, '#没修好 1 还是不亮');
    expect((await h.sim.tickets())[0]!.status).toBe('assigned');
    // Another account named 张阿姨 joins; the owner still acts, the namesake is refused.
    await h.sim.say('张阿姨', RESIDENTS, '大家好', { id: 'zhang-2' });
    await h.sim.say('李网格员', STAFF, '#接单 1');
    await h.sim.say('李网格员', STAFF, '#完成 1 又换了一次');
    h.mark();
    await h.sim.say('张阿姨', RESIDENTS, '#评价 1 1', { id: 'zhang-2' });
    expect((await h.sim.tickets())[0]!.status).toBe('resolved');
    await h.sim.say('张阿姨', RESIDENTS, '#评价 1 5');
    expect((await h.sim.tickets())[0]!.status).toBe('closed');
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('after a new login, accepts the reporter when they are the only member with that name, and refuses when two members carry it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yishiting-identity-'));
    h = await createHarness({ dir });
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    await h.sim.say('刘大爷', RESIDENTS, '5号楼的路灯坏了');
    await h.close({ keepDir: true });

    h = await createHarness({ dir, start: '2026-03-02T12:00:00+08:00' });
    // Only one 张阿姨 in the group: she may withdraw her report from the last login.
    await h.sim.say('张阿姨', RESIDENTS, '#撤销 1');
    expect((await h.sim.tickets())[0]!.status).toBe('withdrawn');
    // Two members show 刘大爷 now: nobody can tell which one reported ticket 2.
    await h.sim.say('刘大爷', RESIDENTS, '大家好', { id: 'liu-2' });
    h.mark();
    await h.sim.say('刘大爷', RESIDENTS, '#撤销 2');
    await h.sim.say('刘大爷', RESIDENTS, '#撤销 2', { id: 'liu-2' });
    expect((await h.sim.tickets())[1]!.status).toBe('open');
    const refusals = h.botSaid(RESIDENTS).map((l) => l.text);
    expect(refusals).toHaveLength(2);
    for (const text of refusals) expect(text).toContain('无法确认你就是这张工单的反映人');
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('binding codes cannot be hijacked', { timeout: 120_000 }, () => {
  async function newCode(h: Harness, minutes = 10): Promise<string> {
    const store = h.sim.app.store;
    const community = (await store.listCommunities())[0]!;
    const roster = (await store.listStaff(community.id))
      .filter((p) => p.remark !== '孙师傅')
      .map((p) => ({ remark: p.remark, name: p.name, role: p.role, covers: p.covers }));
    const [sun] = (
      await store.syncStaff(community.id, [...roster, { remark: '孙师傅', name: '孙师傅', role: 'worker', covers: ['*'] }])
    ).filter((p) => p.remark === '孙师傅');
    const now = h.sim.clock.now();
    return store.createBindingCode(sun!.id, now, new Date(now.getTime() + minutes * 60_000));
  }
  const bound = async (h: Harness, id: string) => {
    await h.sim.say('老孙', RESIDENTS, '#接单 1', { id, remark: null });
    return (await h.sim.tickets())[0]!.status === 'in_progress';
  };

  it.each([
    ['as a command', (code: string) => `#绑定 ${code}`],
    ['as plain words', (code: string) => `绑定 ${code}`],
    ['as the bare code', (code: string) => code],
  ])('voids a code posted in a group %s at once and tells the admin privately', async (_how, post) => {
    h = await createHarness();
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    const code = await newCode(h);
    h.mark();
    await h.sim.say('老孙', RESIDENTS, post(code), { id: 'sun', remark: null });
    expect(h.botSaid(RESIDENTS).map((l) => l.text)).toEqual([expect.stringContaining('已经作废')]);
    const toAdmin = h.botSaid().filter((l) => l.room === null);
    expect(toAdmin).toEqual([expect.objectContaining({ to_id: '王主任', text: expect.stringContaining('已立即作废') })]);
    // Whoever read it in the group (or the owner) cannot use it any more.
    await h.sim.dm('捣蛋鬼', `绑定 ${code}`, { id: 'troll', remark: null });
    await h.sim.dm('老孙', `绑定 ${code}`, { id: 'sun', remark: null });
    expect(await bound(h, 'troll')).toBe(false);
    expect(await bound(h, 'sun')).toBe(false);
  });

  it('expires a code after its ten minutes and takes it only once', async () => {
    h = await createHarness();
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    const late = await newCode(h);
    await h.sim.advance(11 * 60_000);
    await h.sim.dm('老孙', `绑定 ${late}`, { id: 'sun', remark: null });
    expect(h.botSaid().at(-1)!.text).toContain('绑定码无效');
    expect(await bound(h, 'sun')).toBe(false);
    const fresh = await newCode(h);
    await h.sim.dm('老孙', `绑定 ${fresh}`, { id: 'sun', remark: null });
    await h.sim.dm('捣蛋鬼', `绑定 ${fresh}`, { id: 'troll', remark: null });
    expect(await bound(h, 'troll')).toBe(false);
    expect(await bound(h, 'sun')).toBe(true);
  });

  it('allows a sender 5 wrong codes an hour, then refuses even the right one until the hour is over', async () => {
    h = await createHarness();
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    const code = await newCode(h, 180);
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i += 1) await h.sim.dm('捣蛋鬼', `绑定 ${wrong}`, { id: 'troll', remark: null });
    h.mark();
    await h.sim.dm('捣蛋鬼', `绑定 ${code}`, { id: 'troll', remark: null });
    await h.sim.dm('捣蛋鬼', `绑定 ${code}`, { id: 'troll', remark: null });
    expect(h.botSaid().map((l) => l.text)).toEqual([expect.stringContaining('次数太多'), expect.stringContaining('次数太多')]);
    expect(await bound(h, 'troll')).toBe(false);
    await h.sim.advance(61 * 60_000);
    await h.sim.dm('捣蛋鬼', `绑定 ${code}`, { id: 'troll', remark: null });
    expect(await bound(h, 'troll')).toBe(true);
  });
});
