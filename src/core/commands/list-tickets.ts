// The work lists (我的工单, 待办): at most ten open tickets, the most urgent first. Asked in a
// residents' group, they are answered privately: they are for staff.
import { replyHere, replyToSender } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { ticketVars } from '../replies/ticket-vars.js';
import type { Reply } from '../types.js';
import type { CommandContext } from './chat-command.js';
import { responsibleNames } from './responsible-names.js';

const LIST_LIMIT = 10;

/** Lists the community's open tickets, or one person's when `assigneeId` is given, under `title`. */
export async function listTickets(ctx: CommandContext, communityId: number, title: string, assigneeId?: number): Promise<Reply[]> {
  const { deps } = ctx;
  const r = deps.replies;
  const tickets = await deps.store.listTickets({ communityId, ...(assigneeId === undefined ? {} : { assigneeId }), limit: LIST_LIMIT + 1 });
  const answer = (text: string) => [ctx.room?.role === 'residents' ? replyToSender(ctx.msg, null, text) : replyHere(ctx, text)];
  if (tickets.length === 0) return answer(renderReply(r, 'listEmpty', { title }));
  const responsible = await responsibleNames(ctx, communityId);
  const lines = tickets.slice(0, LIST_LIMIT).map((t) => renderReply(r, 'listLine', ticketVars(deps, t, responsible(t))));
  const more = tickets.length > LIST_LIMIT ? [renderReply(r, 'listMore', { count: `${LIST_LIMIT}+` })] : [];
  const count = tickets.length > LIST_LIMIT ? `${LIST_LIMIT}+` : tickets.length;
  return answer([renderReply(r, 'listHeader', { title, count }), ...lines, ...more].join('\n'));
}
