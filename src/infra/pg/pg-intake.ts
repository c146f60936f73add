// Intake on PostgreSQL in one transaction, with the SQLite store's decisions
// (core/tickets/intake-rules.ts) and lookups (infra/db/intake-lookup-sql.ts). Several processes
// may take in reports for the same community at once; SQLite serialises every write, here:
// - a transaction-scoped advisory lock per community makes the duplicate lookup and the ticket it
//   opens one step (two processes cannot both open a ticket for the same duplicate);
// - the number comes from `UPDATE communities SET last_number = last_number + 1 … RETURNING` in
//   the same transaction, so numbers are unique and gap-free (a rolled-back intake gives its back);
// - the source key's unique index decides a redelivery that raced past the lookup (ON CONFLICT).
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
  type Acknowledge,
  type IntakePolicy,
  type IntakeResult,
  type ReportInput,
  StoreInputError,
} from '../../core/tickets/ticket-store.js';
import { timelineRow } from '../../core/tickets/timeline-entry.js';
import type { Ticket } from '../../core/tickets/types.js';
import { mergeCandidateWhere, repeatWhere } from '../db/intake-lookup-sql.js';
import { toReport, toTicket } from '../db/rows.js';
import type { PgDb } from './open-pg-database.js';
import { queueReplies } from './pg-outbox-queue.js';
import { communities, reports, ticketEvents, tickets } from './pg-schema.js';

/** First key of the two-key advisory lock (intake, community id); two-key locks do not meet one-key ones. */
const INTAKE_LOCK = 7_202_620;

/** Thrown inside the transaction when the source key turned out taken: roll back, answer 'repeat'. */
class RedeliveredMessage extends Error {}

/** `account`: the bot account private acknowledgements are queued for (see queueReplies). */
export async function intake(
  db: PgDb,
  input: ReportInput,
  policy: IntakePolicy,
  acknowledge?: Acknowledge,
  account: string | null = null,
): Promise<IntakeResult> {
  const { report, sourceKey } = checkIntake(input, policy);
  try {
    return await db.transaction(async (tx): Promise<IntakeResult> => {
      await tx.execute(sql`select pg_advisory_xact_lock(${INTAKE_LOCK}, ${report.communityId})`);
      const seen = await repeatOf(tx, sourceKey);
      if (seen) return seen;
      const [candidate] = await tx
        .select()
        .from(tickets)
        .where(mergeCandidateWhere(tickets, mergeLookup(report, policy.mergeWindowHours)))
        .orderBy(desc(tickets.lastReportAt))
        .limit(1)
        .for('no key update');
      const result = candidate
        ? await mergeInto(tx, toTicket(candidate), report, sourceKey, policy)
        : await open(tx, report, sourceKey, policy);
      if (acknowledge) await queueReplies(tx, acknowledge(result), report.at, account);
      return result;
    });
  } catch (err) {
    if (!(err instanceof RedeliveredMessage)) throw err;
    return (await repeatOf(db, sourceKey))!;
  }
}

async function repeatOf(db: PgDb, sourceKey: string): Promise<IntakeResult | null> {
  const [seen] = await db.select().from(reports).where(eq(reports.sourceKey, sourceKey));
  if (!seen) return null;
  const [ticket] = await db.select().from(tickets).where(eq(tickets.id, seen.ticketId));
  return { kind: 'repeat', ticket: toTicket(ticket!), report: toReport(seen) };
}

/** Inserts a ticket with the community's next number, its deadlines and the 'opened' entry (inside the caller's transaction). */
export async function createTicket(tx: PgDb, t: NewTicket, policy: Pick<IntakePolicy, 'deadlines' | 'repeatWindowDays'>): Promise<Ticket> {
  const [bumped] = await tx
    .update(communities)
    .set({ lastNumber: sql`${communities.lastNumber} + 1` })
    .where(eq(communities.id, t.communityId))
    .returning({ lastNumber: communities.lastNumber });
  if (!bumped) throw new StoreInputError(`社区编号 ${t.communityId} 不存在。`);
  const [previous] = await tx
    .select({ number: tickets.number })
    .from(tickets)
    .where(repeatWhere(tickets, repeatLookup(t, policy.repeatWindowDays)))
    .orderBy(desc(tickets.closedAt))
    .limit(1);
  const { row, entry } = newTicket(t, bumped.lastNumber, policy.deadlines, previous?.number ?? null);
  const [inserted] = await tx.insert(tickets).values(row).returning();
  await tx.insert(ticketEvents).values(timelineRow(inserted!.id, entry));
  return toTicket(inserted!);
}

async function insertReport(tx: PgDb, ticketId: number, report: ReportInput, sourceKey: string) {
  const [row] = await tx
    .insert(reports)
    .values(reportRow(ticketId, report, sourceKey))
    .onConflictDoNothing({ target: reports.sourceKey })
    .returning();
  if (!row) throw new RedeliveredMessage();
  return toReport(row);
}

async function open(tx: PgDb, report: ReportInput, sourceKey: string, policy: IntakePolicy): Promise<IntakeResult & { kind: 'opened' }> {
  const ticket = await createTicket(tx, { ...report, actorName: report.reporterName }, policy);
  return { kind: 'opened', ticket, report: await insertReport(tx, ticket.id, report, sourceKey) };
}

async function mergeInto(
  tx: PgDb,
  ticket: Ticket,
  report: ReportInput,
  sourceKey: string,
  policy: IntakePolicy,
): Promise<IntakeResult & { kind: 'merged' }> {
  const [before] = await tx
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.ticketId, ticket.id), eq(reports.reporterKey, report.reporterKey), isNull(reports.removedAt)))
    .limit(1);
  const inserted = await insertReport(tx, ticket.id, report, sourceKey);
  const m = mergedTicketFields(ticket, report, !before, policy.deadlines);
  const [row] = await tx
    .update(tickets)
    .set({
      reporterCount: m.reporterCount,
      priority: m.priority,
      lastReportAt: m.lastReportAt,
      updatedAt: m.updatedAt,
      ...(m.urgentClock ? { urgent: true, ...m.urgentClock } : {}),
    })
    .where(eq(tickets.id, ticket.id))
    .returning();
  await tx.insert(ticketEvents).values(timelineRow(ticket.id, m.entry));
  return { kind: 'merged', ticket: toTicket(row!), report: inserted, newReporter: !before, becameUrgent: m.becameUrgent };
}

/** Distinct current reporters of a ticket (removed reports do not count). */
export async function countReporters(tx: PgDb, ticketId: number): Promise<number> {
  const [row] = await tx
    .select({ n: countDistinct(reports.reporterKey) })
    .from(reports)
    .where(and(eq(reports.ticketId, ticketId), isNull(reports.removedAt)));
  return row!.n;
}
