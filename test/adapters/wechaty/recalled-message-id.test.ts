import { describe, expect, it } from 'vitest';
import { recalledMessageId } from '../../../src/adapters/wechaty/recalled-message-id.js';

describe('recalledMessageId', () => {
  it('takes a plain id as it is (Wechaty convention, puppet-mock)', () => {
    expect(recalledMessageId('sim-1a2b-7')).toBe('sim-1a2b-7');
  });

  it('reads the web MsgId from wechat4u’s revokemsg XML', () => {
    const xml =
      '<sysmsg type="revokemsg"><revokemsg><session>@@abc</session><oldmsgid>1693000000</oldmsgid>' +
      '<msgid>8721468871230</msgid><replacemsg><![CDATA["张阿姨" 撤回了一条消息]]></replacemsg>' +
      '<newmsgid>4417713961232</newmsgid></revokemsg></sysmsg>';
    expect(recalledMessageId(xml)).toBe('8721468871230');
  });

  it('gives up on a recall that names no message', () => {
    expect(recalledMessageId('<sysmsg type="revokemsg"><revokemsg><replacemsg>x</replacemsg></revokemsg></sysmsg>')).toBeNull();
    expect(recalledMessageId('  ')).toBeNull();
  });
});
