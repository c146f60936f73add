// The reading half of the TicketStore on PostgreSQL (tickets, reports, timelines, schedules, job
// runs), as the SQLite store reads them: the filter and order from infra/db/ticket-filter-sql.ts,
// the rows mapped by infra/db/rows.ts (the two schemas' rows have the same shape).
import { type AnyColumn, and, asc, count, desc, eq, exists, gte, isNull, sql } from 'drizzle-orm';
import { ACTIVE_STATUSES } from '../../core/tickets/lifecycle.js';
import { reportersOf } from '../../core/tickets/reporters-of.js';
import type { ReportWithTicket, TicketFilter, TicketStore } from '../../core/tickets/ticket-store.js';
import type { Status, Ticket } from '../../core/tickets/types.js';
import { validateDate, validateFilter } from '../../core/tickets/validate-input.js';
import { toEvent, toReport, toTicket } from '../db/rows.js';
import { dueSql, keysetSql, NOT_TAKEN, ticketFilterSql, ticketOrderSql } from '../db/ticket-filter-sql.js';
import type { PgDb } from './open-pg-database.js';
import { jobRuns, reports, ticketEvents, tickets } from './pg-schema.js';

type TicketReads = Pick<
  TicketStore,
  | 'getTicket'
  | 'getByNumber'
  | 'listTickets'
  | 'countTickets'
  | 'getReporters'
  | 'getReports'
  | 'getTimeline'
  | 'getReportBySourceKey'
  | 'findLatestReport'
  | 'listAckOverdue'
  | 'listDueBy'
  | 'listAwaitingRating'
  | 'getJobRun'
>;

/** strpos, not LIKE: the dashboard's search is literal, % and _ included. */
const contains = (column: AnyColumn, text: string) => sql`strpos(${column}, ${text}) > 0`;

const where = (db: PgDb, f: TicketFilter) =>
  ticketFilterSql(tickets, f, {
    contains,
    hasReportText: (text) =>
      exists(
        db
          .select({ one: sql`1` })
          .from(reports)
          .where(and(eq(reports.ticketId, tickets.id), isNull(reports.removedAt), contains(reports.text, text))),
      ),
  });

async function ticketById(db: PgDb, id: number): Promise<Ticket | null> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id));
  return row ? toTicket(row) : null;
}

export function createPgTicketReads(db: PgDb): TicketReads {
  const withTicket = async (row: typeof reports.$inferSelect | undefined): Promise<ReportWithTicket | null> =>
    row ? { report: toReport(row), ticket: (await ticketById(db, row.ticketId))! } : null;

  const reportsOf = (ticketId: number) =>
    db
      .select()
      .from(reports)
      .where(and(eq(reports.ticketId, ticketId), isNull(reports.removedAt)))
      .orderBy(asc(reports.at), asc(reports.id));

  const list = async (filter: TicketFilter): Promise<Ticket[]> => {
    const f = validateFilter(filter);
    // Keyset paging: from the cursor ticket's sort values; before it, walk backwards and turn round.
    const cursorId = f.after ?? f.before;
    const [at] = cursorId === undefined ? [] : await db.select().from(tickets).where(eq(tickets.id, cursorId));
    if (cursorId !== undefined && !at) return [];
    const backwards = f.after === undefined && f.before !== undefined;
    const query = db
      .select()
      .from(tickets)
      .where(and(where(db, f), at ? keysetSql(tickets, f.order, at, backwards) : undefined))
      .orderBy(...ticketOrderSql(tickets, f.order, backwards))
      .offset(f.offset ?? 0)
      .$dynamic();
    const rows = await (f.limit === undefined ? query : query.limit(f.limit));
    return (backwards ? rows.reverse() : rows).map(toTicket);
  };

  const scheduled = async (statuses: Status[], column: typeof tickets.ackDueAt, at: Date, communityId?: number): Promise<Ticket[]> => {
    validateDate(at);
    const rows = await db
      .select()
      .from(tickets)
      .where(dueSql(tickets, statuses, column, at, communityId))
      .orderBy(asc(column), asc(tickets.id));
    return rows.map(toTicket);
  };

  return {
    getTicket: (id) => ticketById(db, id),
    getByNumber: async (communityId, number) => {
      const clean = String(number)
        .trim()
        .replace(/^[#＃]/, '');
      const [row] = await db
        .select()
        .from(tickets)
        .where(and(eq(tickets.communityId, communityId), eq(tickets.number, clean)));
      return row ? toTicket(row) : null;
    },
    listTickets: async (filter = {}) => list(filter),
    countTickets: async (filter = {}) => {
      const [row] = await db
        .select({ n: count() })
        .from(tickets)
        .where(where(db, validateFilter(filter)));
      return row!.n;
    },
    getReporters: async (ticketId) => reportersOf(await reportsOf(ticketId)),
    getReports: async (ticketId) => (await reportsOf(ticketId)).map(toReport),
    getTimeline: async (ticketId) =>
      (await db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticketId)).orderBy(asc(ticketEvents.id))).map(toEvent),
    getReportBySourceKey: async (sourceKey) => {
      const [row] = await db.select().from(reports).where(eq(reports.sourceKey, sourceKey));
      return withTicket(row);
    },
    findLatestReport: async (roomKey, reporterKey, since) => {
      validateDate(since);
      const [row] = await db
        .select()
        .from(reports)
        .where(
          and(
            eq(reports.reporterKey, reporterKey),
            gte(reports.at, since),
            roomKey === null ? isNull(reports.roomKey) : eq(reports.roomKey, roomKey),
            isNull(reports.removedAt),
          ),
        )
        .orderBy(desc(reports.at), desc(reports.id))
        .limit(1);
      return withTicket(row);
    },
    listAckOverdue: (at, communityId) => scheduled(NOT_TAKEN, tickets.ackDueAt, at, communityId),
    listDueBy: (at, communityId) => scheduled([...ACTIVE_STATUSES], tickets.dueAt, at, communityId),
    listAwaitingRating: (communityId) => list({ statuses: ['resolved'], ...(communityId === undefined ? {} : { communityId }) }),
    getJobRun: async (name) => {
      const [row] = await db.select().from(jobRuns).where(eq(jobRuns.name, name));
      return row?.lastRunAt ?? null;
    },
  };
}
