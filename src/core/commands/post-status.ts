// A status change is posted back to the group(s) its reporters wrote in, @-mentioning every
// reporter there; the actor gets a short confirmation when they commanded from elsewhere.
import type { MessageContext } from '../message-context.js';
import { replyHere } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { statusName } from '../tickets/lifecycle.js';
import type { Reporter, Ticket } from '../tickets/types.js';
import type { Reply } from '../types.js';

/** One post per group the ticket's reporters are in, mentioning them; plus a confirmation when needed. */
export function postStatus(ctx: MessageContext, ticket: Ticket, reporters: readonly Reporter[], text: string): Reply[] {
  const rooms = new Map<string, string[]>();
  if (ticket.roomKey) rooms.set(ticket.roomKey, []);
  for (const r of reporters) {
    if (!r.roomKey) continue;
    const names = rooms.get(r.roomKey) ?? [];
    if (!names.includes(r.name)) names.push(r.name);
    rooms.set(r.roomKey, names);
  }
  const posts: Reply[] = [...rooms].map(([roomKey, mentions]) => ({ to: { kind: 'room', roomKey }, text, mentions, urgent: false }));
  const here = ctx.room?.key;
  if (here && rooms.has(here)) return posts;
  // Commanded from a private chat or the staff group: confirm there too.
  const confirm =
    rooms.size === 0 ? text : renderReply(ctx.deps.replies, 'done', { number: ticket.number, status: statusName(ticket.status) });
  return [...posts, replyHere(ctx, confirm)];
}

/** Private messages to people on the roster (a handover tells the new assignee). */
export function tellStaff(name: string, remark: string, text: string): Reply {
  return { to: { kind: 'contact', name, remark }, text, mentions: [], urgent: false };
}
