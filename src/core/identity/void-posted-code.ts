// A binding code seen anywhere but a private chat is void at once: whoever reads the group could
// redeem it. The group is told to ask for a new one; the admins of the person's community are told privately.
import { tellStaff } from '../commands/post-status.js';
import { replyHere, type MessageContext } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { isAdminRole } from '../tickets/staff-roles.js';
import type { Reply } from '../types.js';

/** Voids `code` if it is a live binding code; the replies to send (none when it was not one). */
export async function voidPostedCode(ctx: MessageContext, code: string, alwaysAnswer: boolean): Promise<Reply[]> {
  const { deps } = ctx;
  const person = await deps.store.voidBindingCode(code, ctx.now);
  if (!person) return alwaysAnswer ? [replyHere(ctx, deps.replies.bindInGroup)] : [];
  ctx.log.warn({ person: person.id }, 'binding code posted in a group: voided');
  const admins = (await deps.store.listStaff(person.communityId)).filter((p) => p.active && isAdminRole(p.role));
  const where = ctx.msg.channel.kind === 'room' ? ctx.msg.channel.topic : '';
  const notice = renderReply(deps.replies, 'bindCodeVoided', { name: person.name, room: where });
  return [replyHere(ctx, deps.replies.bindInGroup), ...admins.map((a) => tellStaff(a.name, a.remark, notice))];
}
