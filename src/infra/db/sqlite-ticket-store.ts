// The TicketStore over drizzle + better-sqlite3. Calls are synchronous underneath (one
// connection per process, BEGIN IMMEDIATE for writes); the async interface lets a PostgreSQL
// implementation fit the same contract.
import { and, asc, count, desc, eq, exists, gte, isNull, sql } from 'drizzle-orm';
import { ACTIVE_STATUSES } from '../../core/tickets/lifecycle.js';
import { reportersOf } from '../../core/tickets/reporters-of.js';
import type { ReportWithTicket, TicketFilter, TicketStore } from '../../core/tickets/ticket-store.js';
import type { Status, Ticket } from '../../core/tickets/types.js';
import { validateDate, validateFilter } from '../../core/tickets/validate-input.js';
import type { Db } from './open-database.js';
import { toEvent, toReport, toTicket } from './rows.js';
import * as actions from './sqlite-actions.js';
import { listCorrections, recordCorrection } from './sqlite-corrections.js';
import * as directory from './sqlite-directory.js';
import { claimDueWork } from './sqlite-due-claims.js';
import { intake } from './sqlite-intake.js';
import { perConnection } from './per-connection.js';
import { jobRuns, reports, ticketEvents, tickets } from './schema.js';
import { dueSql, keysetSql, NOT_TAKEN, ticketFilterSql, ticketOrderSql } from './ticket-filter-sql.js';

export interface SqliteTicketStoreOptions {
  /** Time stamp for rows whose operation carries no time of its own (rooms, roster). */
  clock?: () => Date;
  /** The bot account of this process (config bot.session): private replies it queues are sent by it alone. */
  account?: string | null;
}

/** A report of the ticket (not withdrawn) contains `text`, literally (% and _ are not wildcards). */
const hasReportText = (db: Db, text: string) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(reports)
      .where(and(eq(reports.ticketId, tickets.id), isNull(reports.removedAt), sql`instr(${reports.text}, ${text}) > 0`)),
  );

const p = sql.placeholder;

/** Lookups on the paths of a command or an image message, prepared once per connection. */
const lookups = perConnection((db) => {
  const ticketByNumber = db
    .select()
    .from(tickets)
    .where(and(eq(tickets.communityId, p('communityId')), eq(tickets.number, p('number'))))
    .prepare();
  const latest = (inRoom: boolean) =>
    db
      .select()
      .from(reports)
      .where(
        and(
          eq(reports.reporterKey, p('reporterKey')),
          gte(reports.at, p('since')),
          inRoom ? eq(reports.roomKey, p('roomKey')) : isNull(reports.roomKey),
          isNull(reports.removedAt),
        ),
      )
      .orderBy(desc(reports.at), desc(reports.id))
      // No .limit(1): .get() stops at the first row anyway, and a bound LIMIT makes SQLite 3.53
      // re-prepare the statement on every run.
      .prepare();
  const latestInRoom = latest(true);
  const latestInDm = latest(false);
  return {
    ticketByNumber: (communityId: number, number: string) => ticketByNumber.get({ communityId, number }),
    /** `since` as a driver value: a placeholder in a WHERE is not encoded by its column. */
    latestReport: (roomKey: string | null, reporterKey: string, since: Date) =>
      roomKey === null
        ? latestInDm.get({ reporterKey, since: since.getTime() })
        : latestInRoom.get({ reporterKey, since: since.getTime(), roomKey }),
  };
});

