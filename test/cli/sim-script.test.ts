import { describe, expect, it } from 'vitest';
import { parseInteractiveLine } from '../../src/sim/parse-interactive-line.js';
import { parseScript, ScriptError } from '../../src/sim/parse-script.js';

describe('sim script', () => {
  it('reads the three kinds of events and skips blank lines', () => {
    const events = parseScript(
      [
        '{"room": "金阳花园业主群", "from": "张阿姨", "text": "3号楼路灯坏了"}',
        '',
        '{"dm": true, "from": "李网格员", "text": "#待办"}',
        '{"advance": "90m"}',
      ].join('\n'),
    );
    expect(events).toEqual([
      { kind: 'room', line: 1, room: '金阳花园业主群', from: '张阿姨', text: '3号楼路灯坏了', who: {} },
      { kind: 'dm', line: 3, from: '李网格员', text: '#待办', who: {} },
      { kind: 'advance', line: 4, ms: 90 * 60_000, label: '90m' },
    ]);
  });

  it('reads who really speaks: account id, remark (or null for none) and group nickname', () => {
    const events = parseScript(
      [
        '{"room": "金阳花园业主群", "from": "张阿姨", "text": "3号楼路灯坏了", "id": "wx-1", "remark": null, "alias": "3栋张阿姨"}',
        '{"dm": true, "from": "赵师傅", "text": "你好", "id": "wx-2", "remark": "W002"}',
      ].join('\n'),
    );
    expect(events.map((e) => ('who' in e ? e.who : null))).toEqual([
      { id: 'wx-1', remark: null, alias: '3栋张阿姨' },
      { id: 'wx-2', remark: 'W002' },
    ]);
    // A group nickname belongs to a group: a private message cannot carry one.
    expect(() => parseScript('{"dm": true, "from": "张阿姨", "text": "你好", "alias": "x"}')).toThrow(/多余的字段 alias/);
  });

  it.each([
    ['not JSON', '{"room": "群", "from": "张阿姨", text: 1}', /第 2 行.*不是合法的 JSON/],
    ['a missing field', '{"room": "群", "text": "你好"}', /第 2 行.*from/],
    ['a bad duration', '{"advance": "两小时"}', /第 2 行.*时长「两小时」/],
    ['an unknown field', '{"room": "群", "from": "张阿姨", "text": "你好", "image": "a.jpg"}', /第 2 行.*多余的字段 image/],
    ['dm without true', '{"dm": "yes", "from": "张阿姨", "text": "你好"}', /第 2 行.*私聊/],
    ['an array', '[1, 2]', /第 2 行.*JSON 对象/],
  ])('names the line of %s in Chinese', (_what, bad, message) => {
    const script = `{"advance": "1m"}\n${bad}\n{"advance": "1m"}`;
    expect(() => parseScript(script)).toThrow(ScriptError);
    expect(() => parseScript(script)).toThrow(message);
  });
});

describe('interactive sim lines', () => {
  it('reads group messages, private messages and slash commands', () => {
    expect(parseInteractiveLine('张阿姨@金阳花园业主群: 3号楼路灯坏了')).toEqual({
      kind: 'room',
      from: '张阿姨',
      room: '金阳花园业主群',
      text: '3号楼路灯坏了',
    });
    expect(parseInteractiveLine('张阿姨@金阳花园业主群：@社区小助手 你好')).toEqual({
      kind: 'room',
      from: '张阿姨',
      room: '金阳花园业主群',
      text: '@社区小助手 你好',
    });
    expect(parseInteractiveLine('刘大爷: 还没修好')).toEqual({ kind: 'room', from: '刘大爷', room: null, text: '还没修好' });
    expect(parseInteractiveLine('李网格员>: #待办')).toEqual({ kind: 'dm', from: '李网格员', text: '#待办' });
    expect(parseInteractiveLine('/advance 2h')).toEqual({ kind: 'advance', ms: 7_200_000, label: '2h' });
    expect(parseInteractiveLine('/tickets')).toEqual({ kind: 'tickets' });
    expect(parseInteractiveLine('/advance 明天')).toMatchObject({ kind: 'error' });
    expect(parseInteractiveLine('随便说一句')).toMatchObject({ kind: 'error' });
  });
});
