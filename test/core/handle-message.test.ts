// The pipeline around intake and commands: what is ignored and why, privacy of chatter, the
// @-mention help, and the error boundary.
import { beforeEach, describe, expect, it } from 'vitest';
import type { TicketStore } from '../../src/core/tickets/ticket-store.js';
import { createBot, resident, RESIDENTS, staff, STAFF_GROUP, type Bot } from '../helpers/bot-harness.js';

let bot: Bot;
beforeEach(async () => {
  bot = await createBot();
});

const debugReasons = () => bot.logs.filter((l) => l.level === 'debug').map((l) => (typeof l.obj === 'string' ? l.obj : l.msg));

describe('what the bot ignores', () => {
  it('messages sent before start-up', async () => {
    const before = new Date(bot.now().getTime() - 5 * 60_000);
    expect(await bot.say(RESIDENTS, resident('张阿姨'), '3号楼路灯不亮了', { sentAt: before })).toEqual([]);
    expect(await bot.store.getByNumber(1, '1')).toBeNull();
    expect(debugReasons()).toContain('ignored: older than start-up');
  });

  it('but not a message stamped a few seconds before start-up (WeChat stamps whole seconds)', async () => {
    const justBefore = new Date(bot.now().getTime() - 900);
    expect(await bot.say(RESIDENTS, resident('张阿姨'), '3号楼路灯不亮了', { sentAt: justBefore })).toHaveLength(1);
  });

  it('groups that are not configured, or configured as not watched', async () => {
    expect(await bot.say('广场舞交流群', resident('张阿姨'), '3号楼路灯不亮了')).toEqual([]);
    const config = structuredClone(bot.config);
    config.communities[0]!.groups[0]!.watched = false;
    bot = await createBot({ config });
    expect(await bot.say(RESIDENTS, resident('张阿姨'), '#查询 1')).toEqual([]);
    expect(debugReasons()).toContain('ignored: unwatched room');
  });

  it('keeps reading a watched group after its topic was changed (found by its stable key)', async () => {
    const key = bot.roomKey(RESIDENTS);
    await bot.store.renameRoom(key, '金阳花园业主群（新）');
    const replies = await bot.send({
      channel: { kind: 'room', roomKey: key, topic: '金阳花园业主群（新）' },
      sender: resident('张阿姨'),
      text: '3号楼路灯不亮了',
    });
    expect(replies[0]!.text).toContain('已登记为1号工单');
  });

  it('reports in the staff group (it is for commands) and unsupported message kinds', async () => {
    expect(await bot.say(STAFF_GROUP, staff('李网格员'), '3号楼路灯不亮了')).toEqual([]);
    expect(await bot.say(RESIDENTS, resident('张阿姨'), '', { kind: 'other' })).toEqual([]);
    expect(await bot.store.getByNumber(1, '1')).toBeNull();
  });

  it('still answers commands in the staff group', async () => {
    const [reply] = await bot.say(STAFF_GROUP, staff('李网格员'), '#待办');
    expect(reply!.to).toEqual({ kind: 'room', roomKey: bot.roomKey(STAFF_GROUP) });
    expect(reply!.text).toContain('未办结工单');
  });
});

describe('odd input', () => {
  it.each(['', '#', '＃ ', '/::)', '@', '#'.repeat(500), '路'.repeat(20_000), '\u0000\u202e#接单 1'])(
    'handles %j without a reply or an error',
    async (text) => {
      expect(await bot.say(RESIDENTS, resident('张阿姨'), text)).toEqual([]);
      expect(bot.logs.filter((l) => l.level === 'error')).toEqual([]);
    },
  );
});

describe('privacy', () => {
  it('never logs the text of chatter, only ids and the decision', async () => {
    await bot.say(RESIDENTS, resident('张阿姨'), '我家闺女下周结婚，电话13812345678');
    const dump = JSON.stringify(bot.logs);
    expect(dump).not.toContain('结婚');
    expect(dump).not.toContain('13812345678');
    expect(debugReasons()).toContain('ignored: not a report');
  });

  it('does not even touch the store for group chatter', async () => {
    const calls: string[] = [];
    const store = bot.store;
    bot.deps.store = new Proxy(store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(prop));
          return value.apply(target, args);
        };
      },
    });
    await bot.say(RESIDENTS, resident('张阿姨'), '大家早上好');
    await bot.say(STAFF_GROUP, staff('李网格员'), '收到，马上去');
    expect(calls).toEqual([]);
  });

  it('masks phone and ID numbers in what it echoes into a group', async () => {
    await bot.say(RESIDENTS, resident('张阿姨'), '3号楼路灯不亮了');
    await bot.say(RESIDENTS, staff('李网格员'), '#接单 1');
    const [post] = await bot.say(RESIDENTS, staff('李网格员'), '#进度 1 业主身份证110101199003071234已登记，联系人 186-1234-5678');
    expect(post!.text).toContain('110101********1234');
    expect(post!.text).toContain('186****5678');
    expect(post!.text).not.toMatch(/199003071234|1234-5678/);
  });
});

