import { beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/types.js';
import { createBot, resident, RESIDENTS, staff, STAFF_GROUP, texts, type Bot } from '../../helpers/bot-harness.js';

const zhang = resident('张阿姨');
const liu = resident('刘大爷');
const li = staff('李网格员');
const zhao = staff('赵师傅');
const wang = staff('王主任');

let bot: Bot;

/** Ticket 1: 3号楼路灯, reported by 张阿姨 and 刘大爷 in the residents' group. */
beforeEach(async () => {
  bot = await createBot();
  await bot.say(RESIDENTS, zhang, '3号楼路灯不亮了');
  await bot.say(RESIDENTS, liu, '3号楼路灯坏了好几天了');
});

const only = (replies: Reply[]): Reply => {
  expect(replies).toHaveLength(1);
  return replies[0]!;
};
const status = async (n = '1') => (await bot.store.getByNumber(1, n))!.status;

describe('worker commands', () => {
  it('接单 moves the ticket to 办理中 and tells the group, @-mentioning every reporter', async () => {
    const post = only(await bot.say(RESIDENTS, li, '#接单 1'));
    expect(post.to).toEqual({ kind: 'room', roomKey: bot.roomKey(RESIDENTS) });
    expect(post.text).toContain('1号工单');
    expect(post.text).toContain('李网格员接单');
    expect(post.mentions.sort()).toEqual(['刘大爷', '张阿姨']);
    expect(await status()).toBe('in_progress');
  });

  it('posts a status change in every group its reporters wrote in, @-mentioning the reporters of each', async () => {
    const config = structuredClone(bot.config);
    config.communities[0]!.groups.push({ topic: '金阳花园二期群', role: 'residents', xiaoqu: '金阳花园', watched: true });
    bot = await createBot({ config });
    await bot.say(RESIDENTS, zhang, '3号楼路灯不亮了');
    await bot.say('金阳花园二期群', liu, '3号楼路灯坏了');
    const posts = await bot.dm(li, '接单 1');
    const byRoom = Object.fromEntries(
      posts.filter((p) => p.to.kind === 'room').map((p) => [(p.to as { roomKey: string }).roomKey, p.mentions]),
    );
    expect(byRoom).toEqual({ [bot.roomKey(RESIDENTS)]: ['张阿姨'], [bot.roomKey('金阳花园二期群')]: ['刘大爷'] });
  });

  it('进度 posts the note to the group with phone numbers masked', async () => {
    await bot.say(RESIDENTS, li, '#接单 1');
    const post = only(await bot.say(RESIDENTS, li, '#进度 1 已联系电工13912345678，明天上午来'));
    expect(post.text).toContain('已联系电工139****5678，明天上午来');
    expect(post.text).not.toContain('13912345678');
    expect(post.mentions).toHaveLength(2);
  });

  it('完成 from a private chat posts to the group, asks the reporters to rate, and confirms privately', async () => {
    await bot.say(RESIDENTS, li, '#接单 1');
    const replies = await bot.dm(li, '完成 1 已更换灯泡');
    expect(replies).toHaveLength(2);
    const [post, confirm] = replies as [Reply, Reply];
    expect(post.to).toEqual({ kind: 'room', roomKey: bot.roomKey(RESIDENTS) });
    expect(post.text).toContain('已办结');
    expect(post.text).toContain('已更换灯泡');
    expect(post.text).toContain('#评价 1');
    expect(post.text).toContain('满意');
    expect(post.text).toContain('#没修好 1');
    expect(post.mentions.sort()).toEqual(['刘大爷', '张阿姨']);
    expect(confirm.to).toEqual({ kind: 'contact', name: '李网格员', remark: '李网格员', contactId: '@s-李网格员' });
    expect(confirm.text).toContain('已办结');
    expect(await status()).toBe('resolved');
  });

  it('转派 hands the ticket to another worker, tells the group and the new assignee', async () => {
    await bot.say(RESIDENTS, li, '#接单 1');
    const replies = await bot.say(RESIDENTS, li, '#转派 1 @赵师傅');
    expect(texts(replies)[0]).toContain('改由赵师傅负责');
    const dm = replies.find((r) => r.to.kind === 'contact');
    expect(dm?.to).toEqual({ kind: 'contact', name: '赵师傅', remark: '赵师傅' });
    expect(dm?.text).toContain('#接单 1');
    const t = (await bot.store.getByNumber(1, '1'))!;
    expect(t.assigneeName).toBe('赵师傅');
    expect(t.status).toBe('assigned');
  });

  it('转派 to someone not on the roster is refused by name', async () => {
    const reply = only(await bot.say(RESIDENTS, li, '#转派 1 @隔壁老王'));
    expect(reply.text).toContain('找不到工作人员“隔壁老王”');
    expect(await status()).toBe('open');
  });

  it('转办 and 退回 post to the group', async () => {
    await bot.say(RESIDENTS, li, '#接单 1');
    expect(only(await bot.say(RESIDENTS, li, '#退回 1 不在我的网格')).text).toContain('不在我的网格');
    expect(await status()).toBe('open');
    expect(only(await bot.say(RESIDENTS, zhao, '#转办 1 供电公司')).text).toContain('转交供电公司办理');
    expect(await status()).toBe('referred');
  });

  it("我的工单 lists the worker's open tickets; 待办 lists the community queue", async () => {
    await bot.say(RESIDENTS, zhang, '5号楼楼道灯坏了');
    await bot.say(RESIDENTS, li, '#接单 1');
    // Li took #1; #2 nobody took yet, and its acknowledgement named Li (he covers the 小区): both are his.
    const mine = only(await bot.dm(li, '我的工单')).text;
    expect(mine).toContain('（2个）');
    expect(mine).toContain('1号 照明 3号楼 办理中 李网格员');
    expect(mine).toMatch(/2号 照明 5号楼 已受理 李网格员/);
    const queue = only(await bot.say(STAFF_GROUP, zhao, '#待办')).text;
    expect(queue).toContain('（2个）');
    expect(queue).toMatch(/2号 照明 5号楼 已受理/);
    expect(only(await bot.dm(zhao, '我的工单')).text).toContain('目前没有');
  });

  it("answers a work list asked for in the residents' group privately, not in the group", async () => {
    const reply = only(await bot.say(RESIDENTS, li, '#待办'));
    expect(reply.to).toEqual({ kind: 'contact', name: '李网格员', remark: '李网格员', contactId: '@s-李网格员' });
    expect(reply.text).toContain('1号 照明 3号楼');
  });

  it('a worker may not take a ticket assigned to someone else', async () => {
    await bot.say(RESIDENTS, zhao, '#接单 1');
    const reply = only(await bot.say(RESIDENTS, li, '#完成 1 修好了'));
    expect(reply.text).toContain('由赵师傅负责');
    expect(await status()).toBe('in_progress');
  });
});

describe('admin commands', () => {
  it('lets a district admin on the roster use the admin commands (接单, 关闭) like a community admin', async () => {
    const config = structuredClone(bot.config);
    config.communities[0]!.staff.push({ remark: '刘科长', name: '刘科长', role: 'district', covers: ['*'] });
    bot = await createBot({ config });
    await bot.say(RESIDENTS, zhang, '3号楼路灯不亮了');
    const district = staff('刘科长');
    expect(only(await bot.say(RESIDENTS, district, '#接单 1')).text).toContain('刘科长接单');
    expect(only(await bot.say(RESIDENTS, district, '#关闭 1 已由供电所统一更换')).text).toContain('未解决关闭');
    expect(await status()).toBe('unresolved');
  });

  it('关闭 needs an admin and a reason', async () => {
    expect(only(await bot.say(RESIDENTS, li, '#关闭 1 重复')).text).toContain('只有社区管理员可以「关闭」');
    expect(only(await bot.say(RESIDENTS, wang, '#关闭 1')).text).toContain('需要写明说明');
    const post = only(await bot.say(RESIDENTS, wang, '#关闭 1 已由供电所统一更换'));
    expect(post.text).toContain('未解决关闭');
    expect(post.text).toContain('已由供电所统一更换');
    expect(await status()).toBe('unresolved');
  });

  it("合并 A B marks A as a duplicate of B and counts A's reporters on B", async () => {
    await bot.say(RESIDENTS, resident('孙阿姨'), '5号楼路灯不亮');
    await bot.say(STAFF_GROUP, wang, '#合并 2 1');
    const t2 = (await bot.store.getByNumber(1, '2'))!;
    expect(t2.status).toBe('duplicate');
    expect(t2.duplicateOf).toBe('1');
    expect((await bot.store.getByNumber(1, '1'))!.reporterCount).toBe(3);
  });

  it("合并 posts to the merged ticket's group and confirms to the admin elsewhere", async () => {
    await bot.say(RESIDENTS, resident('孙阿姨'), '5号楼路灯不亮');
    const replies = await bot.say(STAFF_GROUP, wang, '#合并 2 1');
    const post = replies.find((r) => r.to.kind === 'room' && r.to.roomKey === bot.roomKey(RESIDENTS))!;
    expect(post.text).toContain('2号工单与1号是同一问题，已合并到1号，目前共3户反映');
    expect(post.mentions).toEqual(['孙阿姨']);
    expect(replies.some((r) => r.to.kind === 'room' && r.to.roomKey === bot.roomKey(STAFF_GROUP))).toBe(true);
  });

  it('合并 into a ticket that does not exist is refused', async () => {
    expect(only(await bot.say(STAFF_GROUP, wang, '#合并 1 99')).text).toContain('没有99号工单');
  });

  it('指派 lets an admin reassign a ticket a worker holds', async () => {
    await bot.say(RESIDENTS, li, '#接单 1');
    await bot.say(STAFF_GROUP, wang, '#指派 1 @赵师傅');
    expect((await bot.store.getByNumber(1, '1'))!.assigneeName).toBe('赵师傅');
  });

  it("拆分 moves one reporter's report out into a new ticket (admins only)", async () => {
    expect(only(await bot.say(STAFF_GROUP, li, '#拆分 1 @刘大爷')).text).toContain('只有社区管理员');
    const reply = only(await bot.say(STAFF_GROUP, wang, '#拆分 1 @刘大爷'));
    expect(reply.text).toContain('已把刘大爷的反映从1号拆出，新工单为2号');
    expect((await bot.store.getByNumber(1, '1'))!.reporterCount).toBe(1);
  });

  it('绑定 in a private chat makes the person staff for this session; never in a group', async () => {
    const person = (await bot.store.findStaffByName(1, '赵师傅'))!;
    const code = await bot.store.createBindingCode(person.id, bot.now(), new Date(bot.now().getTime() + 3600_000));
    const stranger = { sessionId: '@new-session', name: '赵师傅', remark: null };
    // Display name alone is not staff.
    expect(only(await bot.dm(stranger, '我的工单')).text).toContain('只有工作人员');
    // Posted in a group, the code is void at once; the admins hear of it.
    const posted = await bot.say(RESIDENTS, stranger, `#绑定 ${code}`);
    expect(posted[0]!.text).toContain('已经作废');
    expect(posted.slice(1).map((r) => r.to)).toEqual([expect.objectContaining({ kind: 'contact', remark: '王主任' })]);
    expect(only(await bot.dm(stranger, `绑定 ${code}`)).text).toContain('绑定码无效');
    const fresh = await bot.store.createBindingCode(person.id, bot.now(), new Date(bot.now().getTime() + 3600_000));
    expect(only(await bot.dm(stranger, `绑定 ${fresh}`)).text).toContain('绑定成功');
    expect(only(await bot.dm(stranger, '我的工单')).text).toContain('赵师傅负责的未办结工单');
    expect(only(await bot.dm(resident('别人'), `绑定 ${fresh}`)).text).toContain('绑定码无效');
  });
});

describe('resident commands', () => {
  it('查询 shows status, assignee, deadline in Shanghai time, households and the last progress note', async () => {
    await bot.say(RESIDENTS, li, '#接单 1');
    await bot.say(RESIDENTS, li, '#进度 1 灯泡已订购');
    const reply = only(await bot.say(RESIDENTS, zhang, '#查询 1号'));
    expect(reply.mentions).toEqual(['张阿姨']);
    expect(reply.text).toContain('1号工单：照明，3号楼');
    expect(reply.text).toContain('状态：办理中');
    expect(reply.text).toContain('处理人：李网格员');
    expect(reply.text).toContain('期限：11月29日 10:00'); // 3 days after 10:00 Shanghai
    expect(reply.text).toContain('2户反映');
    expect(reply.text).toContain('最新进展：灯泡已订购');
  });

  it('查询 of a ticket nobody took yet names the responsible worker, as the acknowledgement did', async () => {
    const reply = only(await bot.say(RESIDENTS, zhang, '#查询 1'));
    expect(reply.text).toContain('状态：已受理｜处理人：李网格员');
  });

  it('查询 of a number that does not exist says so', async () => {
    expect(only(await bot.say(RESIDENTS, zhang, '#查询 42')).text).toBe('没有42号工单，请核对编号。');
  });

  it("撤销 works only for the resident's own report", async () => {
    await bot.say(RESIDENTS, zhang, '8号楼楼道灯坏了');
    expect(only(await bot.say(RESIDENTS, liu, '#撤销 2')).text).toContain('只有反映人本人');
    expect(await status('2')).toBe('open');
    expect(only(await bot.say(RESIDENTS, zhang, '#撤销 2')).text).toContain('2号工单已由反映人撤销');
    expect(await status('2')).toBe('withdrawn');
  });

  it("撤销 of a ticket others reported too only removes the sender's own report", async () => {
    const reply = only(await bot.say(RESIDENTS, liu, '#撤销 1'));
    expect(reply.mentions).toEqual(['刘大爷']);
    expect(reply.text).toContain('还有1户反映');
    const t = (await bot.store.getByNumber(1, '1'))!;
    expect(t.status).toBe('open');
    expect(t.reporterCount).toBe(1);
  });

  it('a resident may not use worker or admin commands', async () => {
    expect(only(await bot.say(RESIDENTS, zhang, '#接单 1')).text).toBe('只有工作人员可以「接单」。');
    expect(only(await bot.say(RESIDENTS, zhang, '#待办')).text).toBe('只有工作人员可以「待办」。');
    expect(only(await bot.say(RESIDENTS, zhang, '#关闭 1 算了')).text).toBe('只有社区管理员可以「关闭」。');
    expect(await status()).toBe('open');
  });

  it.each(['#接单 1', '#进度 1 在修', '#完成 1 修好了', '#转派 1 @赵师傅', '#转办 1 供电公司', '#退回 1', '#我的工单', '#待办'])(
    'refuses "%s" from a resident: only staff',
    async (text) => {
      expect(only(await bot.say(RESIDENTS, zhang, text)).text).toMatch(/^只有工作人员可以「.+」。$/);
      expect(await status()).toBe('open');
    },
  );

  it.each(['#关闭 1 重复', '#合并 1 2', '#拆分 1 @刘大爷'])('refuses "%s" from a worker: only admins', async (text) => {
    await bot.say(RESIDENTS, zhang, '8号楼楼道灯坏了');
    expect(only(await bot.say(RESIDENTS, li, text)).text).toMatch(/^只有社区管理员可以「.+」。$/);
    expect(await status()).toBe('open');
  });

  it("refuses a step the ticket's status does not allow, naming the status", async () => {
    expect(only(await bot.say(RESIDENTS, li, '#退回 1 不归我')).text).toContain('当前状态为「已受理」，不能「退回」');
  });

  it('staff are never recognised by display name alone', async () => {
    const impostor = resident('王主任');
    expect(only(await bot.say(RESIDENTS, impostor, '#关闭 1 不管了')).text).toContain('只有社区管理员');
    expect(await status()).toBe('open');
  });

  describe('after the ticket is done', () => {
    beforeEach(async () => {
      await bot.say(RESIDENTS, li, '#接单 1');
      await bot.say(RESIDENTS, li, '#完成 1 已更换灯泡');
    });

    it('评价 5 thanks the rater and closes the ticket', async () => {
      const reply = only(await bot.say(RESIDENTS, zhang, '#评价 1 5'));
      expect(reply.text).toBe('感谢评价！1号工单：5分。');
      expect(reply.mentions).toEqual(['张阿姨']);
      expect((await bot.store.getByNumber(1, '1'))!.rating).toBe(5);
      expect(await status()).toBe('closed');
    });

    it('a bare "不满意 1" in the group reopens the ticket and alerts the staff group', async () => {
      const replies = await bot.say(RESIDENTS, liu, '不满意 1');
      const group = replies.find((r) => r.to.kind === 'room' && r.to.roomKey === bot.roomKey(RESIDENTS))!;
      expect(group.text).toContain('已重新打开');
      const staffPost = replies.find((r) => r.to.kind === 'room' && r.to.roomKey === bot.roomKey(STAFF_GROUP))!;
      expect(staffPost.text).toContain('刘大爷评价 1 分（不满意）');
      expect(staffPost.mentions).toContain('王主任');
      expect((await bot.store.getByNumber(1, '1'))!.rating).toBe(1);
      expect(['open', 'assigned']).toContain(await status());
    });

    it('only reporters may rate', async () => {
      expect(only(await bot.say(RESIDENTS, resident('路人'), '#评价 1 1')).text).toContain('只有反映人本人');
      expect(await status()).toBe('resolved');
    });

    it('没修好 reopens it, tells the group and escalates to the admins in the staff group', async () => {
      const replies = await bot.say(RESIDENTS, zhang, '#没修好 1 晚上还是不亮');
      const post = replies[0]!;
      expect(post.to).toEqual({ kind: 'room', roomKey: bot.roomKey(RESIDENTS) });
      expect(post.text).toContain('1号工单已重新打开（张阿姨：晚上还是不亮）');
      expect(post.mentions.sort()).toEqual(['刘大爷', '张阿姨']);
      expect(await status()).toBe('assigned');
      const staffPost = replies.find((r) => r.to.kind === 'room' && r.to.roomKey === bot.roomKey(STAFF_GROUP))!;
      expect(staffPost.text).toContain('张阿姨反映“没修好”');
      expect(staffPost.mentions).toEqual(expect.arrayContaining(['王主任', '李网格员']));
    });
  });

  it('评价 before the ticket is done says the current status does not allow it', async () => {
    expect(only(await bot.say(RESIDENTS, zhang, '#评价 1 5')).text).toContain('当前状态为「已受理」，不能「评价」');
  });
});

describe('help and malformed commands', () => {
  it('帮助 lists only what the sender may do, from the lifecycle table', async () => {
    const residentHelp = only(await bot.say(RESIDENTS, zhang, '#帮助')).text;
    expect(residentHelp).toContain('#查询');
    expect(residentHelp).toContain('#评价');
    expect(residentHelp).not.toContain('#接单');
    const workerHelp = only(await bot.dm(li, '帮助')).text;
    expect(workerHelp).toContain('#接单');
    expect(workerHelp).toContain('#我的工单');
    expect(workerHelp).not.toContain('#关闭');
    const adminHelp = only(await bot.dm(wang, '帮助')).text;
    expect(adminHelp).toContain('#关闭');
    expect(adminHelp).toContain('#合并');
    expect(adminHelp).toContain('#拆分');
  });

  it('a malformed command gets the usage of that command', async () => {
    expect(only(await bot.say(RESIDENTS, li, '#进度 1')).text).toBe(
      '命令格式不对。用法：#进度 编号 说明，例如：#进度 12 已联系物业，明天上午更换',
    );
    expect(only(await bot.say(RESIDENTS, zhang, '#评价 1 十分')).text).toContain('用法：#评价');
    expect(only(await bot.say(RESIDENTS, li, '#转派 1')).text).toContain('用法：#转派');
  });

  it('an unknown command points to 帮助', async () => {
    expect(only(await bot.say(RESIDENTS, zhang, '#打卡 1')).text).toContain('#帮助');
  });
});
