// A new login gives every contact and group a new web id. The bot must still know its staff (by
// remark), map its groups (by topic → our room key), deliver what the last run left in the
// outbox to the group's new id, and judge residents' commands on tickets from the earlier login
// by the documented fallback (#8: the one and only current member showing the reporter's name).
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeWechat } from './fake-wechat/fake-wechat-server.js';
import { startBot, type BotProcess } from './run-bot.js';
import { botConfig, STARTUP_MS, startLoggedIn } from './world.js';

let fake: FakeWechat | undefined;
let bots: BotProcess[] = [];
afterEach(async () => {
  for (const b of bots) await b.stop();
  bots = [];
  await fake?.close();
});

describe('a new login with every id changed', () => {
  it('keeps staff, groups, the outbox and residents’ older tickets', async () => {
    const first = await startLoggedIn();
    fake = first.fake;
    bots.push(first.bot);
    const f = first.fake;
    f.say('residents', 'auntie', '3号楼的路灯坏了，晚上走路很黑');
    await f.waitForDelivered('residents', /已登记为1号工单/);
    f.say('residents', 'uncle', '2号楼门口的垃圾好几天没人清理了，臭得很');
    await f.waitForDelivered('residents', /已登记为2号工单/);
    const oldIds = { residents: f.idOf('residents'), worker: f.idOf('worker'), auntie: f.idOf('auntie') };

    // A reply WeChat refuses, then the bot stops: it stays in the outbox.
    f.failNext.push(...Array<number>(100).fill(1205));
    f.say('residents', 'auntie', '#查询 1');
    await f.waitFor(() => f.attemptsTo('residents').some((a) => a.ret === 1205), 'a refused reply');
    expect(await first.bot.stop()).toBe(0);
    f.failNext.length = 0;
    // The phone ends the web session: the next start needs a new QR login, with new ids.
    f.logout();

    const second = startBot({ dir: first.dir, fake: f, config: botConfig() });
    bots.push(second);
    await second.waitForOutput(/请用社区工作微信扫描/, STARTUP_MS);
    f.scan();
    await f.loggedIn(2);
    expect(f.idOf('residents')).not.toBe(oldIds.residents);
    expect(f.idOf('worker')).not.toBe(oldIds.worker);
    expect(f.idOf('auntie')).not.toBe(oldIds.auntie);

    // The outbox resumes: the refused reply reaches the group under its new id.
    const resumed = await f.waitForDelivered('residents', /1号工单/, 15_000, 2);
    expect(resumed.generation).toBe(2);
    expect(resumed.toUserName).toBe(f.idOf('residents'));
    expect(f.attempts.filter((a) => a.generation === 2).every((a) => a.ret === 0)).toBe(true);

    // A resident command on an earlier login's ticket, by a name two current members carry:
    // refused (the documented fallback of #8), for both of them.
    f.say('residents', 'uncle', '#撤销 2');
    await f.waitForDelivered('residents', /无法确认你就是这张工单的反映人/, 15_000, 2);
    f.say('residents', 'uncleTwin', '#撤销 2');
    await f.waitFor(
      () => f.delivered('residents').filter((a) => a.generation === 2 && /无法确认你就是这张工单的反映人/.test(a.text)).length === 2,
      'both refused',
    );

    // Staff are still staff: recognised by the remark, not by the id they had.
    f.say('residents', 'worker', '#接单 2');
    await f.waitForDelivered('residents', /2号工单.*已由张师傅接单/, 15_000, 2);

    // A resident's command on a ticket from the earlier login: the reporter's name is carried by
    // exactly one current member of the group, so the withdrawal is hers.
    f.say('residents', 'auntie', '#撤销 1');
    await f.waitForDelivered('residents', /1号工单已由反映人撤销/, 15_000, 2);
    // Nobody saw an alarm: a stale session at start is not a logout in the middle of work.
    expect(second.stdout).not.toContain('微信已退出登录');
  });
});
