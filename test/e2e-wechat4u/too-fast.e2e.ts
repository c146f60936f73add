// Ret 1205 ("too fast") from webwxsendmsg: wechat4u throws, the outbox backs off and retries,
// nothing is dropped, and the configured gap between two sends holds throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechat } from './fake-wechat/fake-wechat-server.js';
import type { BotProcess } from './run-bot.js';
import { SEND_GAP_MS, startLoggedIn } from './world.js';

const RETRY_BASE_MS = 400; // botConfig().sending.retryBaseMs

let fake: FakeWechat;
let bot: BotProcess;
beforeAll(async () => {
  ({ fake, bot } = await startLoggedIn());
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('sending when WeChat answers Ret 1205', () => {
  it('backs off, retries until delivered, drops nothing and keeps the gap', async () => {
    fake.failNext.push(1205, 1205);
    fake.say('residents', 'auntie', '3号楼的路灯坏了，晚上走路很黑');
    fake.say('staff', 'worker', '#帮助');
    await fake.waitForDelivered('residents', /已登记为1号工单/);
    await fake.waitForDelivered('staff', /接单/);

    const attempts = fake.attempts;
    expect(attempts.filter((a) => a.ret === 1205)).toHaveLength(2);
    expect(attempts.slice(0, 2).map((a) => a.ret)).toEqual([1205, 1205]);
    // Each refused message is retried after the back-off (≥ retryBaseMs), and then delivered.
    for (const key of ['residents', 'staff']) {
      const mine = fake.attemptsTo(key);
      expect(mine.at(-1)!.ret).toBe(0);
      for (let i = 1; i < mine.length; i++)
        if (mine[i - 1]!.ret === 1205) expect(mine[i]!.at - mine[i - 1]!.at).toBeGreaterThanOrEqual(RETRY_BASE_MS - 5);
      // Nothing dropped, nothing doubled: exactly one delivery per destination.
      expect(fake.delivered(key)).toHaveLength(1);
    }
    // The gap holds between any two consecutive sends, failed or not.
    for (let i = 1; i < attempts.length; i++) expect(attempts[i]!.at - attempts[i - 1]!.at).toBeGreaterThanOrEqual(SEND_GAP_MS - 5);
    const retries = bot.logs().filter((l) => l.msg === 'outbox send failed, will retry');
    expect(retries).toHaveLength(2);
    expect(String(retries[0]!.err)).toMatch(/1205/);
  });
});
