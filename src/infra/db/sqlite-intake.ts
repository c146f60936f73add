// Intake in one transaction: a redelivered message is a repeat; a report of the same category and
// building as an active ticket reported within the merge window joins it; anything else opens a
// ticket with the community's next number.
import { and, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import { buildingKey } from '../../core/tickets/building-key.js';
import { computeDeadlines } from '../../core/tickets/deadlines.js';
import { ACTIVE_STATUSES } from '../../core/tickets/lifecycle.js';
import { computePriority } from '../../core/tickets/priority.js';
import { StoreInputError, type IntakePolicy, type IntakeResult, type ReportInput } from '../../core/tickets/ticket-store.js';
import type { Ticket } from '../../core/tickets/types.js';
import { validateReport } from '../../core/tickets/validate-input.js';
import type { Db } from './open-database.js';
import { toReport, toTicket } from './rows.js';
import { communities, reports, ticketEvents, tickets } from './schema.js';
import { writeTransaction } from './write-transaction.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CLOSED_DONE = ['closed', 'unresolved'] as const;

export function sourceKeyOf(roomKey: string | null, messageId: string): string {
  return `${roomKey ?? 'dm'}:${messageId}`;
}

export function intake(db: Db, input: ReportInput, policy: IntakePolicy): IntakeResult {
  const report = validateReport(input, policy.categories);
  if (!(policy.mergeWindowHours > 0)) throw new StoreInputError('合并时间窗必须大于 0 小时。');
  const sourceKey = sourceKeyOf(report.roomKey, report.messageId);
  const bKey = buildingKey(report.building) ?? '';
  return writeTransaction(db, (): IntakeResult => {
    const seen = db.select().from(reports).where(eq(reports.sourceKey, sourceKey)).get();
    if (seen) {
      const ticket = db.select().from(tickets).where(eq(tickets.id, seen.ticketId)).get()!;
      return { kind: 'repeat', ticket: toTicket(ticket), report: toReport(seen) };
    }
    const since = new Date(report.at.getTime() - policy.mergeWindowHours * HOUR);
    const candidate = db
      .select()
      .from(tickets)
      .where(
        and(
          eq(tickets.communityId, report.communityId),
          eq(tickets.category, report.category),
          eq(tickets.buildingKey, bKey),
          gte(tickets.lastReportAt, since),
          inArray(tickets.status, ACTIVE_STATUSES as Ticket['status'][]),
        ),
      )
      .orderBy(desc(tickets.lastReportAt))
      .limit(1)
      .get();
    return candidate ? mergeInto(db, toTicket(candidate), report, sourceKey, policy) : open(db, report, sourceKey, policy);
  });
}

function insertReport(db: Db, ticketId: number, report: ReportInput, sourceKey: string) {
  return db
    .insert(reports)
    .values({
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
    })
    .returning()
    .get();
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
  const counter = db
    .update(communities)
    .set({ lastNumber: sql`${communities.lastNumber} + 1` })
    .where(eq(communities.id, t.communityId))
    .returning({ n: communities.lastNumber })
    .get();
  if (!counter) throw new StoreInputError(`社区编号 ${t.communityId} 不存在。`);
  const bKey = buildingKey(t.building) ?? '';
  const { ackDueAt, dueAt } = computeDeadlines(t.category, t.urgent, t.at, policy.deadlines);
  const repeatSince = new Date(t.at.getTime() - (policy.repeatWindowDays ?? 30) * DAY);
  const repeat = db
    .select({ number: tickets.number })
    .from(tickets)
    .where(
      and(
        eq(tickets.communityId, t.communityId),
        eq(tickets.category, t.category),
        eq(tickets.buildingKey, bKey),
        gte(tickets.closedAt, repeatSince),
        inArray(tickets.status, [...CLOSED_DONE]),
      ),
    )
    .orderBy(desc(tickets.closedAt))
    .limit(1)
    .get();
  const ticket = db
    .insert(tickets)
    .values({
      communityId: t.communityId,
      number: String(counter.n),
      category: t.category,
      urgent: t.urgent,
      building: t.building,
      buildingKey: bKey,
      status: 'open',
      reporterCount: 1,
      priority: computePriority(1, t.urgent),
      roomKey: t.roomKey,
      createdAt: t.at,
      updatedAt: t.at,
      lastReportAt: t.at,
      ackDueAt,
      dueAt,
      repeatOf: repeat?.number ?? null,
    })
    .returning()
    .get();
  db.insert(ticketEvents)
    .values({
      ticketId: ticket.id,
      at: t.at,
      actorName: t.actorName,
      kind: 'opened',
      toStatus: 'open',
      note: repeat ? `重复投诉：与已关闭的 #${repeat.number} 同一楼栋同一类别` : null,
    })
    .run();
  return toTicket(ticket);
}

function open(db: Db, report: ReportInput, sourceKey: string, policy: IntakePolicy): IntakeResult {
  const ticket = createTicket(db, { ...report, actorName: report.reporterName }, policy);
  const row = insertReport(db, ticket.id, report, sourceKey);
  return { kind: 'opened', ticket, report: toReport(row) };
}

function mergeInto(db: Db, ticket: Ticket, report: ReportInput, sourceKey: string, policy: IntakePolicy): IntakeResult {
  const before = db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.ticketId, ticket.id), eq(reports.reporterKey, report.reporterKey), isNull(reports.removedAt)))
    .limit(1)
    .get();
  const newReporter = !before;
  const row = insertReport(db, ticket.id, report, sourceKey);
  const reporterCount = ticket.reporterCount + (newReporter ? 1 : 0);
  const urgent = ticket.urgent || report.urgent;
  let { ackDueAt, dueAt } = ticket;
  if (urgent && !ticket.urgent) {
    // Became urgent: the urgent clock, counted from the first report, if it is earlier.
    const tighter = computeDeadlines(ticket.category, true, ticket.createdAt, policy.deadlines);
    if (tighter.ackDueAt < ackDueAt) ackDueAt = tighter.ackDueAt;
    if (tighter.dueAt < dueAt) dueAt = tighter.dueAt;
  }
  const lastReportAt = report.at > ticket.lastReportAt ? report.at : ticket.lastReportAt;
  const updated = db
    .update(tickets)
    .set({ reporterCount, urgent, priority: computePriority(reporterCount, urgent), ackDueAt, dueAt, lastReportAt, updatedAt: report.at })
    .where(eq(tickets.id, ticket.id))
    .returning()
    .get()!;
  db.insert(ticketEvents)
    .values({
      ticketId: ticket.id,
      at: report.at,
      actorName: report.reporterName,
      kind: 'merged',
      note: newReporter ? `第 ${reporterCount} 户反映` : '同一居民再次反映',
    })
    .run();
  return { kind: 'merged', ticket: toTicket(updated), report: toReport(row), newReporter };
}

/** Distinct current reporters of a ticket (removed reports do not count). */
export function countReporters(db: Db, ticketId: number): number {
  return db
    .select({ n: sql<number>`count(distinct ${reports.reporterKey})` })
    .from(reports)
    .where(and(eq(reports.ticketId, ticketId), isNull(reports.removedAt)))
    .get()!.n;
}
