// The community every wechat4u scenario runs in: who is in which group, the remarks the bot's
// account gave its staff, and the bot's config with fast timers (nothing here waits for real time
// longer than the send gap and the retry delay below).
import { startFakeWechat, type FakeWechat, type FakeWechatOptions } from './fake-wechat/fake-wechat-server.js';
import { makeWorkDir, startBot, type BotProcess } from './run-bot.js';

const RESIDENTS = '金阳花园业主群';
const STAFF_GROUP = '金阳社区工作群';
const WORKER_REMARK = 'W001-张师傅';
const ADMIN_REMARK = 'A01-王主任';
export const NEWCOMER_REMARK = 'W002-赵师傅';
/** The gap the bot must keep between two sends in these tests. */
export const SEND_GAP_MS = 250;
/** How long the bot process may take to show its first QR code (start-up compiles and loads a lot; CPU is shared). */
export const STARTUP_MS = 60_000;

export function world(): FakeWechatOptions {
  return {
    self: { nickName: '社区小助手' },
    people: [
      { key: 'worker', nickName: '张建国', remarkName: WORKER_REMARK },
      { key: 'admin', nickName: '王丽', remarkName: ADMIN_REMARK },
      { key: 'auntie', nickName: '张阿姨' },
      { key: 'uncle', nickName: '刘大爷' },
      // Another 刘大爷 in the same group: after a re-login nobody can tell the two apart by name.
      { key: 'uncleTwin', nickName: '刘大爷' },
      // Joins the staff while the bot runs: in the roster, in the account's contacts, no remark yet.
      { key: 'newcomer', nickName: '赵建军', friend: true },
      // A resident who calls himself by the worker's remark, as nickname and group nickname.
      { key: 'impostor', nickName: WORKER_REMARK },
    ],
    rooms: [
      {
        key: 'residents',
        topic: RESIDENTS,
        members: [
          { person: 'auntie', displayName: '3栋张阿姨' },
          { person: 'uncle' },
          { person: 'uncleTwin' },
          { person: 'impostor', displayName: WORKER_REMARK },
          { person: 'worker', displayName: '张师傅' },
          { person: 'newcomer' },
        ],
      },
      { key: 'staff', topic: STAFF_GROUP, members: [{ person: 'worker' }, { person: 'admin' }] },
    ],
    holdMs: 1000,
  };
}

export function botConfig(overrides: { silenceAlertHours?: number; maxAttempts?: number } = {}): Record<string, unknown> {
  return {
    timezone: 'Asia/Shanghai',
    database: 'data/yishiting.db',
    bot: { name: '社区小助手', session: 'e2e' },
    sending: { minIntervalMs: SEND_GAP_MS, quietHours: null, maxAttempts: overrides.maxAttempts ?? 8, retryBaseMs: 400 },
    schedule: { tickSeconds: 0.5, silenceAlertHours: overrides.silenceAlertHours ?? 6 },
    communities: [
      {
        name: '金阳社区',
        groups: [
          { topic: RESIDENTS, role: 'residents', xiaoqu: '金阳花园' },
          { topic: STAFF_GROUP, role: 'staff' },
        ],
        staff: [
          { remark: WORKER_REMARK, name: '张师傅', role: 'worker', covers: ['*'] },
          { remark: ADMIN_REMARK, name: '王主任', role: 'admin', covers: ['*'] },
          { remark: NEWCOMER_REMARK, name: '赵师傅', role: 'worker', covers: ['*'] },
        ],
      },
    ],
  };
}

/** A fake WeChat and the bot started against it, logged in by QR. */
export async function startLoggedIn(
  options: { config?: Record<string, unknown>; dir?: string } = {},
): Promise<{ fake: FakeWechat; bot: BotProcess; dir: string }> {
  const fake = await startFakeWechat(world());
  const dir = options.dir ?? makeWorkDir();
  const bot = startBot({ dir, fake, config: options.config ?? botConfig() });
  await bot.waitForOutput(/请用社区工作微信扫描/, STARTUP_MS);
  fake.scan();
  await fake.loggedIn(1);
  await bot.waitForOutput(/已登录：/);
  return { fake, bot, dir };
}
