import { describe, expect, it } from 'vitest';
import { stripSelfMention } from '../../../src/adapters/wechaty/strip-self-mention.js';

describe('stripSelfMention', () => {
  it('removes the bot’s own @-mention wherever it is, with a normal or WeChat (U+2005) space', () => {
    expect(stripSelfMention('@社区小助手 #接单 3', '社区小助手')).toBe('#接单 3');
    expect(stripSelfMention('@社区小助手\u2005路灯还没修', '社区小助手')).toBe('路灯还没修');
    expect(stripSelfMention('路灯还没修 @社区小助手', '社区小助手')).toBe('路灯还没修');
  });

  it('keeps other people’s mentions (转派 @赵师傅)', () => {
    expect(stripSelfMention('@社区小助手 #转派 3 @赵师傅', '社区小助手')).toBe('#转派 3 @赵师傅');
  });

  it('treats regex characters in the bot name literally', () => {
    expect(stripSelfMention('@小助手(测试) 你好', '小助手(测试)')).toBe('你好');
  });
});
