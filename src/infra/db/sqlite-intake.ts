// Intake in one transaction: a redelivered message is a repeat; a report of the same category and
// building as an active ticket reported within the merge window joins it; anything else opens a
// ticket with the community's next number. The rows and timeline entries are decided in
// core/tickets/intake-rules.ts, the lookups' conditions in intake-lookup-sql.ts (shared with
// PostgreSQL); this file is the data access. drizzle's query builder, prepared once per connection
// (typed wrappers below): building and preparing a drizzle query costs ~10× running it
// (test/bench/store.ts: 1,636 vs 171 µs CPU per report), and intake is the bot's hot write path.
import { and, countDistinct, desc, eq, isNull, sql } from 'drizzle-orm';
import {
  checkIntake,
  mergedTicketFields,
  mergeLookup,
  type NewTicket,
  newTicket,
  repeatLookup,
  reportRow,
} from '../../core/tickets/intake-rules.js';
import {
  StoreInputError,
  type Acknowledge,
  type IntakePolicy,
  type IntakeResult,
  type ReportInput,
} from '../../core/tickets/ticket-store.js';
import { type TimelineEntry, timelineRow } from '../../core/tickets/timeline-entry.js';
import type { Ticket } from '../../core/tickets/types.js';
import type { Db } from './open-database.js';
import { toReport, toTicket } from './rows.js';
import { mergeCandidateWhere, repeatWhere } from './intake-lookup-sql.js';
import { communities, reports, ticketEvents, tickets } from './schema.js';
import { perConnection } from './per-connection.js';
import { queueReplies } from './sqlite-outbox-queue.js';
import { writeTransaction } from './write-transaction.js';

const p = sql.placeholder;
const PLACEHOLDERS = { communityId: p('communityId'), category: p('category'), buildingKey: p('buildingKey'), since: p('since') };

/**
 * The latest active ticket of a community, category and building key reported since a time
 * (placeholders communityId, category, buildingKey, since), served by the partial merge index.
 * Lookups end in .get() without .limit(1): better-sqlite3 stops at the first row anyway, and a
 * bound LIMIT makes SQLite 3.53 re-prepare the statement on every run (18 → 53 µs by id).
 */
export function mergeCandidateQuery(db: Db) {
  return db.select().from(tickets).where(mergeCandidateWhere(tickets, PLACEHOLDERS)).orderBy(desc(tickets.lastReportAt));
}

/**
 * The intake's statements for one connection, each behind a typed function. Placeholders in a
 * WHERE take driver values (epoch ms), placeholders in VALUES/SET are encoded by their column.
 */
function prepareStatements(db: Db) {
  const reportBySource = db
    .select()
    .from(reports)
    .where(eq(reports.sourceKey, p('sourceKey')))
    .prepare();
  const ticketById = db
    .select()
    .from(tickets)
    .where(eq(tickets.id, p('id')))
    .prepare();
  const mergeCandidate = mergeCandidateQuery(db).prepare();
  const repeatOf = db
    .select({ number: tickets.number })
    .from(tickets)
    .where(repeatWhere(tickets, PLACEHOLDERS))
    .orderBy(desc(tickets.closedAt))
    .prepare();
  const bumpNumber = db
    .update(communities)
    .set({ lastNumber: sql`${communities.lastNumber} + 1` })
    .where(eq(communities.id, p('id')))
    .returning({ lastNumber: communities.lastNumber })
    .prepare();
  const reportedBefore = db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.ticketId, p('ticketId')), eq(reports.reporterKey, p('reporterKey')), isNull(reports.removedAt)))
    .prepare();
  const insertTicket = db
    .insert(tickets)
    .values({
      communityId: p('communityId'),
      number: p('number'),
      category: p('category'),
      urgent: p('urgent'),
      building: p('building'),
      buildingKey: p('buildingKey'),
      status: p('status'),
      reporterCount: p('reporterCount'),
      priority: p('priority'),
      roomKey: p('roomKey'),
      createdAt: p('createdAt'),
      updatedAt: p('updatedAt'),
      lastReportAt: p('lastReportAt'),
      ackDueAt: p('ackDueAt'),
      dueAt: p('dueAt'),
      repeatOf: p('repeatOf'),
    })
    .returning()
    .prepare();
  const insertReport = db
    .insert(reports)
    .values({
      ticketId: p('ticketId'),
      sourceKey: p('sourceKey'),
      text: p('text'),
      reporterName: p('reporterName'),
      reporterKey: p('reporterKey'),
      roomKey: p('roomKey'),
      at: p('at'),
      category: p('category'),
      urgent: p('urgent'),
      building: p('building'),
      images: p('images'),
      reporterContactId: p('reporterContactId'),
      reporterLogin: p('reporterLogin'),
    })
    .returning()
    .prepare();
  const insertEvent = db
    .insert(ticketEvents)
    .values({
      ticketId: p('ticketId'),
      at: p('at'),
      actorName: p('actorName'),
      actorId: p('actorId'),
      kind: p('kind'),
      action: p('action'),
      fromStatus: p('fromStatus'),
      toStatus: p('toStatus'),
      note: p('note'),
    })
    .prepare();
  // drizzle's SET takes no bare placeholder: wrapped in sql, it takes driver values (epoch ms).
  const mergedFields = {
    reporterCount: sql`${p('reporterCount')}`,
    priority: sql`${p('priority')}`,
    lastReportAt: sql`${p('lastReportAt')}`,
    updatedAt: sql`${p('updatedAt')}`,
  };
  // Two variants so that the deadline columns (and their indexes) change only when they must.
  const updateMerged = db
    .update(tickets)
    .set(mergedFields)
    .where(eq(tickets.id, p('id')))
    .returning()
    .prepare();
  const updateMergedUrgent = db
    .update(tickets)
    .set({ ...mergedFields, urgent: true, ackDueAt: sql`${p('ackDueAt')}`, dueAt: sql`${p('dueAt')}` })
    .where(eq(tickets.id, p('id')))
    .returning()
    .prepare();
  const countReporters = db
    .select({ n: countDistinct(reports.reporterKey) })
    .from(reports)
    .where(and(eq(reports.ticketId, p('ticketId')), isNull(reports.removedAt)))
    .prepare();

  type MergedUpdate = { id: number; reporterCount: number; priority: number; lastReportAt: Date; updatedAt: Date };
  type Lookup = { communityId: number; category: string; buildingKey: string; since: Date };
  const mergedValues = (v: MergedUpdate) => ({ ...v, lastReportAt: v.lastReportAt.getTime(), updatedAt: v.updatedAt.getTime() });
  return {
    reportBySource: (sourceKey: string) => reportBySource.get({ sourceKey }),
    ticketById: (id: number) => ticketById.get({ id }),
    mergeCandidate: (q: Lookup) => mergeCandidate.get({ ...q, since: q.since.getTime() }),
    repeatOf: (q: Lookup) => repeatOf.get({ ...q, since: q.since.getTime() })?.number ?? null,
    bumpNumber: (communityId: number) => bumpNumber.get({ id: communityId })?.lastNumber,
    reportedBefore: (ticketId: number, reporterKey: string) => reportedBefore.get({ ticketId, reporterKey }) !== undefined,
    insertTicket: (row: ReturnType<typeof newTicket>['row']) => insertTicket.get(row),
    insertReport: (row: ReturnType<typeof reportRow>) => insertReport.get(row),
    insertEvent: (ticketId: number, entry: TimelineEntry) => void insertEvent.run(timelineRow(ticketId, entry)),
    updateMerged: (v: MergedUpdate) => updateMerged.get(mergedValues(v))!,
    updateMergedUrgent: (v: MergedUpdate & { ackDueAt: Date; dueAt: Date }) =>
      updateMergedUrgent.get({ ...mergedValues(v), ackDueAt: v.ackDueAt.getTime(), dueAt: v.dueAt.getTime() })!,
    countReporters: (ticketId: number) => countReporters.get({ ticketId })!.n,
  };
}

