import { describe, expect, it } from 'vitest';
import { splitQuote } from '../../../src/core/classify/split-quote.js';

describe('splitQuote', () => {
  it('separates the quoted message from the reply and drops the nickname', () => {
    const m = splitQuote('「物业客服：3栋路灯已报修」\n- - - - - - - - - - - - - - -\n还是不亮啊');
    expect(m).toEqual({ quote: '3栋路灯已报修', reply: '还是不亮啊', author: '物业客服' });
  });

  it('accepts an ASCII colon after the nickname and a reply with several lines', () => {
    expect(splitQuote('「春天:又停水了」\n- - - - -\n+1\n6栋也没水')).toEqual({
      quote: '又停水了',
      reply: '+1\n6栋也没水',
      author: '春天',
    });
  });

  it('leaves a message without a quote whole', () => {
    expect(splitQuote('「这个」词用了书名号\n但不是引用')).toEqual({
      quote: null,
      reply: '「这个」词用了书名号\n但不是引用',
      author: null,
    });
    expect(splitQuote('路灯坏了')).toEqual({ quote: null, reply: '路灯坏了', author: null });
  });
});
