import { beforeEach, describe, expect, it } from 'vitest';
import { createConfig, demoConfigInput } from '../../../src/config.js';
import { computeStats } from '../../../src/core/stats/ticket-stats.js';
import { STATUS_CODES } from '../../../src/core/tickets/lifecycle.js';
import type { Reply } from '../../../src/core/types.js';
import { createBot, resident, RESIDENTS, staff, STAFF_GROUP, type Bot } from '../../helpers/bot-harness.js';

const zhang = resident('张阿姨');
const liu = resident('刘大爷');
const li = staff('李网格员');
const wang = staff('王主任');
const zhou = staff('周师傅');

const CATEGORIES = [
  { code: 'lighting', name: '照明' },
  { code: 'drainage', name: '下水排污' },
  { code: 'water_leak', name: '漏水渗水' },
  { code: 'gas', name: '燃气' },
  { code: 'elevator', name: '电梯' },
];
const DAY = 86_400_000;

let bot: Bot;
const ticket = async (n = '1') => (await bot.store.getByNumber(1, n))!;
const inRoom = (replies: Reply[], topic: string) => replies.filter((r) => r.to.kind === 'room' && r.to.roomKey === bot.roomKey(topic));

/** Ticket 1: 3号楼路灯 as the bot filed it (照明), reported by 张阿姨 and 刘大爷. */
beforeEach(async () => {
  bot = await createBot({ categories: CATEGORIES });
  await bot.say(RESIDENTS, zhang, '3号楼路灯不亮了');
  await bot.say(RESIDENTS, liu, '3号楼路灯坏了好几天了');
});

describe('#改类', () => {
  it('moves the ticket to the new category by a short Chinese name, its deadline follows, and the group is told briefly', async () => {
    const before = await ticket();
    const replies = await bot.say(RESIDENTS, li, '#改类 1 排水');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toBe('1号工单改为“下水排污”类（原为“照明”），由李网格员负责，11月28日 10:00前办结。');
    expect(replies[0]!.mentions.sort()).toEqual(['刘大爷', '张阿姨']);
    const after = await ticket();
    expect(after.category).toBe('drainage');
    // 照明 has 3 days to resolve, 下水排污 2: the deadline moves one day earlier.
    expect(after.dueAt.getTime()).toBe(before.dueAt.getTime() - DAY);
    expect(after.status).toBe('open');
  });

  it('takes the category code too, and records the correction with the text the classifier saw', async () => {
    await bot.say(STAFF_GROUP, wang, '#改类 1 drainage');
    const [correction, ...rest] = await bot.store.listCorrections({ communityId: 1 });
    expect(rest).toEqual([]);
    expect(correction).toMatchObject({
      ticketId: (await ticket()).id,
      kind: 'recategorise',
      text: '3号楼路灯不亮了',
      fromCategory: 'lighting',
      toCategory: 'drainage',
      staff: '王主任',
      at: bot.now(),
    });
  });

  it('gives the ticket to the worker who covers the new category, and tells them', async () => {
    const config = createConfig(demoConfigInput);
    config.communities[0]!.staff.push({ remark: '周师傅', name: '周师傅', role: 'worker', covers: ['下水排污'] });
    bot = await createBot({ categories: CATEGORIES, config });
    await bot.say(RESIDENTS, zhang, '3号楼路灯不亮了');
    await bot.say(RESIDENTS, li, '#接单 1');
    const replies = await bot.say(STAFF_GROUP, wang, '#改类 1 排水');
    expect(inRoom(replies, RESIDENTS)[0]!.text).toContain('由周师傅负责');
    const dm = replies.find((r) => r.to.kind === 'contact');
    expect(dm?.to).toEqual({ kind: 'contact', name: '周师傅', remark: '周师傅' });
    expect(dm?.text).toContain('#接单 1');
    expect(await ticket()).toMatchObject({ assigneeName: '周师傅', status: 'assigned', category: 'drainage' });
    expect((await bot.say(RESIDENTS, zhou, '#接单 1'))[0]!.text).toContain('周师傅接单');
  });

  it("names the category's worker as responsible for a ticket nobody took yet", async () => {
    const config = createConfig(demoConfigInput);
    config.communities[0]!.staff.push({ remark: '周师傅', name: '周师傅', role: 'worker', covers: ['drainage'] });
    bot = await createBot({ categories: CATEGORIES, config });
    await bot.say(RESIDENTS, zhang, '3号楼路灯不亮了');
    expect((await bot.say(RESIDENTS, li, '#改类 1 排水'))[0]!.text).toContain('由周师傅负责');
    expect((await bot.say(RESIDENTS, zhang, '#查询 1'))[0]!.text).toContain('处理人：周师傅');
    expect((await ticket()).assigneeId).toBeNull();
  });

  it('refuses an unknown or unchanged category and changes nothing', async () => {
    const unknown = await bot.say(RESIDENTS, li, '#改类 1 火箭');
    expect(unknown.map((r) => r.text)).toEqual(['没有“火箭”这个类别，请用类别名称或代码：照明、下水排污、漏水渗水、燃气、电梯']);
    expect((await bot.say(RESIDENTS, li, '#改类 1 照明'))[0]!.text).toBe('1号工单已经是“照明”类，不用改。');
    expect((await ticket()).category).toBe('lighting');
    expect(await bot.store.listCorrections()).toEqual([]);
  });

  it('is for staff only: a resident gets the one refusal', async () => {
    expect((await bot.say(RESIDENTS, zhang, '#改类 1 排水')).map((r) => r.text)).toEqual(['只有工作人员可以「改类」。']);
    expect((await ticket()).category).toBe('lighting');
  });

  it('gives the usage when the category is missing', async () => {
    expect((await bot.say(RESIDENTS, li, '#改类 1'))[0]!.text).toBe('命令格式不对。用法：#改类 编号 类别，例如：#改类 12 排水');
  });
});

