import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/core/commands/parse-command.js';

const inGroup = (text: string, mentionsBot = false) => parseCommand(text, { mentionsBot, direct: false });
const inDm = (text: string) => parseCommand(text, { mentionsBot: false, direct: true });
const command = (text: string) => {
  const r = inGroup(text);
  if (!r?.ok) throw new Error(`not a command: ${text} → ${JSON.stringify(r)}`);
  return r.command;
};
const error = (text: string) => {
  const r = inGroup(text);
  if (!r || r.ok) throw new Error(`expected a parse error: ${text} → ${JSON.stringify(r)}`);
  return r.error;
};

describe('parseCommand', () => {
  it.each([
    '#查询 12',
    '＃查询 12',
    '/查询 12',
    '#查询12',
    '#查询 #12',
    '#查询 12号',
    '#查询 第12号',
    '#查询 １２',
    '# 查询：12',
    '#查询 012',
  ])('reads "%s" as a query of ticket 12', (text) => {
    expect(command(text)).toEqual({ verb: 'query', number: '12' });
  });

  it('treats an @-mention of the bot as a prefix, whether or not the adapter stripped the name', () => {
    expect(inGroup('@社区小助手\u2005接单 3', true)).toEqual({ ok: true, command: { verb: 'take', number: '3' } });
    expect(inGroup('接单 3', true)).toEqual({ ok: true, command: { verb: 'take', number: '3' } });
  });

  it('needs no prefix in a private chat but does in a group', () => {
    expect(inDm('完成 5 已更换灯泡')).toEqual({ ok: true, command: { verb: 'done', number: '5', note: '已更换灯泡' } });
    expect(inGroup('完成 5 已更换灯泡')).toBeNull();
    expect(inGroup('查询一下物业电话')).toBeNull();
  });

  it('takes "满意 12" / "不满意 12" on their own as ratings even without a prefix, as the done post suggests', () => {
    expect(inGroup('满意 12')).toEqual({ ok: true, command: { verb: 'rate', number: '12', rating: 5 } });
    expect(inGroup('不满意12号')).toEqual({ ok: true, command: { verb: 'rate', number: '12', rating: 1 } });
    expect(inGroup('满意')).toBeNull();
    expect(inGroup('满意 12 谢谢师傅')).toBeNull();
    expect(inGroup('不满意，物业太慢了')).toBeNull();
  });

  it('leaves ordinary chatter, reports and WeChat emoji codes alone', () => {
    expect(inGroup('3号楼路灯不亮了')).toBeNull();
    expect(inGroup('/::)')).toBeNull();
    expect(inGroup('#今天天气真好')).toBeNull();
    expect(inGroup('@社区小助手 3号楼路灯不亮了', true)).toBeNull();
    expect(inDm('你好，请问物业电话多少')).toBeNull();
  });

  it('reads every worker verb with its arguments', () => {
    expect(command('#接单12')).toEqual({ verb: 'take', number: '12' });
    expect(command('#进度 12 已联系物业，明天上午更换')).toEqual({ verb: 'progress', number: '12', note: '已联系物业，明天上午更换' });
    expect(command('#办结 12：已更换灯泡')).toEqual({ verb: 'done', number: '12', note: '已更换灯泡' });
    expect(command('#转派 12 @赵师傅')).toEqual({ verb: 'transfer', number: '12', to: '赵师傅' });
    expect(command('#指派 12 李网格员')).toEqual({ verb: 'transfer', number: '12', to: '李网格员' });
    expect(command('#转办 12 供电公司')).toEqual({ verb: 'refer', number: '12', to: '供电公司' });
    expect(command('#退回 12 不在我的网格')).toEqual({ verb: 'return', number: '12', reason: '不在我的网格' });
    expect(command('#退回 12')).toEqual({ verb: 'return', number: '12', reason: null });
    expect(command('#我的工单')).toEqual({ verb: 'mine' });
    expect(command('#我的')).toEqual({ verb: 'mine' });
    expect(command('#待办')).toEqual({ verb: 'queue' });
  });

  it('reads the admin verbs', () => {
    expect(command('#关闭 12 不属于社区管辖')).toEqual({ verb: 'close', number: '12', reason: '不属于社区管辖' });
    expect(command('#合并 12 15')).toEqual({ verb: 'merge', from: '12', into: '15' });
    expect(command('#合并 12号 到 15号')).toEqual({ verb: 'merge', from: '12', into: '15' });
    expect(command('#拆分 12 @张阿姨')).toEqual({ verb: 'split', number: '12', reporter: '张阿姨' });
    expect(inDm('绑定 482913')).toEqual({ ok: true, command: { verb: 'bind', code: '482913' } });
  });

  it("reads the residents' verbs, ratings as digits or words", () => {
    expect(command('#撤销 7')).toEqual({ verb: 'withdraw', number: '7' });
    expect(command('#评价 7 4')).toEqual({ verb: 'rate', number: '7', rating: 4 });
    expect(command('#评价 7 5分')).toEqual({ verb: 'rate', number: '7', rating: 5 });
    expect(command('#评价 7 满意')).toEqual({ verb: 'rate', number: '7', rating: 5 });
    expect(command('#评价 7 不满意')).toEqual({ verb: 'rate', number: '7', rating: 1 });
    expect(command('#满意 7')).toEqual({ verb: 'rate', number: '7', rating: 5 });
    expect(command('#不满意 7')).toEqual({ verb: 'rate', number: '7', rating: 1 });
    expect(command('#没修好 7 灯还是不亮')).toEqual({ verb: 'reopen', number: '7', note: '灯还是不亮' });
    expect(command('#没修好 7')).toEqual({ verb: 'reopen', number: '7', note: null });
    expect(command('#帮助')).toEqual({ verb: 'help' });
    expect(command('#12')).toEqual({ verb: 'query', number: '12' });
  });

  it('names the verb of a malformed command so its usage can be shown', () => {
    expect(error('#接单').verb).toBe('take');
    expect(error('#接单 12 现在就去').verb).toBe('take');
    expect(error('#进度 12').verb).toBe('progress');
    expect(error('#完成 12').verb).toBe('done');
    expect(error('#转派 12').verb).toBe('transfer');
    expect(error('#转办 12').verb).toBe('refer');
    expect(error('#合并 12').verb).toBe('merge');
    expect(error('#合并 12 12').verb).toBe('merge');
    expect(error('#评价 12 6').verb).toBe('rate');
    expect(error('#评价 12').verb).toBe('rate');
    expect(error('#查询 十二').verb).toBe('query');
    expect(error('#满意').verb).toBe('rate');
    expect(error('#绑定 好').verb).toBe('bind');
  });

  it('refuses out-of-range numbers and scores instead of reading part of them', () => {
    expect(error('#评价 1 10').verb).toBe('rate');
    expect(error('#评价 1 0').verb).toBe('rate');
    expect(error('#评价 1 4.5').verb).toBe('rate');
    expect(error('#接单 -1').verb).toBe('take');
    expect(error('#接单 －1').verb).toBe('take');
    expect(error('#进度 10000000001').verb).toBe('progress');
    expect(error('#进度 10000000001 已联系').verb).toBe('progress');
    expect(error('#查询 0').verb).toBe('query');
    expect(error('#合并 12 -15').verb).toBe('merge');
    expect(command('#合并 12 -> 15')).toEqual({ verb: 'merge', from: '12', into: '15' });
    expect(error('满意 10000000001').verb).toBe('rate');
  });

  it('reads full-width digits in numbers and scores', () => {
    expect(command('#评价 １２ ５')).toEqual({ verb: 'rate', number: '12', rating: 5 });
    expect(command('＃接单１２')).toEqual({ verb: 'take', number: '12' });
    expect(command('#进度 ９９９９９９９９９ 已联系')).toEqual({ verb: 'progress', number: '999999999', note: '已联系' });
  });

  it('reports an unknown verb after an explicit prefix', () => {
    expect(error('#打卡 12')).toEqual({ verb: null, reason: 'unknown verb' });
  });

  it('reads a command sent as a reply from the reply, with the quoted message and its author', () => {
    const quoted = (reply: string) => `「张阿姨：楼下那个灯晚上黑漆漆的」\n- - - - - - - - - - - - - - -\n${reply}`;
    expect(command(quoted('#登记 照明'))).toEqual({
      verb: 'register',
      quote: { author: '张阿姨', text: '楼下那个灯晚上黑漆漆的' },
      category: '照明',
    });
    expect(command(quoted('#登记'))).toEqual({
      verb: 'register',
      quote: { author: '张阿姨', text: '楼下那个灯晚上黑漆漆的' },
      category: null,
    });
    expect(command(quoted('#查询 12'))).toEqual({ verb: 'query', number: '12' });
    expect(inGroup(quoted('我家楼下也是'))).toBeNull();
    expect(error('#登记 照明')).toEqual({ verb: 'register', reason: 'not sent as a reply to a message' });
  });
});
