// Intake on PostgreSQL in one transaction, with the SQLite store's decisions
// (core/tickets/intake-rules.ts) and lookups (infra/db/intake-lookup-sql.ts). Several processes
// may take in reports for the same community at once; SQLite serialises every write, here:
// - a transaction-scoped advisory lock per community makes the duplicate lookup and the ticket it
//   opens one step (two processes cannot both open a ticket for the same duplicate);
// - the number comes from `UPDATE communities SET last_number = last_number + 1 … RETURNING` in
//   the same transaction, so numbers are unique and gap-free (a rolled-back intake gives its back);
// - the source key's unique index alone detects a redelivered message (ON CONFLICT DO NOTHING on
//   the report row, then roll back and answer 'repeat'): redeliveries are rare, so the common
//   report pays no lookup for them.
// Round trips are what an intake costs here, so what the decision needs comes with the query
// that is made anyway: the merge candidate brings whether the reporter is already on it, the
// number's UPDATE … RETURNING brings the ticket this one repeats.
import { and, countDistinct, desc, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
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
      const [candidate] = await tx
        .select({ ...getTableColumns(tickets), reporterOn: reporterOn(report.reporterKey) })
        .from(tickets)
        .where(mergeCandidateWhere(tickets, mergeLookup(report, policy.mergeWindowHours)))
        .orderBy(desc(tickets.lastReportAt))
        .limit(1)
        .for('no key update');
      const result = candidate
        ? await mergeInto(tx, toTicket(candidate), !candidate.reporterOn, report, sourceKey, policy)
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
  const repeats = repeatWhere(tickets, repeatLookup(t, policy.repeatWindowDays));
  const [bumped] = await tx
    .update(communities)
    .set({ lastNumber: sql`${communities.lastNumber} + 1` })
    .where(eq(communities.id, t.communityId))
    .returning({
      lastNumber: communities.lastNumber,
      // The latest ended ticket of the same issue, which a new one repeats (null: none).
      previous: sql<string | null>`(select ${tickets.number} from ${tickets} where ${repeats} order by ${tickets.closedAt} desc limit 1)`,
    });
  if (!bumped) throw new StoreInputError(`社区编号 ${t.communityId} 不存在。`);
  const { row, entry } = newTicket(t, bumped.lastNumber, policy.deadlines, bumped.previous);
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

/**
 * Whether `reporterKey` has a current report on the ticket of the row (a column of the candidate
 * lookup). Qualified by hand: drizzle writes a selected column's name bare, and a bare "id" in the
 * subquery would be the report's.
 */
const reporterOn = (reporterKey: string) =>
  sql<boolean>`exists (select 1 from ${reports} where ${reports}.${sql.identifier(reports.ticketId.name)} = ${tickets}.${sql.identifier(tickets.id.name)} and ${reports.reporterKey} = ${reporterKey} and ${reports.removedAt} is null)`;

async function mergeInto(
  tx: PgDb,
  ticket: Ticket,
  newReporter: boolean,
  report: ReportInput,
  sourceKey: string,
  policy: IntakePolicy,
): Promise<IntakeResult & { kind: 'merged' }> {
  const inserted = await insertReport(tx, ticket.id, report, sourceKey);
  const m = mergedTicketFields(ticket, report, newReporter, policy.deadlines);
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
  return { kind: 'merged', ticket: toTicket(row!), report: inserted, newReporter, becameUrgent: m.becameUrgent };
}

/** Distinct current reporters of a ticket (removed reports do not count). */
export async function countReporters(tx: PgDb, ticketId: number): Promise<number> {
  const [row] = await tx
    .select({ n: countDistinct(reports.reporterKey) })
    .from(reports)
    .where(and(eq(reports.ticketId, ticketId), isNull(reports.removedAt)));
  return row!.n;
}
