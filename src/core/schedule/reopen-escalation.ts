// A reporter said it is not fixed (没修好) or rated the result low (≤ 2, 不满意): the ticket was
// reopened by the store; this tells the admins in the staff group so it gets someone's attention.
// Called by the command handler right after the action (not on a timer).
import { LOW_RATING } from '../tickets/lifecycle.js';
import type { Ticket } from '../tickets/types.js';
import type { Reply } from '../types.js';
import { admins, loadCommunityContext, responsibleFor, toStaff } from './community-context.js';
import type { DueWorkDeps } from './due-work-deps.js';
import { formatLocalShort } from '../local-time.js';
import { ticketLabel } from './ticket-line.js';
import { maskSensitive } from '../mask-sensitive.js';

export interface ReopenReason {
  /** The rating that reopened it (≤ 2), or null for 没修好. */
  rating: number | null;
  /** What the reporter said, if anything (masked before it is repeated). */
  note?: string | null;
  /** Display name of the reporter. */
  by: string;
}

/** Whether a rating is low enough to reopen and escalate. */
export function isLowRating(rating: number): boolean {
  return rating <= LOW_RATING;
}

/** The staff-group message for a reopened ticket (already reopened in the store), @-mentioning the admins and the handler. */
export async function reopenEscalation(deps: DueWorkDeps, ticket: Ticket, reason: ReopenReason): Promise<Reply[]> {
  const community = (await deps.store.listCommunities()).find((c) => c.id === ticket.communityId);
  if (!community) return [];
  const ctx = await loadCommunityContext(deps, community, deps.clock());
  const handlers = responsibleFor(ticket, ctx);
  const what = reason.rating === null ? '反映“没修好”' : `评价 ${reason.rating} 分（不满意）`;
  const said = reason.note?.trim() ? `，说：“${maskSensitive(reason.note.trim())}”` : '';
  const text = [
    `【回访不满意·督办】${ticketLabel(ticket, ctx.categoryName)}`,
    `${reason.by}${what}${said}。工单已重新打开（第 ${ticket.reopenCount} 次），办结时限 ${formatLocalShort(ticket.dueAt, ctx.timeZone)}。`,
    `请管理员督办，处理人：${handlers.map((p) => p.name).join('、') || '待指派'}。`,
  ].join('\n');
  return toStaff(ctx, text, [...admins(ctx), ...handlers], false);
}
