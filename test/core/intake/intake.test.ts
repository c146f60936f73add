// Intake through handleMessage with the real classifier and a real (in-memory SQLite) store.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Classifier } from '../../../src/core/classify/types.js';
import type { Reply } from '../../../src/core/types.js';
import { createSqliteOutboxQueue } from '../../../src/infra/db/sqlite-outbox-queue.js';
import { createBot, realClassifier, resident, RESIDENTS, staff, STAFF_GROUP, type Bot } from '../../helpers/bot-harness.js';

let classifier: Classifier;
let categories: { code: string; name: string }[];
let bot: Bot;

beforeAll(async () => {
  ({ classifier, categories } = await realClassifier());
});
beforeEach(async () => {
  bot = await createBot({ classifier, categories });
});

const only = (replies: Reply[]): Reply => {
  expect(replies).toHaveLength(1);
  return replies[0]!;
};

describe('acknowledging a report', () => {
  it('opens a ticket and acknowledges it once, @-mentioning the reporter with number, category, building, who and by when', async () => {
    const ack = only(await bot.say(RESIDENTS, resident('张阿姨'), '3号楼的路灯不亮了，晚上走路很黑'));
    expect(ack.to).toEqual({ kind: 'room', roomKey: bot.roomKey(RESIDENTS) });
    expect(ack.mentions).toEqual(['张阿姨']);
    expect(ack.urgent).toBe(false);
    // lighting resolves in 3 days (rules/deadlines.yaml); 10:00 Shanghai + 3 d; 李网格员 covers 金阳花园.
    expect(ack.text).toBe('收到，已登记为1号工单（照明，3号楼），由李网格员负责，11月29日 10:00前办结。查询进度请发：#查询 1');
    const ticket = (await bot.store.getByNumber(1, '1'))!;
    expect(ticket).toMatchObject({ category: 'lighting', building: '3号楼', status: 'open', reporterCount: 1 });
  });

  it("names any worker when nobody covers the group's 小区", async () => {
    const config = structuredClone(bot.config);
    config.communities[0]!.staff = config.communities[0]!.staff.filter((s) => s.name !== '李网格员');
    bot = await createBot({ classifier, categories, config });
    expect(only(await bot.say(RESIDENTS, resident('张阿姨'), '3号楼的路灯不亮了')).text).toContain('由赵师傅负责');
  });

  it("merges a second household's report of the same light into the open ticket and says how many households reported it", async () => {
    await bot.say(RESIDENTS, resident('张阿姨'), '3号楼的路灯不亮了');
    const merged = only(await bot.say(RESIDENTS, resident('刘大爷'), '三号楼路灯还是不亮'));
    expect(merged.mentions).toEqual(['刘大爷']);
    expect(merged.text).toContain('已在1号工单中登记');
    expect(merged.text).toContain('2户反映');
    expect(merged.text).toContain('#查询 1');
  });

  it('counts the same person reporting again once', async () => {
    await bot.say(RESIDENTS, resident('张阿姨'), '3号楼的路灯不亮了');
    expect(only(await bot.say(RESIDENTS, resident('张阿姨'), '3号楼路灯坏了好几天了')).text).toContain('1户反映');
  });

  it('does not answer a repeat delivery of the same message', async () => {
    const msg = {
      id: 'wx-42',
      channel: { kind: 'room' as const, roomKey: bot.roomKey(RESIDENTS), topic: RESIDENTS },
      sender: resident('张阿姨'),
      text: '3号楼的路灯不亮了',
    };
    expect(await bot.send(msg)).toHaveLength(1);
    expect(await bot.send(msg)).toEqual([]);
    expect((await bot.store.getByNumber(1, '1'))!.reporterCount).toBe(1);
  });

  it('gives no reply to chatter, thanks or a message saying it is fixed', async () => {
    for (const text of ['今晚吃啥', '路灯修好了，谢谢', '大家早上好']) {
      expect(await bot.say(RESIDENTS, resident('张阿姨'), text)).toEqual([]);
    }
    expect(await bot.store.getByNumber(1, '1')).toBeNull();
  });
});

