import { afterEach, describe, expect, it } from 'vitest';
import { startFakeWechat, type FakeWechat } from './fake-wechat/fake-wechat-server.js';
import { makeWorkDir, startBot, type BotProcess } from './run-bot.js';
import { botConfig, STARTUP_MS, world } from './world.js';

let fake: FakeWechat | undefined;
let bot: BotProcess | undefined;
afterEach(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('yishiting start on wechat4u against a fake web WeChat', () => {
  it('logs in by QR and acknowledges a resident report in the watched group', async () => {
    fake = await startFakeWechat(world());
    bot = startBot({ dir: makeWorkDir(), fake, config: botConfig() });
    await bot.waitForOutput(/请用社区工作微信扫描/, STARTUP_MS);
    fake.scan();
    await fake.loggedIn(1);
    await bot.waitForOutput(/已登录：社区小助手/);
    // The phone's scan (login answers 201) is told once, without printing the QR code again.
    expect(bot.stdout.match(/请用社区工作微信扫描/g)).toHaveLength(1);
    expect(bot.stdout).toContain('已扫码，请在手机上确认登录。');

    fake.say('residents', 'auntie', '3号楼的路灯坏了，晚上走路很黑');
    const ack = await fake.waitForDelivered('residents', /已登记为1号工单/);
    expect(ack.text).toMatch(/^@3栋张阿姨 /);
    expect(ack.toUserName).toBe(fake.idOf('residents'));
    expect(fake.attempts.filter((a) => a.to === 'staff')).toEqual([]);
  });

  it('stops on SIGTERM without announcing a lost login, and the next start reuses the session without a scan', async () => {
    fake = await startFakeWechat(world());
    const dir = makeWorkDir();
    bot = startBot({ dir, fake, config: botConfig() });
    await bot.waitForOutput(/请用社区工作微信扫描/, STARTUP_MS);
    fake.scan();
    await fake.loggedIn(1);
    await bot.waitForOutput(/已登录：/);
    expect(await bot.stop()).toBe(0);
    expect(bot.stdout).toContain('正在停止机器人');
    expect(bot.stdout).not.toContain('微信已退出登录');

    bot = startBot({ dir, fake, config: botConfig() });
    await bot.waitForOutput(/已登录：社区小助手/, STARTUP_MS);
    expect(bot.stdout).not.toContain('请用社区工作微信扫描');
    expect(fake.generation).toBe(1);
    fake.say('residents', 'auntie', '3号楼的路灯坏了，晚上走路很黑');
    await fake.waitForDelivered('residents', /已登记为1号工单/);
  });
});
