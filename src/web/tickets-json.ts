// GET /api/tickets: the fields docs/cli.md names, times in ISO 8601.
import type { Ticket } from '../core/tickets/types.js';
import type { CommunityRef } from './viewed-community.js';

export function ticketsJson(list: readonly Ticket[], communities: readonly CommunityRef[]) {
  const names = new Map(communities.map((c) => [c.id, c.name]));
  return list.map((t) => ({
    number: t.number,
    community: names.get(t.communityId) ?? '',
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
