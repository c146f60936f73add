// The tickets a report looks at: every ticket of the community touched since `since` (created,
// resolved, rated, closed — any change bumps updatedAt).
import { STATUS_CODES } from '../tickets/lifecycle.js';
import type { Ticket } from '../tickets/types.js';
import type { CommunityContext } from './community-context.js';

export function ticketsSince(ctx: CommunityContext, since: Date): Promise<Ticket[]> {
  return ctx.deps.store.listTickets({ communityId: ctx.community.id, statuses: STATUS_CODES, updatedSince: since });
}

/** Whether `at` lies in [from, to). */
export function within(at: Date | null, from: Date, to: Date): boolean {
  return at !== null && at.getTime() >= from.getTime() && at.getTime() < to.getTime();
}