describe('a durable acknowledgement', () => {
  const outboxTexts = (bot: Bot) =>
    (bot.db.$client.prepare('select text from outbox order by id').all() as { text: string }[]).map((r) => r.text);

  it('is queued in the intake transaction: a crash before the replies reach the outbox still leaves it there, and a redelivery adds nothing', async () => {
    const msg = {
      channel: { kind: 'room' as const, roomKey: bot.roomKey(RESIDENTS), topic: RESIDENTS },
      sender: resident('张阿姨'),
      text: '3号楼的路灯不亮了',
      id: 'w1',
    };
    // The process "dies" here: the returned replies are never handed to the outbox.
    const ack = only(await bot.send(msg));
    expect(outboxTexts(bot)).toEqual([ack.text]);
    // After the restart WeChat delivers the message again: a repeat, no second acknowledgement.
    expect(await bot.send(msg)).toEqual([]);
    expect(outboxTexts(bot)).toEqual([ack.text]);
  });

  it('is queued once although handleMessage also returns it to be queued', async () => {
    const replies = await bot.say(RESIDENTS, resident('孙阿姨'), '5号楼燃气泄漏了，味道很大');
    expect(replies).toHaveLength(2);
    await createSqliteOutboxQueue(bot.db).enqueue(replies, bot.now());
    expect(outboxTexts(bot)).toEqual(replies.map((r) => r.text));
  });

  it('leaves no ticket behind when the acknowledgement cannot be queued', async () => {
    await expect(
      bot.store.intake(
        {
          communityId: 1,
          roomKey: bot.roomKey(RESIDENTS),
          messageId: 'x1',
          text: '3号楼路灯不亮',
          reporterName: '张阿姨',
          reporterKey: '张阿姨',
          at: bot.now(),
          category: 'lighting',
          urgent: false,
          building: '3号楼',
        },
        { mergeWindowHours: 72, deadlines: bot.deps.deadlines },
        () => [{ to: { kind: 'room', roomKey: '' }, text: '', mentions: [], urgent: false }],
      ),
    ).rejects.toThrow();
    expect(await bot.store.getByNumber(1, '1')).toBeNull();
    expect(outboxTexts(bot)).toEqual([]);
  });
});

describe('urgent reports', () => {
  it('still gives safety advice and alerts the staff group when the ticket cannot be stored, every time, and logs the failure', async () => {
    bot.deps.store = {
      ...bot.store,
      intake: async () => {
        throw new Error('SQLITE_FULL: database or disk is full');
      },
    };
    for (const who of ['孙阿姨', '钱大爷']) {
      const replies = await bot.say(RESIDENTS, resident(who), '5号楼燃气泄漏了，味道很大');
      const advice = replies.find((r) => r.to.kind === 'room' && r.to.roomKey === bot.roomKey(RESIDENTS))!;
      const alert = replies.find((r) => r.to.kind === 'room' && r.to.roomKey === bot.roomKey(STAFF_GROUP))!;
      expect(advice.text).toContain('不要开关电器');
      expect(advice.text).toContain('96777');
      expect(advice.text).not.toContain(bot.deps.replies.apology);
      expect(advice.urgent).toBe(true);
      expect(alert.text).toContain('【紧急');
      expect(alert.text).toContain(who);
      expect(alert.urgent).toBe(true);
      expect(alert.mentions).toEqual(expect.arrayContaining(['李网格员', '王主任']));
    }
    expect(bot.logs.filter((l) => l.level === 'error').map((l) => l.msg)).toEqual([
      expect.stringMatching(/urgent/),
      expect.stringMatching(/urgent/),
    ]);
  });

  it('alerts the staff group first, then answers the reporter with safety advice and the gas and fire numbers', async () => {
    const replies = await bot.say(RESIDENTS, resident('孙阿姨'), '5号楼燃气泄漏了，味道很大，我电话13812345678');
    expect(replies).toHaveLength(2);
    const [alert, advice] = replies as [Reply, Reply];
    expect(advice.to).toEqual({ kind: 'room', roomKey: bot.roomKey(RESIDENTS) });
    expect(advice.urgent).toBe(true);
    expect(advice.mentions).toEqual(['孙阿姨']);
    expect(advice.text).toContain('1号工单');
    expect(advice.text).toContain('不要开关电器');
    expect(advice.text).toContain('开窗');
    expect(advice.text).toContain('燃气抢修电话 96777');
    expect(advice.text).toContain('119');
    expect(alert.to).toEqual({ kind: 'room', roomKey: bot.roomKey(STAFF_GROUP) });
    expect(alert.urgent).toBe(true);
    expect(alert.text).toContain('【紧急】1号工单');
    expect(alert.text).toContain('孙阿姨');
    expect(alert.text).toContain('138****5678');
    expect(alert.text).not.toContain('13812345678');
    expect(alert.mentions).toEqual(expect.arrayContaining(['李网格员', '王主任']));
  });

  it('masks a phone number written in full-width digits with spaces, even where the excerpt is cut', async () => {
    const text = `5号楼燃气泄漏了，味道很大，${'快来人'.repeat(12)}电话１３８ １２３４ ５６７８`;
    const [alert] = (await bot.say(RESIDENTS, resident('孙阿姨'), text)) as [Reply, Reply];
    const digits = alert.text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');
    expect(digits).not.toContain('1381234');
    expect(digits).not.toContain('1234');
  });

  it('gives a second household the safety advice too, without alerting the staff group again', async () => {
    await bot.say(RESIDENTS, resident('孙阿姨'), '5号楼燃气泄漏了，味道很大');
    const replies = await bot.say(RESIDENTS, resident('周叔叔'), '5号楼燃气泄漏了，快来人');
    const advice = only(replies);
    expect(advice.urgent).toBe(true);
    expect(advice.mentions).toEqual(['周叔叔']);
    expect(advice.text).toContain('1号工单');
    expect(advice.text).toContain('燃气抢修电话');
    expect((await bot.store.getByNumber(1, '1'))!.reporterCount).toBe(2);
  });

  it('alerts the staff group when an urgent report joins a ticket that was not urgent', async () => {
    await bot.say(RESIDENTS, resident('周叔叔'), '5号楼燃气灶没气了');
    const replies = await bot.say(RESIDENTS, resident('孙阿姨'), '5号楼燃气泄漏了，味道很大');
    expect(replies.map((r) => (r.to.kind === 'room' ? r.to.roomKey : null))).toEqual([bot.roomKey(STAFF_GROUP), bot.roomKey(RESIDENTS)]);
    expect(replies.every((r) => r.urgent)).toBe(true);
    expect((await bot.store.getByNumber(1, '1'))!.urgent).toBe(true);
  });

  it.each([
    ['2号楼电梯困人了！里面有老人', '按电梯内警铃'],
    ['12号楼着火了冒烟', '119'],
    ['老人摔倒了没人管 7号楼', '120'],
    ['我家水管爆了，家里淹了 6号楼', '总阀'],
    ['4号楼电箱冒火花', '断开电源'],
  ])('gives advice that fits "%s"', async (text, advice) => {
    const replies = await bot.say(RESIDENTS, resident('孙阿姨'), text);
    const toReporter = replies.find((r) => r.to.kind === 'room' && r.to.roomKey === bot.roomKey(RESIDENTS))!;
    expect(toReporter.urgent).toBe(true);
    expect(toReporter.mentions).toEqual(['孙阿姨']);
    expect(toReporter.text).toContain(advice);
  });
});

