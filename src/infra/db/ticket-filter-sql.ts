// A TicketFilter and its order as drizzle conditions over either dialect's tickets table (the
// SQLite schema and its PostgreSQL mirror share column names and types): one definition of what
// each filter field means, the dialect giving only its literal substring test.
import { type AnyColumn, and, asc, desc, eq, gte, inArray, isNull, lte, ne, or, type SQL } from 'drizzle-orm';
import { ACTIVE_STATUSES } from '../../core/tickets/lifecycle.js';
import type { TicketFilter } from '../../core/tickets/ticket-store.js';
import type { Status } from '../../core/tickets/types.js';
import { isActiveStatus } from './schema.js';

type TicketColumns = Record<
  | 'id'
  | 'status'
  | 'communityId'
  | 'assigneeId'
  | 'assigneeName'
  | 'category'
  | 'updatedAt'
  | 'createdAt'
  | 'building'
  | 'urgent'
  | 'priority'
  | 'dueAt'
  | 'ackDueAt'
  | 'acknowledgedAt',
  AnyColumn
>;

export interface FilterDialect {
  /** `column` contains `text` literally (no wildcards). */
  contains(column: AnyColumn, text: string): SQL;
  /** A current (not withdrawn) report of the ticket contains `text` literally. */
  hasReportText(text: string): SQL;
}

/** Statuses whose tickets no worker has taken yet (the acknowledge reminders). */
export const NOT_TAKEN: Status[] = ['open', 'assigned'];

/** The WHERE of a validated filter. */
export function ticketFilterSql(t: TicketColumns, f: TicketFilter, dialect: FilterDialect): SQL | undefined {
  const statuses = (f.statuses ?? ACTIVE_STATUSES) as Status[];
  return and(
    inArray(t.status, statuses),
    f.communityId === undefined ? undefined : eq(t.communityId, f.communityId),
    f.assigneeId === undefined ? undefined : eq(t.assigneeId, f.assigneeId),
    f.category === undefined ? undefined : eq(t.category, f.category),
    f.updatedSince === undefined ? undefined : gte(t.updatedAt, f.updatedSince),
    f.text === undefined ? undefined : dialect.hasReportText(f.text),
    f.building === undefined ? undefined : dialect.contains(t.building, f.building),
    f.urgent === undefined ? undefined : eq(t.urgent, f.urgent),
    f.assigneeName === undefined ? undefined : f.assigneeName === null ? isNull(t.assigneeId) : eq(t.assigneeName, f.assigneeName),
    f.overdueAt === undefined
      ? undefined
      : and(
          isActiveStatus(t.status),
          or(lte(t.dueAt, f.overdueAt), and(isNull(t.acknowledgedAt), ne(t.status, 'in_progress'), lte(t.ackDueAt, f.overdueAt))),
        ),
  );
}

/** Tickets in `statuses` whose deadline `column` is at or before `at` (the scheduler's lists; order by that column, then id). */
export function dueSql(t: TicketColumns, statuses: readonly Status[], column: AnyColumn, at: Date, communityId?: number) {
  return and(inArray(t.status, statuses), lte(column, at), communityId === undefined ? undefined : eq(t.communityId, communityId));
}

/** The ORDER BY of a filter's order (default 'priority'): most pressing first, then oldest. */
export function ticketOrderSql(t: TicketColumns, order: TicketFilter['order'] = 'priority'): SQL[] {
  switch (order) {
    case 'due':
      return [asc(t.dueAt), asc(t.id)];
    case 'opened':
      return [desc(t.createdAt), desc(t.id)];
    case 'updated':
      return [desc(t.updatedAt), desc(t.id)];
    default:
      return [desc(t.priority), asc(t.createdAt), asc(t.id)];
  }
}
