import { describe, expect, it } from 'vitest';
import { mayUse, type AnyChatCommand } from '../../../src/core/commands/chat-command.js';
import { COMMANDS } from '../../../src/core/commands/commands.js';
import { helpText, listedFor } from '../../../src/core/commands/help-text.js';
import { parseCommand } from '../../../src/core/commands/parse-command.js';
import { TRANSITIONS } from '../../../src/core/tickets/lifecycle.js';
import type { Role } from '../../../src/core/tickets/types.js';
import { loadReplies } from '../../../src/infra/replies/load-replies.js';
import { createBot, resident, RESIDENTS, staff } from '../../helpers/bot-harness.js';

// The registry is the one list: these tie it to parsing, to 帮助 and to the permission gate, so a
// command added to the list is parsed, listed and gated without touching anything else.
const ALL = COMMANDS as readonly AnyChatCommand[];
const ROLES: readonly Role[] = ['resident', 'worker', 'admin'];
const replies = loadReplies('rules');
const parse = (text: string, direct = false) => parseCommand(text, { mentionsBot: false, direct });
/** The command sent as a reply quoting a resident's message (as #登记 must be; the others read the reply). */
const quoting = (text: string) => `「刘大爷：5号楼路灯不亮了」\n- - - - - - - - - - - - - - -\n${text}`;
const verbOf = (text: string, direct = false) => {
  const r = parse(text, direct);
  return r === null ? null : r.ok ? r.command.verb : r.error.verb;
};

/** The examples a command's usage shows ("例如：#评价 12 5 或 #评价 12 满意", "私聊发“绑定 482913”"). */
function examples(command: AnyChatCommand): string[] {
  const after = command.usage.split('例如：')[1];
  if (!after) return [`#${command.names[0]}`];
  return after.split(' 或 ').map((e) =>
    e
      .replace(/（.*）$/, '')
      .replace(/^私聊发“(.*)”$/, '$1')
      .trim(),
  );
}

describe('the command registry', () => {
  it('gives every name to one command only', () => {
    const names = ALL.flatMap((c) => c.names);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(ALL.map((c) => [c.verb, c] as const))('parses every name of %s as that command, with or without arguments', (_verb, command) => {
    for (const name of command.names) {
      expect(verbOf(`#${name}`), `#${name}`).toBe(command.verb);
      expect(verbOf(`#${name} 12`), `#${name} 12`).toBe(command.verb);
      expect(verbOf(`${name} 12`, true), `${name} 12 in a private chat`).toBe(command.verb);
    }
  });

  it.each(ALL.map((c) => [c.verb, c] as const))('parses the example in the usage of %s', (_verb, command) => {
    for (const example of examples(command)) {
      const plain = parse(example, true);
      const r = plain?.ok ? plain : parse(quoting(example), true);
      expect(r?.ok, example).toBe(true);
      expect(r?.ok && r.command.verb, example).toBe(command.verb);
    }
  });

  it('lists every command in the help of the roles it is for, and only those', () => {
    for (const role of ROLES) {
      const lines = helpText(replies, ALL, role, '某人').split('\n');
      for (const command of ALL) {
        const listed = lines.some((l) => l.startsWith(`#${command.names[0]}`) && l.includes(command.summary));
        expect(listed, `${command.names[0]} in ${role}'s help`).toBe(listedFor(command, role));
        if (listedFor(command, role)) expect(mayUse(command, role), `${role} may use what help lists`).toBe(true);
      }
    }
  });

  it('has a command for every lifecycle action a person may take, named as the lifecycle table names it', () => {
    const byHand = TRANSITIONS.filter((t) => t.who.some((w) => w !== 'system'));
    for (const row of byHand) {
      const command = ALL.find((c) => c.names.includes(row.verb));
      expect(command, row.verb).toBeDefined();
      expect(command!.names[0]).toBe(row.verb);
      expect(TRANSITIONS.some((t) => t.action === row.action && t.args === command!.hint && t.summary === command!.summary)).toBe(true);
    }
  });

  const refused = ROLES.flatMap((role) => ALL.filter((c) => !mayUse(c, role)).map((c) => [role, c.names[0]!, c] as const));
  it.each(refused)('refuses a %s using %s with the one refusal, before anything else happens', async (role, _name, command) => {
    const bot = await createBot();
    await bot.say(RESIDENTS, resident('张阿姨'), '3号楼路灯不亮了');
    await bot.say(RESIDENTS, resident('刘大爷'), '5号楼路灯不亮了');
    const sender = role === 'resident' ? resident('张阿姨') : role === 'worker' ? staff('李网格员') : staff('王主任');
    const who = command.roles.has('worker') ? '工作人员' : '社区管理员';
    for (const example of examples(command)) {
      const replies = await bot.say(RESIDENTS, sender, quoting(example.replace(/\b12\b/, '1').replace(/\b15\b/, '2')));
      expect(replies.map((r) => r.text)).toEqual([`只有${who}可以「${command.names[0]}」。`]);
    }
    expect((await bot.store.getByNumber(1, '1'))!.status).toBe('open');
    expect((await bot.store.getByNumber(1, '1'))!.reporterCount).toBe(1);
    expect(await bot.store.getByNumber(1, '3')).toBeNull();
  });
});
