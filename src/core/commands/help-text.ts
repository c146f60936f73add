// The help message, built from the registered commands: each lists itself for the roles it is
// for (lifecycle commands read theirs from the lifecycle table), so help and the gate agree.
import type { Replies } from '../replies/reply-keys.js';
import { renderReply } from '../replies/render-reply.js';
import { isAdminRole } from '../tickets/staff-roles.js';
import type { Role } from '../tickets/types.js';
import type { AnyChatCommand } from './chat-command.js';

export function roleName(replies: Replies, role: Role): string {
  return isAdminRole(role) ? replies.roleAdmin : role === 'worker' ? replies.roleWorker : replies.roleResident;
}

/** Whether `role`'s 帮助 lists `command`. */
export function listedFor(command: AnyChatCommand, role: Role): boolean {
  return command.roles.has(role) && !command.hiddenFrom?.has(role);
}

/** The help message for `role`, e.g. a resident sees 查询/撤销/评价/没修好, an admin everything. */
export function helpText(replies: Replies, commands: readonly AnyChatCommand[], role: Role, name: string): string {
  const lines = commands.filter((c) => listedFor(c, role)).map((c) => `#${c.names[0]}${c.hint ? ` ${c.hint}` : ''} — ${c.summary}`);
  const head = renderReply(replies, 'helpHeader', { name, role: roleName(replies, role) });
  return [head, ...(role === 'resident' ? [replies.helpReport] : []), ...lines].join('\n');
}
