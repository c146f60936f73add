// Intake in one transaction: a redelivered message is a repeat; a report of the same category and
// building as an active ticket reported within the merge window joins it; anything else opens a
// ticket with the community's next number. Every statement here is prepared once per connection
// (building drizzle queries costs more than running them; see bench/store.ts).
import { and, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import { buildingKey } from '../../core/tickets/building-key.js';
import { computeDeadlines } from '../../core/tickets/deadlines.js';
import { computePriority } from '../../core/tickets/priority.js';
import { StoreInputError, type IntakePolicy, type IntakeResult, type ReportInput } from '../../core/tickets/ticket-store.js';
import type { Status, Ticket } from '../../core/tickets/types.js';
import { validateReport } from '../../core/tickets/validate-input.js';
import type { Db } from './open-database.js';
import { toReport, toTicket } from './rows.js';
import { communities, isActiveStatus, reports, ticketEvents, tickets } from './schema.js';
import { writeTransaction } from './write-transaction.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CLOSED_DONE: Status[] = ['closed', 'unresolved'];
const p = sql.placeholder;

/** Placeholders in WHERE clauses take driver values: times as epoch milliseconds. */
function statements(db: Db) {
  // Same community, category and building: what makes two reports one problem.
  const sameProblem = and(
    eq(tickets.communityId, p('communityId')),
    eq(tickets.category, p('category')),
    eq(tickets.buildingKey, p('buildingKey')),
  );
  return {
    reportBySource: db.select().from(reports).where(eq(reports.sourceKey, p('sourceKey'))).prepare(),
    ticketById: db.select().from(tickets).where(eq(tickets.id, p('id'))).prepare(),
    mergeCandidate: db
      .select()
      .from(tickets)
      .where(
        and(sameProblem, gte(tickets.lastReportAt, p('since')), isActiveStatus(tickets.status)),
      )
      .orderBy(desc(tickets.lastReportAt))
      .limit(1)
      .prepare(),
    nextNumber: db
      .update(communities)
      .set({ lastNumber: sql`${communities.lastNumber} + 1` })
      .where(eq(communities.id, p('communityId')))
      .returning({ n: communities.lastNumber })
      .prepare(),
    repeatOf: db
      .select({ number: tickets.number })
      .from(tickets)
      .where(
        and(sameProblem, gte(tickets.closedAt, p('since')), inArray(tickets.status, CLOSED_DONE)),
      )
      .orderBy(desc(tickets.closedAt))
      .limit(1)
      .prepare(),
    insertTicket: db
      .insert(tickets)
      .values({
        communityId: p('communityId'),
        number: p('number'),
        category: p('category'),
        urgent: p('urgent'),
        building: p('building'),
        buildingKey: p('buildingKey'),
        status: 'open',
        reporterCount: 1,
        priority: p('priority'),
        roomKey: p('roomKey'),
        createdAt: p('at'),
        updatedAt: p('at'),
        lastReportAt: p('at'),
        ackDueAt: p('ackDueAt'),
        dueAt: p('dueAt'),
        repeatOf: p('repeatOf'),
      })
      .returning()
      .prepare(),
    insertReport: db
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
      })
      .returning()
      .prepare(),
    insertEvent: db
      .insert(ticketEvents)
      .values({ ticketId: p('ticketId'), at: p('at'), actorName: p('actorName'), kind: p('kind'), toStatus: p('toStatus'), note: p('note') })
      .prepare(),
    reportedBefore: db
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.ticketId, p('ticketId')), eq(reports.reporterKey, p('reporterKey')), isNull(reports.removedAt)))
      .limit(1)
      .prepare(),
    // update().set() takes no placeholders in its types: these are SQL, so they take driver values.
    // Two variants so that the deadline indexes are only rewritten when the deadlines change.
    updateMerged: db
      .update(tickets)
      .set({
        reporterCount: sql`${p('reporterCount')}`,
        priority: sql`${p('priority')}`,
        lastReportAt: sql`${p('lastReportAt')}`,
        updatedAt: sql`${p('at')}`,
      })
      .where(eq(tickets.id, p('id')))
      .returning()
      .prepare(),
    updateMergedUrgent: db
      .update(tickets)
      .set({
        reporterCount: sql`${p('reporterCount')}`,
        urgent: sql`1`,
        priority: sql`${p('priority')}`,
        ackDueAt: sql`${p('ackDueAt')}`,
        dueAt: sql`${p('dueAt')}`,
        lastReportAt: sql`${p('lastReportAt')}`,
        updatedAt: sql`${p('at')}`,
      })
      .where(eq(tickets.id, p('id')))
      .returning()
      .prepare(),
    countReporters: db
      .select({ n: sql<number>`count(distinct ${reports.reporterKey})` })
      .from(reports)
      .where(and(eq(reports.ticketId, p('ticketId')), isNull(reports.removedAt)))
      .prepare(),
  };
}

type Statements = ReturnType<typeof statements>;
const cache = new WeakMap<Db, Statements>();

function prepared(db: Db): Statements {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = statements(db)));
  return s;
}

export function sourceKeyOf(roomKey: string | null, messageId: string): string {
  return `${roomKey ?? 'dm'}:${messageId}`;
}