describe('#不是诉求', () => {
  it('withdraws the ticket, tells the reporters politely in their group and confirms to the staff member', async () => {
    const replies = await bot.say(STAFF_GROUP, li, '#不是诉求 1');
    const [post] = inRoom(replies, RESIDENTS);
    expect(post!.text).toBe('不好意思，刚才把您的消息误登记成了1号工单，现已撤下。如果确实有问题需要处理，请再说一下，我们会跟进。');
    expect(post!.mentions.sort()).toEqual(['刘大爷', '张阿姨']);
    expect(inRoom(replies, STAFF_GROUP)[0]!.text).toBe('好的，1号工单现在是“非诉求”。');
    expect(await ticket()).toMatchObject({ status: 'not_report', closedAt: bot.now() });
  });

  it('records the correction and leaves the ticket out of the statistics', async () => {
    await bot.say(RESIDENTS, resident('孙阿姨'), '5号楼楼道灯坏了');
    await bot.say(RESIDENTS, wang, '#不是诉求 1');
    expect(await bot.store.listCorrections()).toMatchObject([
      { kind: 'not_report', text: '3号楼路灯不亮了', fromCategory: 'lighting', toCategory: null, staff: '王主任' },
    ]);
    const all = await bot.store.listTickets({ statuses: STATUS_CODES });
    expect(all).toHaveLength(2);
    const stats = computeStats(all, bot.now());
    expect(stats.total).toBe(1);
    expect([...stats.byBuilding.keys()]).toEqual(['5号楼']);
  });

  it('no longer merges new reports into the withdrawn ticket', async () => {
    await bot.say(RESIDENTS, li, '#不是诉求 1');
    const ack = await bot.say(RESIDENTS, resident('孙阿姨'), '3号楼路灯还是不亮');
    expect(ack[0]!.text).toContain('2号工单');
  });

  it('is for staff only, and only for tickets still being worked on', async () => {
    expect((await bot.say(RESIDENTS, zhang, '#不是诉求 1')).map((r) => r.text)).toEqual(['只有工作人员可以「不是诉求」。']);
    await bot.say(RESIDENTS, li, '#接单 1');
    await bot.say(RESIDENTS, li, '#完成 1 已修好');
    expect((await bot.say(RESIDENTS, li, '#不是诉求 1'))[0]!.text).toContain('当前状态为「已办结」，不能「不是诉求」');
    expect(await bot.store.listCorrections()).toEqual([]);
  });
});