describe('images and recalls', () => {
  it("attaches a photo sent within the configured minutes after the sender's report, silently", async () => {
    await bot.say(RESIDENTS, resident('张阿姨'), '3号楼的路灯不亮了');
    bot.advance(5 * 60_000);
    const image = { kind: 'image' as const, imagePath: 'data/images/2026-11-26/m2.jpg' };
    expect(await bot.say(RESIDENTS, resident('张阿姨'), '', image)).toEqual([]);
    const [report] = await bot.store.getReports((await bot.store.getByNumber(1, '1'))!.id);
    expect(report!.images).toEqual(['data/images/2026-11-26/m2.jpg']);
  });

  it('does not attach a photo from someone else or after the window', async () => {
    await bot.say(RESIDENTS, resident('张阿姨'), '3号楼的路灯不亮了');
    await bot.say(RESIDENTS, resident('刘大爷'), '', { kind: 'image', imagePath: 'data/images/a.jpg' });
    bot.advance(11 * 60_000);
    await bot.say(RESIDENTS, resident('张阿姨'), '', { kind: 'image', imagePath: 'data/images/b.jpg' });
    const [report] = await bot.store.getReports((await bot.store.getByNumber(1, '1'))!.id);
    expect(report!.images).toEqual([]);
  });

  it('withdraws a recalled report nobody has acted on and tells the group', async () => {
    await bot.say(RESIDENTS, resident('张阿姨'), '3号楼的路灯不亮了');
    const reportId = bot.lastId();
    const post = only(await bot.say(RESIDENTS, resident('张阿姨'), '', { kind: 'recall', recalledId: reportId }));
    expect(post.text).toBe('1号工单的反映已撤回，工单已撤销。');
    expect((await bot.store.getByNumber(1, '1'))!.status).toBe('withdrawn');
  });

  it("keeps a recalled report's ticket once a worker has taken it", async () => {
    await bot.say(RESIDENTS, resident('张阿姨'), '3号楼的路灯不亮了');
    const reportId = bot.lastId();
    await bot.say(RESIDENTS, staff('李网格员'), '#接单 1');
    expect(await bot.say(RESIDENTS, resident('张阿姨'), '', { kind: 'recall', recalledId: reportId })).toEqual([]);
    expect((await bot.store.getByNumber(1, '1'))!.status).toBe('in_progress');
  });

  it('ignores the recall of a message that was not a report', async () => {
    await bot.say(RESIDENTS, resident('张阿姨'), '今晚吃啥');
    expect(await bot.say(RESIDENTS, resident('张阿姨'), '', { kind: 'recall', recalledId: bot.lastId() })).toEqual([]);
  });
});
