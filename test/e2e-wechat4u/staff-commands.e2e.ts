// Staff are known by the remark the bot's account gave them (RemarkName → contact.alias()),
// never by a nickname or group nickname (NickName, DisplayName → room.alias()).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechat } from './fake-wechat/fake-wechat-server.js';
import type { BotProcess } from './run-bot.js';
import { NEWCOMER_REMARK, startLoggedIn } from './world.js';

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

  it('recognises a remark the bot account sets on the phone while the bot runs', async () => {
    fake.say('residents', 'uncle', '2号楼门口的垃圾好几天没人清理了，臭得很');
    const ack = await fake.waitForDelivered('residents', /@刘大爷 .*已登记为\d+号工单/);
    const n = /已登记为(\d+)号工单/.exec(ack.text)![1]!;
    fake.say('residents', 'newcomer', `#接单 ${n}`);
    await fake.waitForDelivered('residents', /@赵建军 只有工作人员/);
    // The admin gives him his remark on the phone; WeChat pushes the contact (ModContactList).
    fake.setRemark('newcomer', NEWCOMER_REMARK);
    await fake.waitFor(() => fake.undelivered === 0, 'the contact update delivered');
    fake.say('residents', 'newcomer', `#接单 ${n}`);
    await fake.waitForDelivered('residents', new RegExp(`${n}号工单.*已由赵师傅接单`));
  });
});
