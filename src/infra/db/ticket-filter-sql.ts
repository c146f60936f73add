// A TicketFilter and its order as drizzle conditions over either dialect's tickets table (the
// SQLite schema and its PostgreSQL mirror share column names and types): one definition of what
// each filter field means, the dialect giving only its literal substring test.
import { type AnyColumn, and, asc, desc, eq, gte, inArray, isNull, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { ACTIVE_STATUSES } from '../../core/tickets/lifecycle.js';
import type { TicketFilter } from '../../core/tickets/ticket-store.js';
import { STATUS_CODES, type Status } from '../../core/tickets/types.js';
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
  // Every status is no condition: a count of all a community's tickets then reads one index range.
  const everyStatus = STATUS_CODES.every((s) => statuses.includes(s));
  return and(
    everyStatus ? undefined : inArray(t.status, statuses),
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

type Order = NonNullable<TicketFilter['order']>;
type SortColumn = 'priority' | 'createdAt' | 'dueAt' | 'updatedAt' | 'id';

/** Each order as its sort keys, the last one the id (so the order is total and a keyset exact). */
const ORDER_KEYS: Record<Order, { column: SortColumn; desc: boolean }[]> = {
  priority: [
    { column: 'priority', desc: true },
    { column: 'createdAt', desc: false },
    { column: 'id', desc: false },
  ],
  due: [
    { column: 'dueAt', desc: false },
    { column: 'id', desc: false },
  ],
  opened: [
    { column: 'createdAt', desc: true },
    { column: 'id', desc: true },
  ],
  updated: [
    { column: 'updatedAt', desc: true },
    { column: 'id', desc: true },
  ],
};

/**
 * The ORDER BY of a filter's order (default 'priority'): most pressing first, then oldest.
 * `backwards` walks it the other way (a page before a keyset cursor, turned round afterwards).
 */
export function ticketOrderSql(t: TicketColumns, order: TicketFilter['order'] = 'priority', backwards = false): SQL[] {
  return ORDER_KEYS[order].map((k) => (k.desc !== backwards ? desc(t[k.column]) : asc(t[k.column])));
}

/** The sort values of the ticket a keyset page starts from (TicketFilter.after / before). */
type TicketCursor = Record<SortColumn, unknown>;

/**
 * "Comes after `at` in this order" (or before it): keys of one direction compared as a row value,
 * (created_at, id) < (?, ?), which an index on those columns can seek to; where the direction
 * changes, "beyond it in the first run, or level there and beyond in the rest". Values are
 * encoded by their columns (times as the dialect stores them).
 */
export function keysetSql(t: TicketColumns, order: TicketFilter['order'] = 'priority', at: TicketCursor, before = false): SQL {
  const run = (keys: readonly { column: SortColumn; desc: boolean }[]): SQL => {
    const split = keys.findIndex((k) => k.desc !== keys[0]!.desc);
    const head = split < 0 ? keys : keys.slice(0, split);
    const rest = split < 0 ? [] : keys.slice(split);
    const cols = sql.join(
      head.map((k) => sql`${t[k.column]}`),
      sql`, `,
    );
    const vals = sql.join(
      head.map((k) => sql.param(at[k.column], t[k.column])),
      sql`, `,
    );
    const beyond = sql`(${cols}) ${sql.raw(head[0]!.desc !== before ? '<' : '>')} (${vals})`;
    return rest.length === 0 ? beyond : sql`(${beyond} or ((${cols}) = (${vals}) and ${run(rest)}))`;
  };
  return run(ORDER_KEYS[order]);
}