type Statements = ReturnType<typeof prepareStatements>;
const statements = perConnection(prepareStatements);

/** `account`: the bot account private acknowledgements are queued for (see queueReplies). */
export function intake(
  db: Db,
  input: ReportInput,
  policy: IntakePolicy,
  acknowledge?: Acknowledge,
  account: string | null = null,
): IntakeResult {
  const { report, sourceKey } = checkIntake(input, policy);
  const s = statements(db);
  return writeTransaction(db, (): IntakeResult => {
    const seen = s.reportBySource(sourceKey);
    if (seen) return { kind: 'repeat', ticket: toTicket(s.ticketById(seen.ticketId)!), report: toReport(seen) };
    const candidate = s.mergeCandidate(mergeLookup(report, policy.mergeWindowHours));
    const result = candidate ? mergeInto(s, toTicket(candidate), report, sourceKey, policy) : open(s, report, sourceKey, policy);
    if (acknowledge) queueReplies(db, acknowledge(result), report.at, account);
    return result;
  });
}

/** Inserts a ticket with the community's next number, its deadlines and the 'opened' event. */
export function createTicket(db: Db, t: NewTicket, policy: Pick<IntakePolicy, 'deadlines' | 'repeatWindowDays'>): Ticket {
  return openTicket(statements(db), t, policy);
}

function openTicket(s: Statements, t: NewTicket, policy: Pick<IntakePolicy, 'deadlines' | 'repeatWindowDays'>): Ticket {
  const number = s.bumpNumber(t.communityId);
  if (number === undefined) throw new StoreInputError(`社区编号 ${t.communityId} 不存在。`);
  const { row, entry } = newTicket(t, number, policy.deadlines, s.repeatOf(repeatLookup(t, policy.repeatWindowDays)));
  const inserted = s.insertTicket(row)!;
  s.insertEvent(inserted.id, entry);
  return toTicket(inserted);
}

function open(s: Statements, report: ReportInput, sourceKey: string, policy: IntakePolicy): IntakeResult & { kind: 'opened' } {
  const ticket = openTicket(s, { ...report, actorName: report.reporterName }, policy);
  return { kind: 'opened', ticket, report: toReport(s.insertReport(reportRow(ticket.id, report, sourceKey))!) };
}

function mergeInto(
  s: Statements,
  ticket: Ticket,
  report: ReportInput,
  sourceKey: string,
  policy: IntakePolicy,
): IntakeResult & { kind: 'merged' } {
  const newReporter = !s.reportedBefore(ticket.id, report.reporterKey);
  const inserted = toReport(s.insertReport(reportRow(ticket.id, report, sourceKey))!);
  const m = mergedTicketFields(ticket, report, newReporter, policy.deadlines);
  const fields = {
    id: ticket.id,
    reporterCount: m.reporterCount,
    priority: m.priority,
    lastReportAt: m.lastReportAt,
    updatedAt: m.updatedAt,
  };
  const row = m.urgentClock ? s.updateMergedUrgent({ ...fields, ...m.urgentClock }) : s.updateMerged(fields);
  s.insertEvent(ticket.id, m.entry);
  return { kind: 'merged', ticket: toTicket(row), report: inserted, newReporter, becameUrgent: m.becameUrgent };
}

/** Distinct current reporters of a ticket (removed reports do not count). */
export function countReporters(db: Db, ticketId: number): number {
  return statements(db).countReporters(ticketId);
}
