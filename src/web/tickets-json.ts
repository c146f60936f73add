// GET /api/tickets: the fields docs/cli.md names, times in ISO 8601.
import type { Ticket } from '../core/tickets/types.js';

export function ticketsJson(list: readonly Ticket[], community: string) {
  return list.map((t) => ({
    number: t.number,
    community,
    category: t.category,
    status: t.status,
    urgent: t.urgent,
    building: t.building,
    reporters: t.reporterCount,
    assignee: t.assigneeName,
    openedAt: t.createdAt.toISOString(),
    dueAt: t.dueAt.toISOString(),
  }));
}
