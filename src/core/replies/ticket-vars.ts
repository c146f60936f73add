// The placeholders most replies share, filled from a ticket: number, category display name,
// building, assignee, deadline (community time zone), status name, households.
import type { Deps } from '../deps.js';
import { statusName } from '../tickets/lifecycle.js';
import type { Ticket } from '../tickets/types.js';
import { formatLocalShort } from '../local-time.js';

export interface TicketVars {
  number: string;
  category: string;
  building: string;
  assignee: string;
  deadline: string;
  status: string;
  households: number;
}

export function categoryName(deps: Deps, code: string): string {
  return deps.categories.find((c) => c.code === code)?.name ?? code;
}

/** The names a category goes by in a roster's `covers`: its code and its display name. */
export function categoryNames(deps: Pick<Deps, 'categories'>, code: string): string[] {
  const name = deps.categories.find((c) => c.code === code)?.name;
  return name && name !== code ? [code, name] : [code];
}

/** Placeholder values for `ticket`; `assignee` falls back to who is responsible, then "待派单". */
export function ticketVars(deps: Deps, ticket: Ticket, responsible: string | null = null): TicketVars {
  return {
    number: ticket.number,
    category: categoryName(deps, ticket.category),
    building: ticket.building ?? deps.replies.noBuilding,
    assignee: ticket.assigneeName ?? responsible ?? deps.replies.nobodyYet,
    deadline: formatLocalShort(ticket.dueAt, deps.config.timezone),
    status: statusName(ticket.status),
    households: ticket.reporterCount,
  };
}
