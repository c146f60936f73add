// 帮助: the commands the sender may use, generated from the registered list.
import { replyHere } from '../message-context.js';
import { EVERYONE, type ChatCommand } from './chat-command.js';
import { helpText } from './help-text.js';

export const helpCommand: ChatCommand<{ verb: 'help' }> = {
  verb: 'help',
  names: ['帮助', 'help', '菜单', '命令'],
  hint: '',
  usage: '#帮助',
  summary: '查看你可以用的命令',
  roles: EVERYONE,
  parse: () => ({ verb: 'help' }),
  run: async (ctx) => [replyHere(ctx, helpText(ctx.deps.replies, ctx.commands, ctx.role, ctx.actor.name))],
};
