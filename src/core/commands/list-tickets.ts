// The work lists (我的工单, 待办): at most ten open tickets, the most urgent first. Asked in a
// residents' group, they are answered privately: they are for staff.
import { replyHere, replyToSender } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { ticketVars } from '../replies/ticket-vars.js';
import { isResponsible, namedWorker } from '../intake/named-worker.js';
import { categoryNames } from '../replies/ticket-vars.js';
import type { Person, Ticket } from '../tickets/types.js';
import type { Reply } from '../types.js';
import type { CommandContext } from './chat-command.js';
import { responsibleNames } from './responsible-names.js';

const LIST_LIMIT = 10;
/** Open tickets read to find one person's (a community has far fewer open at once). */
const OWNER_SCAN = 2_000;

async function ownedBy(ctx: CommandContext, communityId: number, owner: Person, tickets: readonly Ticket[]): Promise<Ticket[]> {
  const config = ctx.community?.config;
  const rooms = await ctx.deps.store.listRooms(communityId);
  const named = (t: Ticket) =>
    config && t.assigneeId === null ? namedWorker(config, rooms, t, categoryNames(ctx.deps, t.category)) : null;
  return tickets.filter((t) => isResponsible(owner, t, named(t)));
}

/**
 * Lists the community's open tickets under `title`; with `owner`, only those they are responsible
 * for (assigned to them, or not yet taken and named for them: see intake/named-worker.ts).
 */
export async function listTickets(ctx: CommandContext, communityId: number, title: string, owner?: Person): Promise<Reply[]> {
  const { deps } = ctx;
  const r = deps.replies;
  const responsible = await responsibleNames(ctx, communityId);
  const all = await deps.store.listTickets({ communityId, limit: owner ? OWNER_SCAN : LIST_LIMIT + 1 });
  const tickets = owner ? await ownedBy(ctx, communityId, owner, all) : all;
  const answer = (text: string) => [ctx.room?.role === 'residents' ? replyToSender(ctx.msg, null, text) : replyHere(ctx, text)];
  if (tickets.length === 0) return answer(renderReply(r, 'listEmpty', { title }));
  const lines = tickets.slice(0, LIST_LIMIT).map((t) => renderReply(r, 'listLine', ticketVars(deps, t, responsible(t))));
  const more = tickets.length > LIST_LIMIT ? [renderReply(r, 'listMore', { count: `${LIST_LIMIT}+` })] : [];
  const count = tickets.length > LIST_LIMIT ? `${LIST_LIMIT}+` : tickets.length;
  return answer([renderReply(r, 'listHeader', { title, count }), ...lines, ...more].join('\n'));
}