export function intake(db: Db, input: ReportInput, policy: IntakePolicy): IntakeResult {
  const report = validateReport(input, policy.categories);
  if (!(policy.mergeWindowHours > 0)) throw new StoreInputError('合并时间窗必须大于 0 小时。');
  const s = prepared(db);
  const sourceKey = sourceKeyOf(report.roomKey, report.messageId);
  const bKey = buildingKey(report.building) ?? '';
  return writeTransaction(db, (): IntakeResult => {
    const seen = s.reportBySource.get({ sourceKey });
    if (seen) {
      const ticket = s.ticketById.get({ id: seen.ticketId })!;
      return { kind: 'repeat', ticket: toTicket(ticket), report: toReport(seen) };
    }
    const candidate = s.mergeCandidate.get({
      communityId: report.communityId,
      category: report.category,
      buildingKey: bKey,
      since: report.at.getTime() - policy.mergeWindowHours * HOUR,
    });
    return candidate ? mergeInto(db, toTicket(candidate), report, sourceKey, policy) : open(db, report, sourceKey, policy);
  });
}

function insertReport(db: Db, ticketId: number, report: ReportInput, sourceKey: string) {
  return prepared(db).insertReport.get({
    ticketId,
    sourceKey,
    text: report.text,
    reporterName: report.reporterName,
    reporterKey: report.reporterKey,
    roomKey: report.roomKey,
    at: report.at,
    category: report.category,
    urgent: report.urgent,
    building: report.building,
    images: report.imagePath ? [report.imagePath] : [],
  });
}

export interface NewTicket {
  communityId: number;
  category: string;
  urgent: boolean;
  building: string | null;
  roomKey: string | null;
  at: Date;
  actorName: string;
}

/** Inserts a ticket with the community's next number, its deadlines and the 'opened' event. */
export function createTicket(db: Db, t: NewTicket, policy: Pick<IntakePolicy, 'deadlines' | 'repeatWindowDays'>): Ticket {
  const s = prepared(db);
  const counter = s.nextNumber.get({ communityId: t.communityId });
  if (!counter) throw new StoreInputError(`社区编号 ${t.communityId} 不存在。`);
  const bKey = buildingKey(t.building) ?? '';
  const { ackDueAt, dueAt } = computeDeadlines(t.category, t.urgent, t.at, policy.deadlines);
  const repeat = s.repeatOf.get({
    communityId: t.communityId,
    category: t.category,
    buildingKey: bKey,
    since: t.at.getTime() - (policy.repeatWindowDays ?? 30) * DAY,
  });
  const ticket = s.insertTicket.get({
    communityId: t.communityId,
    number: String(counter.n),
    category: t.category,
    urgent: t.urgent,
    building: t.building,
    buildingKey: bKey,
    priority: computePriority(1, t.urgent),
    roomKey: t.roomKey,
    at: t.at,
    ackDueAt,
    dueAt,
    repeatOf: repeat?.number ?? null,
  })!;
  s.insertEvent.run({
    ticketId: ticket.id,
    at: t.at,
    actorName: t.actorName,
    kind: 'opened',
    toStatus: 'open',
    note: repeat ? `重复投诉：与已关闭的 #${repeat.number} 同一楼栋同一类别` : null,
  });
  return toTicket(ticket);
}

function open(db: Db, report: ReportInput, sourceKey: string, policy: IntakePolicy): IntakeResult {
  const ticket = createTicket(db, { ...report, actorName: report.reporterName }, policy);
  const row = insertReport(db, ticket.id, report, sourceKey);
  return { kind: 'opened', ticket, report: toReport(row) };
}

function mergeInto(db: Db, ticket: Ticket, report: ReportInput, sourceKey: string, policy: IntakePolicy): IntakeResult {
  const s = prepared(db);
  const newReporter = !s.reportedBefore.get({ ticketId: ticket.id, reporterKey: report.reporterKey });
  const row = insertReport(db, ticket.id, report, sourceKey);
  const reporterCount = ticket.reporterCount + (newReporter ? 1 : 0);
  const becameUrgent = report.urgent && !ticket.urgent;
  const fields = {
    id: ticket.id,
    reporterCount,
    priority: computePriority(reporterCount, ticket.urgent || report.urgent),
    lastReportAt: Math.max(report.at.getTime(), ticket.lastReportAt.getTime()),
    at: report.at.getTime(),
  };
  let updated;
  if (becameUrgent) {
    // The urgent clock, counted from the first report, where it is earlier.
    const tighter = computeDeadlines(ticket.category, true, ticket.createdAt, policy.deadlines);
    updated = s.updateMergedUrgent.get({
      ...fields,
      ackDueAt: Math.min(tighter.ackDueAt.getTime(), ticket.ackDueAt.getTime()),
      dueAt: Math.min(tighter.dueAt.getTime(), ticket.dueAt.getTime()),
    })!;
  } else {
    updated = s.updateMerged.get(fields)!;
  }
  s.insertEvent.run({
    ticketId: ticket.id,
    at: report.at,
    actorName: report.reporterName,
    kind: 'merged',
    toStatus: null,
    note: newReporter ? `第 ${reporterCount} 户反映` : '同一居民再次反映',
  });
  return { kind: 'merged', ticket: toTicket(updated), report: toReport(row), newReporter };
}

/** Distinct current reporters of a ticket (removed reports do not count). */
export function countReporters(db: Db, ticketId: number): number {
  return prepared(db).countReporters.get({ ticketId })!.n;
}