export function createSqliteTicketStore(db: Db, options: SqliteTicketStoreOptions = {}): TicketStore {
  const now = options.clock ?? (() => new Date());

  const ticketById = (id: number): Ticket | null => {
    const row = db.select().from(tickets).where(eq(tickets.id, id)).get();
    return row ? toTicket(row) : null;
  };
  const withTicket = (row: typeof reports.$inferSelect | undefined): ReportWithTicket | null =>
    row ? { report: toReport(row), ticket: ticketById(row.ticketId)! } : null;

  const reportsOf = (ticketId: number) =>
    db
      .select()
      .from(reports)
      .where(and(eq(reports.ticketId, ticketId), isNull(reports.removedAt)))
      .orderBy(asc(reports.at), asc(reports.id))
      .all();

  const where = (f: TicketFilter) =>
    ticketFilterSql(tickets, f, {
      contains: (column, text) => sql`instr(${column}, ${text}) > 0`,
      hasReportText: (text) => hasReportText(db, text),
    });

  const list = (filter: TicketFilter): Ticket[] => {
    const f = validateFilter(filter);
    // Keyset paging: from the cursor ticket's sort values; before it, walk backwards and turn round.
    const cursorId = f.after ?? f.before;
    const at = cursorId === undefined ? undefined : db.select().from(tickets).where(eq(tickets.id, cursorId)).get();
    if (cursorId !== undefined && !at) return [];
    const backwards = f.after === undefined && f.before !== undefined;
    const rows = db
      .select()
      .from(tickets)
      .where(and(where(f), at ? keysetSql(tickets, f.order, at, backwards) : undefined))
      .orderBy(...ticketOrderSql(tickets, f.order, backwards))
      // drizzle leaves a negative LIMIT out, and SQLite takes no OFFSET without one: no limit is the largest.
      .limit(f.limit ?? Number.MAX_SAFE_INTEGER)
      .offset(f.offset ?? 0)
      .all();
    return (backwards ? rows.reverse() : rows).map(toTicket);
  };

  const scheduled = (statuses: Status[], column: typeof tickets.ackDueAt, at: Date, communityId?: number): Ticket[] => {
    validateDate(at);
    return db
      .select()
      .from(tickets)
      .where(dueSql(tickets, statuses, column, at, communityId))
      .orderBy(asc(column), asc(tickets.id))
      .all()
      .map(toTicket);
  };

  return {
    ensureCommunity: async (name) => directory.ensureCommunity(db, name, now()),
    listCommunities: async () => directory.listCommunities(db),
    ensureRoom: async (input) => directory.ensureRoom(db, input, now()),
    renameRoom: async (key, topic) => directory.renameRoom(db, key, topic, now()),
    getRoom: async (key) => directory.getRoom(db, key),
    findRoomByTopic: async (topic) => directory.findRoomByTopic(db, topic),
    listRooms: async (communityId) => directory.listRooms(db, communityId),
    syncStaff: async (communityId, roster) => directory.syncStaff(db, communityId, roster, now()),
    getPerson: async (id) => directory.getPerson(db, id),
    findPersonByRemark: async (remark, communityIds) => directory.findPersonByRemark(db, remark, communityIds),
    findPersonBySession: async (sessionId) => directory.findPersonBySession(db, sessionId),
    findStaffByName: async (communityId, name) => directory.findStaffByName(db, communityId, name),
    listStaff: async (communityId) => directory.listStaff(db, communityId),
    createBindingCode: async (personId, at, expiresAt) => directory.createBindingCode(db, personId, at, expiresAt),
    redeemBindingCode: async (code, sessionId, at, guard) => directory.redeemBindingCode(db, code, sessionId, at, guard),
    voidBindingCode: async (code, at) => directory.voidBindingCode(db, code, at),

    intake: async (report, policy, acknowledge) => intake(db, report, policy, acknowledge, options.account ?? null),

    getTicket: async (id) => ticketById(id),
    getByNumber: async (communityId, number) => {
      const row = lookups(db).ticketByNumber(
        communityId,
        String(number)
          .trim()
          .replace(/^[#＃]/, ''),
      );
      return row ? toTicket(row) : null;
    },
    listTickets: async (filter = {}) => list(filter),
    countTickets: async (filter = {}) =>
      db
        .select({ n: count() })
        .from(tickets)
        .where(where(validateFilter(filter)))
        .get()!.n,
    getReporters: async (ticketId) => reportersOf(reportsOf(ticketId)),
    getReports: async (ticketId) => reportsOf(ticketId).map(toReport),
    getTimeline: async (ticketId) =>
      db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticketId)).orderBy(asc(ticketEvents.id)).all().map(toEvent),
    getReportBySourceKey: async (sourceKey) => withTicket(db.select().from(reports).where(eq(reports.sourceKey, sourceKey)).get()),
    findLatestReport: async (roomKey, reporterKey, since) =>
      withTicket(lookups(db).latestReport(roomKey, reporterKey, validateDate(since))),

    act: async (input) => actions.act(db, input),
    splitReport: async (input) => actions.splitReport(db, input),
    attachImage: async (reportId, path, at, actorName) => actions.attachImage(db, reportId, path, at, actorName),
    withdrawBySourceKey: async (sourceKey, at) => actions.withdrawBySourceKey(db, sourceKey, at),

    recordCorrection: async (input) => recordCorrection(db, input),
    listCorrections: async (filter) => listCorrections(db, filter),

    listAckOverdue: async (at, communityId) => scheduled(NOT_TAKEN, tickets.ackDueAt, at, communityId),
    listDueBy: async (at, communityId) => scheduled([...ACTIVE_STATUSES], tickets.dueAt, at, communityId),
    listAwaitingRating: async (communityId) => list({ statuses: ['resolved'], ...(communityId === undefined ? {} : { communityId }) }),
    getJobRun: async (name) => db.select().from(jobRuns).where(eq(jobRuns.name, name)).get()?.lastRunAt ?? null,
    claimDueWork: async (claims, replies, at) => claimDueWork(db, claims, replies, at, options.account ?? null),

    close: async () => {},
  };
}
