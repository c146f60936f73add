// Staff are known by the remark the bot's account gave them (RemarkName → contact.alias()),
// never by a nickname or group nickname (NickName, DisplayName → room.alias()).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechat } from './fake-wechat/fake-wechat-server.js';
import type { BotProcess } from './run-bot.js';
import { startLoggedIn } from './world.js';

let fake: FakeWechat;
let bot: BotProcess;
beforeAll(async () => {
  ({ fake, bot } = await startLoggedIn());
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('staff commands through wechat4u', () => {
  it('refuses a resident whose nickname and group nickname equal a worker remark, then lets the worker take and complete the ticket', async () => {
    fake.say('residents', 'auntie', '3号楼的路灯坏了，晚上走路很黑');
    await fake.waitForDelivered('residents', /已登记为1号工单/);

    fake.say('residents', 'impostor', '#接单 1');
    const refusal = await fake.waitForDelivered('residents', /只有工作人员/);
    expect(refusal.text).not.toMatch(/已由.*接单/);

    fake.say('residents', 'worker', '#接单 1');
    const taken = await fake.waitForDelivered('residents', /张师傅接单/);
    expect(taken.text).toContain('@3栋张阿姨');

    fake.say('residents', 'worker', '#完成 1 已更换灯泡');
    const done = await fake.waitForDelivered('residents', /已更换灯泡/);
    expect(done.text).toMatch(/满意 1/);
    // The impostor's command changed nothing: the ticket was taken once, by the worker.
    expect(fake.delivered('residents').filter((a) => /已由张师傅接单/.test(a.text))).toHaveLength(1);
  });
});