describe('#登记 as a reply quoting a message the bot missed', () => {
  const quoting = (author: string, text: string, reply: string) => `「${author}：${text}」\n- - - - - - - - - - - - - - -\n${reply}`;
  const sun = resident('孙阿姨');

  it('opens the ticket as if the bot had caught it: the acknowledgement @-mentions the resident', async () => {
    expect(await bot.say(RESIDENTS, sun, '楼下那个灯晚上黑漆漆的')).toEqual([]); // missed
    const replies = await bot.say(RESIDENTS, li, quoting('孙阿姨', '楼下那个灯晚上黑漆漆的', '#登记 照明'));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.to).toEqual({ kind: 'room', roomKey: bot.roomKey(RESIDENTS) });
    expect(replies[0]!.mentions).toEqual(['孙阿姨']);
    expect(replies[0]!.text).toMatch(/^收到，已登记为2号工单（照明，未注明位置），由李网格员负责/);
    const t = await ticket('2');
    expect(t).toMatchObject({ category: 'lighting', status: 'open', reporterCount: 1 });
    expect((await bot.store.getReporters(t.id)).map((r) => r.name)).toEqual(['孙阿姨']);
    expect((await bot.store.getReports(t.id))[0]!.text).toBe('楼下那个灯晚上黑漆漆的');
  });

  it("ties the report to the quoted resident's account when exactly one group member shows that name", async () => {
    bot.deps.members = { membersNamed: async (_room, name) => (name === '孙阿姨' ? [sun.sessionId] : []) };
    await bot.say(RESIDENTS, li, quoting('孙阿姨', '楼下那个灯晚上黑漆漆的', '#登记 照明'));
    expect((await bot.store.getReports((await ticket('2')).id))[0]!.reporterContactId).toBe(sun.sessionId);
    expect((await bot.say(RESIDENTS, sun, '#撤销 2'))[0]!.text).toContain('2号工单已由反映人撤销');
  });

  it('leaves the account unknown when several members show the name, and the name alone then claims nothing', async () => {
    bot.deps.members = { membersNamed: async () => [sun.sessionId, '@r-另一位孙阿姨'] };
    await bot.say(RESIDENTS, li, quoting('孙阿姨', '楼下那个灯晚上黑漆漆的', '#登记 照明'));
    expect((await bot.store.getReports((await ticket('2')).id))[0]!.reporterContactId).toBeNull();
    expect((await bot.say(RESIDENTS, sun, '#撤销 2'))[0]!.text).toContain('无法确认你就是这张工单的反映人');
    expect((await ticket('2')).status).toBe('open');
  });

  it('records the correction: the text the classifier saw, the category it should have found, who registered it', async () => {
    await bot.say(RESIDENTS, li, quoting('孙阿姨', '楼下下水道又返味了', '#登记 排水'));
    expect(await bot.store.listCorrections()).toMatchObject([
      {
        kind: 'missed',
        ticketId: (await ticket('2')).id,
        text: '楼下下水道又返味了',
        fromCategory: null,
        toCategory: 'drainage',
        staff: '李网格员',
        at: bot.now(),
      },
    ]);
  });

  it("takes the classifier's category and building when staff name none", async () => {
    await bot.say(RESIDENTS, wang, quoting('孙阿姨', '8号楼楼道灯坏了好几天', '#登记'));
    expect(await ticket('2')).toMatchObject({ category: 'lighting', building: '8号楼' });
  });

  it('raises an urgent report as the bot would have: safety advice to the group and an alert in the staff group', async () => {
    const replies = await bot.say(RESIDENTS, li, quoting('孙阿姨', '5号楼电梯有人被困住了', '#登记'));
    expect(inRoom(replies, STAFF_GROUP)[0]!.text).toContain('【紧急】2号工单');
    expect(inRoom(replies, STAFF_GROUP)[0]!.text).toContain('孙阿姨反映');
    const ack = inRoom(replies, RESIDENTS)[0]!;
    expect(ack.urgent).toBe(true);
    expect(ack.mentions).toEqual(['孙阿姨']);
  });

  it('asks for the category when neither staff nor the classifier name one', async () => {
    const replies = await bot.say(RESIDENTS, li, quoting('孙阿姨', '楼下下水道又返味了', '#登记'));
    expect(replies[0]!.text).toBe(
      '看不出这条消息属于哪一类，请写明类别再登记，例如：#登记 排水。可用的类别：照明、下水排污、漏水渗水、燃气、电梯',
    );
    expect(await ticket('2').catch(() => null)).toBeNull();
  });

  it('registers a message once: a second #登记 of it says which ticket it is', async () => {
    await bot.say(RESIDENTS, li, quoting('孙阿姨', '楼下那个灯晚上黑漆漆的', '#登记 照明'));
    const again = await bot.say(RESIDENTS, wang, quoting('孙阿姨', '楼下那个灯晚上黑漆漆的', '#登记 照明'));
    expect(again.map((r) => r.text)).toEqual(['这条消息已登记为2号工单。']);
    expect(await bot.store.listCorrections()).toHaveLength(1);
  });

  it("is for staff only, needs a quoted message, and works in a residents' group only", async () => {
    expect((await bot.say(RESIDENTS, zhang, quoting('孙阿姨', '楼下那个灯晚上黑漆漆的', '#登记 照明'))).map((r) => r.text)).toEqual([
      '只有工作人员可以「登记」。',
    ]);
    const usage = '命令格式不对。用法：在居民群里引用（回复）漏登记的那条消息，发 #登记 [类别]，例如：#登记 排水';
    expect((await bot.say(RESIDENTS, li, '#登记 照明')).map((r) => r.text)).toEqual([usage]);
    expect((await bot.say(STAFF_GROUP, li, quoting('孙阿姨', '楼下那个灯晚上黑漆漆的', '#登记 照明'))).map((r) => r.text)).toEqual([usage]);
    expect(await bot.store.getByNumber(1, '2')).toBeNull();
    expect(await bot.store.listCorrections()).toEqual([]);
  });
});
