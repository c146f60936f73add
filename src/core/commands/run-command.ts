// Runs a parsed command for the sender. The one permission gate: a command not meant for the
// sender's role is refused here, with one sentence naming who may use it. Steps on a ticket
// (own report, assignee, status) are then checked against the lifecycle table by the store.
import { replyHere, type MessageContext } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import type { Role } from '../tickets/types.js';
import type { Reply } from '../types.js';
import { mayUse, type AnyChatCommand } from './chat-command.js';
import { COMMANDS, commandFor, type Command } from './commands.js';

/** The replies to a command from the sender described by `ctx`. */
export async function runCommand(ctx: MessageContext, cmd: Command): Promise<Reply[]> {
  const command = commandFor(cmd.verb);
  const role: Role = ctx.actor.role === 'system' ? 'admin' : ctx.actor.role;
  ctx.log.info({ verb: cmd.verb, role }, 'command');
  if (!mayUse(command, role)) return [replyHere(ctx, refusal(ctx, command))];
  return command.run({ ...ctx, role, commands: COMMANDS as readonly AnyChatCommand[] }, cmd);
}

/** "只有工作人员可以「接单」。" or "只有社区管理员可以「关闭」。" */
function refusal(ctx: MessageContext, command: AnyChatCommand): string {
  const key = command.roles.has('worker') ? 'notStaff' : 'notAdmin';
  return renderReply(ctx.deps.replies, key, { action: `「${command.names[0]}」` });
}