describe('messages meant for the bot', () => {
  it('an @-mention that is neither report nor command gets a short help reply', async () => {
    const [reply] = await bot.say(RESIDENTS, resident('张阿姨'), '你好呀', { mentionsBot: true });
    expect(reply!.mentions).toEqual(['张阿姨']);
    expect(reply!.text).toContain('我是社区小助手');
    expect(reply!.text).toContain('#查询');
    expect(reply!.text).toContain('#帮助');
  });

  it('an @-mention that is a report is taken in like any report', async () => {
    const [reply] = await bot.say(RESIDENTS, resident('张阿姨'), '3号楼路灯不亮了', { mentionsBot: true });
    expect(reply!.text).toContain('已登记为1号工单');
  });

  it('a private message that is not a command gets the help reply, privately', async () => {
    const [reply] = await bot.dm(resident('张阿姨'), '在吗');
    expect(reply!.to).toEqual({ kind: 'contact', name: '张阿姨', remark: null, contactId: '@r-张阿姨' });
    expect(reply!.text).toContain('#帮助');
  });

  it('a resident can query a ticket in a private chat when there is one community', async () => {
    await bot.say(RESIDENTS, resident('张阿姨'), '3号楼路灯不亮了');
    const [reply] = await bot.dm(resident('张阿姨'), '查询 1');
    expect(reply!.text).toContain('1号工单：照明，3号楼');
  });
});

describe('several communities', () => {
  const twoCommunities = () => {
    const config = structuredClone(bot.config);
    config.communities.push({
      name: '银河社区',
      groups: [{ topic: '银河小区业主群', role: 'residents', xiaoqu: '银河小区', watched: true }],
      staff: [{ remark: '钱网格员', name: '钱网格员', role: 'worker', covers: ['*'] }],
      emergency: { gas: '燃气抢修电话 96777', fire: '119', police: '110', medical: '120' },
    });
    return config;
  };

  it("a resident's private command asks them to use their group; staff use their own community", async () => {
    bot = await createBot({ config: twoCommunities() });
    await bot.say('银河小区业主群', resident('周叔叔'), '3号楼路灯不亮了');
    expect((await bot.dm(resident('周叔叔'), '查询 1'))[0]!.text).toContain('请在所在小区的群里');
    expect((await bot.dm(staff('钱网格员'), '查询 1'))[0]!.text).toContain('1号工单：照明，3号楼');
  });

  it("staff of one community are residents in another community's group", async () => {
    bot = await createBot({ config: twoCommunities() });
    await bot.say('银河小区业主群', resident('周叔叔'), '3号楼路灯不亮了');
    expect((await bot.say('银河小区业主群', staff('李网格员'), '#接单 1'))[0]!.text).toContain('只有工作人员');
    expect((await bot.say('银河小区业主群', staff('钱网格员'), '#接单 1'))[0]!.text).toContain('钱网格员接单');
  });
});

describe('the error boundary', () => {
  const failing = (store: TicketStore, method: keyof TicketStore): TicketStore =>
    new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === method) return () => Promise.reject(new Error('database is locked'));
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });

  it('never throws: a failing store on a report gives a short apology and logs the error with the message id', async () => {
    bot.deps.store = failing(bot.store, 'intake');
    const bindings: Record<string, unknown>[] = [];
    const base = bot.deps.logger;
    bot.deps.logger = {
      ...base,
      child: (b) => {
        bindings.push(b);
        return base.child(b);
      },
    };
    const replies = await bot.say(RESIDENTS, resident('张阿姨'), '3号楼路灯不亮了');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain('抱歉');
    expect(replies[0]!.mentions).toEqual(['张阿姨']);
    const error = bot.logs.find((l) => l.level === 'error')!;
    expect(JSON.stringify(error.obj)).toContain('database is locked');
    expect(bindings).toEqual([{ room: bot.roomKey(RESIDENTS), msgId: bot.lastId() }]);
  });

  it('stays silent when the failing message was chatter not meant for the bot', async () => {
    bot.deps.classifier = {
      classify: () => {
        throw new Error('segmenter crashed');
      },
    };
    expect(await bot.say(RESIDENTS, resident('张阿姨'), '今晚吃啥')).toEqual([]);
    expect(bot.logs.some((l) => l.level === 'error')).toBe(true);
  });

  it('apologises for a failing command', async () => {
    bot.deps.store = failing(bot.store, 'getByNumber');
    const [reply] = await bot.say(RESIDENTS, resident('张阿姨'), '#查询 1');
    expect(reply!.text).toContain('抱歉');
  });
});
