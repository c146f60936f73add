// The ledger page queries' columns and conditions over either dialect's tables (the SQLite schema
// and its PostgreSQL mirror share column names and types), as infra/db/ticket-filter-sql.ts does
// for ticket lists: one definition of what a ledger page selects and where it starts.
import { type AnyColumn, and, eq, gt, gte, lt, or, type SQL } from 'drizzle-orm';
import type { LedgerRange } from '../export/ledger-reader.js';

type LedgerTicketColumns = Record<
  | 'id'
  | 'number'
  | 'category'
  | 'urgent'
  | 'building'
  | 'reporterCount'
  | 'createdAt'
  | 'dueAt'
  | 'status'
  | 'assigneeName'
  | 'resolvedAt'
  | 'closedAt'
  | 'rating'
  | 'reopenCount'
  | 'repeatOf'
  | 'referredTo'
  | 'duplicateOf',
  AnyColumn
>;

type StatsKey = 'id' | 'category' | 'status' | 'building' | 'createdAt' | 'dueAt' | 'resolvedAt' | 'rating' | 'reopenCount' | 'repeatOf';

/** Tickets first reported in [from, to). */
export function inLedgerRange(t: Pick<LedgerTicketColumns, 'createdAt'>, range: LedgerRange): SQL {
  return and(gte(t.createdAt, range.from), lt(t.createdAt, range.to))!;
}

/** What a stats page selects: the ticket with its community's name. */
export function statsColumns<T extends LedgerTicketColumns, C extends { name: AnyColumn }>(
  t: T,
  c: C,
): Pick<T, StatsKey> & { community: C['name'] } {
  return {
    id: t.id,
    community: c.name,
    category: t.category,
    status: t.status,
    building: t.building,
    createdAt: t.createdAt,
    dueAt: t.dueAt,
    resolvedAt: t.resolvedAt,
    rating: t.rating,
    reopenCount: t.reopenCount,
    repeatOf: t.repeatOf,
  };
}

/** What a ledger page selects: the ticket with its community's name. */
export function ledgerColumns<T extends LedgerTicketColumns, C extends { name: AnyColumn }>(
  t: T,
  c: C,
): Pick<T, Exclude<keyof LedgerTicketColumns, 'assigneeName'>> & { community: C['name']; assignee: T['assigneeName'] } {
  return {
    id: t.id,
    community: c.name,
    number: t.number,
    category: t.category,
    urgent: t.urgent,
    building: t.building,
    reporterCount: t.reporterCount,
    createdAt: t.createdAt,
    dueAt: t.dueAt,
    status: t.status,
    assignee: t.assigneeName,
    resolvedAt: t.resolvedAt,
    closedAt: t.closedAt,
    rating: t.rating,
    reopenCount: t.reopenCount,
    repeatOf: t.repeatOf,
    referredTo: t.referredTo,
    duplicateOf: t.duplicateOf,
  };
}

/** A ledger page's tickets in the range (and category, unless null), after the last one seen. */
export function ledgerPageWhere(
  t: Pick<LedgerTicketColumns, 'id' | 'createdAt' | 'category'>,
  range: LedgerRange,
  category: string | null,
  after: { createdAt: Date; id: number } | null,
): SQL | undefined {
  return and(
    after === null ? gte(t.createdAt, range.from) : gte(t.createdAt, after.createdAt),
    lt(t.createdAt, range.to),
    category === null ? undefined : eq(t.category, category),
    // Given created_at >= the last one's: later, or as late with a greater id.
    after === null ? undefined : or(gt(t.createdAt, after.createdAt), gt(t.id, after.id)),
  );
}

/** What a ledger reads of a ticket's events; `at` is the dialect's epoch-milliseconds expression. */
export function eventColumns<
  E extends Record<'ticketId' | 'actorName' | 'kind' | 'action' | 'toStatus' | 'note', AnyColumn>,
  A extends SQL<number>,
>(
  e: E,
  at: A,
): { ticketId: E['ticketId']; at: A; actor: E['actorName']; kind: E['kind']; action: E['action']; to: E['toStatus']; note: E['note'] } {
  return {
    ticketId: e.ticketId,
    at,
    actor: e.actorName,
    kind: e.kind,
    action: e.action,
    to: e.toStatus,
    note: e.note,
  };
}
