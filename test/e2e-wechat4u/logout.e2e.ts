// A session ended from the phone mid-run: synccheck answers retcode "1101"; wechat4u only
// notices after three failed syncs and a restart whose webwxinit answers Ret 1101. Then start
// says so loudly, shows a new QR code, and sends nothing until someone scans it.
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeWechat } from './fake-wechat/fake-wechat-server.js';
import type { BotProcess } from './run-bot.js';
import { botConfig, startLoggedIn } from './world.js';

let fake: FakeWechat | undefined;
let bot: BotProcess | undefined;
afterEach(async () => {
  await bot?.stop();
  await fake?.close();
});

const qrCount = (b: BotProcess): number => b.stdout.match(/请用社区工作微信扫描/g)?.length ?? 0;

describe('logout in the middle of a run', () => {
  it('announces the logout once, shows a new QR code, holds sends until the new login, then tells the staff group about the silence', async () => {
    ({ fake, bot } = await startLoggedIn({ config: botConfig({ silenceAlertHours: 0.002 }) }));
    const f = fake;
    const b = bot;
    f.say('residents', 'auntie', '3号楼的路灯坏了，晚上走路很黑');
    await f.waitForDelivered('residents', /已登记为1号工单/);

    f.logout();
    await b.waitForOutput(/微信已退出登录/, 30_000);
    await b.waitForOutput(/微信已退出登录[\s\S]*请用社区工作微信扫描/, 30_000);
    expect(b.stdout.match(/微信已退出登录/g)).toHaveLength(1);
    expect(qrCount(b)).toBe(2);
    const sentWhileOut = f.attempts.length;

    f.scan();
    await f.loggedIn(2);
    await b.waitForOutput(/已登录：[\s\S]*已登录：/);
    const notice = await f.waitForDelivered('staff', /没有收到任何群消息/, 30_000);
    expect(notice.toUserName).toBe(f.idOf('staff'));
    expect(notice.generation).toBe(2);
    // Nothing was attempted between the logout and the new login except with the new ids.
    expect(f.attempts.slice(sentWhileOut).every((a) => a.generation === 2 && a.ret === 0)).toBe(true);

    f.say('residents', 'uncle', '2号楼门口的垃圾好几天没人清理了，臭得很');
    const ack = await f.waitForDelivered('residents', /已登记为2号工单/);
    expect(ack.toUserName).toBe(f.idOf('residents'));
    // The reporter of the earlier login's ticket is found among the group's current members
    // (not among the dead ids wechat4u still lists): the withdrawal is hers.
    f.say('residents', 'auntie', '#撤销 1');
    await f.waitForDelivered('residents', /1号工单已由反映人撤销/, 15_000, 2);
  });

  it('exits with one clear sentence when the login service is unreachable after a logout', async () => {
    ({ fake, bot } = await startLoggedIn());
    const f = fake;
    const b = bot;
    f.loginDown = true;
    f.logout();
    await b.waitForOutput(/微信已退出登录/, 30_000);
    const code = await Promise.race([b.exited, new Promise<string>((r) => setTimeout(() => r('still running'), 40_000))]);
    const jslogins = f.requests.filter((r) => r.path === '/jslogin').length;
    expect({ code, fewLoginAttempts: jslogins <= 20 || jslogins }).toEqual({ code: 3, fewLoginAttempts: true });
    expect(b.stdout).toMatch(/无法连接微信登录服务：/);
  });
});
