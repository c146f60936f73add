import { afterEach, describe, expect, it } from 'vitest';
import { startFakeWechat, type FakeWechat } from './fake-wechat/fake-wechat-server.js';
import { makeWorkDir, startBot, type BotProcess } from './run-bot.js';
import { botConfig, world } from './world.js';

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
    await bot.waitForOutput(/请用社区工作微信扫描/);
    fake.scan();
    await fake.loggedIn(1);
    await bot.waitForOutput(/已登录：社区小助手/);

    fake.say('residents', 'auntie', '3号楼的路灯坏了，晚上走路很黑');
    const ack = await fake.waitForDelivered('residents', /已登记为1号工单/);
    expect(ack.text).toMatch(/^@3栋张阿姨 /);
    expect(ack.toUserName).toBe(fake.idOf('residents'));
    expect(fake.attempts.filter((a) => a.to === 'staff')).toEqual([]);
  });
});
