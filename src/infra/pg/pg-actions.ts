// Lifecycle actions on PostgreSQL, each in one transaction, with the SQLite store's decisions
// (core/tickets/action-patch.ts, action-entry.ts, ticket-merge.ts, report-split.ts,
// recall-decision.ts). Where SQLite holds the whole database for a write, here the
// rows a read decides on are locked (SELECT … FOR UPDATE): the ticket acted on, the report recalled
// or split, the ticket a merge goes into; a new ticket's number comes as at intake (pg-intake.ts).
import { and, asc, count, eq, inArray, isNull, ne, not, notInArray, type SQL, sql } from 'drizzle-orm';
import { actionEntry, ownPartEntry, withdrawsOwnPart } from '../../core/tickets/action-entry.js';
import { actionPatch, recountPatch, type TicketPatch } from '../../core/tickets/action-patch.js';
import { correctionOf, isCorrection } from '../../core/tickets/correction-of.js';
import { type PlannedTransition, planTransition } from '../../core/tickets/lifecycle.js';
import { NOT_ACTING, recallDecision } from '../../core/tickets/recall-decision.js';
import { checkSplit, splitEntries, splitTicket } from '../../core/tickets/report-split.js';
import { mergeOutcome, mergeTargetNumber, mergeTargetPatch } from '../../core/tickets/ticket-merge.js';
import {
  type ActionInput,
  type ActionResult,
  type IntakeResult,
  type SplitInput,
  StoreInputError,
  TicketNotFoundError,
  type WithdrawResult,
} from '../../core/tickets/ticket-store.js';
import { imageEntry, type TimelineEntry, timelineRow } from '../../core/tickets/timeline-entry.js';
import type { Report, Ticket } from '../../core/tickets/types.js';
import { validateAction, validateDate } from '../../core/tickets/validate-input.js';
import { toEvent, toPerson, toReport, toTicket } from '../db/rows.js';
import type { PgDb } from './open-pg-database.js';
import { recordCorrection } from './pg-corrections.js';
import { countReporters, createTicket } from './pg-intake.js';
import { people, ratings, reports, ticketEvents, tickets } from './pg-schema.js';

/**
 * Locks the ticket row for this transaction. FOR NO KEY UPDATE, not FOR UPDATE: inserts that
 * reference the ticket (a report, a timeline entry) still pass, so that a transaction holding a
 * report row (attachImage) cannot deadlock with one holding the ticket. Every action locks the
 * ticket before its reports.
 */
async function lockTicket(tx: PgDb, where: SQL | undefined): Promise<Ticket | null> {
  const [row] = await tx.select().from(tickets).where(where).for('no key update');
  return row ? toTicket(row) : null;
}

async function lockByNumber(tx: PgDb, communityId: number, number: string): Promise<Ticket> {
  const ticket = await lockTicket(tx, and(eq(tickets.communityId, communityId), eq(tickets.number, number.trim())));
  if (!ticket) throw new TicketNotFoundError(number);
  return ticket;
}

/** Locks several tickets in id order, so that 合并 #1 到 #2 and 合并 #2 到 #1 at once wait for each other instead of deadlocking. */
async function lockInIdOrder(tx: PgDb, communityId: number, numbers: string[]): Promise<void> {
  await tx
    .select({ id: tickets.id })
    .from(tickets)
    .where(
      and(
        eq(tickets.communityId, communityId),
        inArray(
          tickets.number,
          numbers.map((n) => n.trim()),
        ),
      ),
    )
    .orderBy(asc(tickets.id))
    .for('no key update');
}

/** The actor's own reports: the ones core/identity named when given (by account), else those under the actor's key. */
function ownReports(input: ActionInput): SQL {
  if (!input.own) return eq(reports.reporterKey, input.actor.key);
  return input.own.reportIds.length > 0 ? inArray(reports.id, input.own.reportIds) : sql`false`;
}

async function anyReport(tx: PgDb, where: SQL | undefined): Promise<boolean> {
  const [row] = await tx.select({ id: reports.id }).from(reports).where(where).limit(1);
  return row !== undefined;
}

async function countWhere(tx: PgDb, table: typeof reports | typeof ticketEvents, where: SQL | undefined): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(table).where(where);
  return row!.n;
}

/** Inserts a timeline entry (inside the caller's transaction). */
export async function recordEvent(tx: PgDb, ticketId: number, entry: TimelineEntry) {
  const [row] = await tx.insert(ticketEvents).values(timelineRow(ticketId, entry)).returning();
  return toEvent(row!);
}

async function update(tx: PgDb, ticketId: number, patch: TicketPatch): Promise<Ticket> {
  const [row] = await tx.update(tickets).set(patch).where(eq(tickets.id, ticketId)).returning();
  return toTicket(row!);
}

async function recount(tx: PgDb, ticket: Ticket, at: Date, extra: TicketPatch = {}): Promise<Ticket> {
  return update(tx, ticket.id, { ...extra, ...recountPatch(await countReporters(tx, ticket.id), extra.urgent ?? ticket.urgent, at) });
}

/** The staff member a handover names, as the core's patch needs it. */
async function targetPerson(tx: PgDb, input: ActionInput) {
  if (input.target?.kind !== 'person') return null;
  const [row] = await tx.select().from(people).where(eq(people.id, input.target.personId));
  return row ? toPerson(row) : null;
}

/** Applies one lifecycle action. */
export async function act(db: PgDb, raw: ActionInput): Promise<ActionResult> {
  const input = validateAction(raw);
  return db.transaction(async (tx): Promise<ActionResult> => {
    if (input.action === 'merge' && input.target?.kind === 'ticket')
      await lockInIdOrder(tx, input.communityId, [input.number, input.target.number]);
    const ticket = await lockByNumber(tx, input.communityId, input.number);
    const plan = planTransition(ticket, input.action, input.actor, {
      isReporter: await anyReport(tx, and(eq(reports.ticketId, ticket.id), ownReports(input), isNull(reports.removedAt))),
      note: input.note,
      hasTarget: !!input.target,
      rating: input.rating,
    });
    const claim = input.own?.claim;
    if (claim && input.own!.reportIds.length > 0) {
      // Ties reports recognised by name (earlier login) to the account that acted on them.
      await tx
        .update(reports)
        .set({ reporterContactId: claim.contactId, reporterLogin: claim.login })
        .where(and(eq(reports.ticketId, ticket.id), inArray(reports.id, input.own!.reportIds)));
    }
    if (input.action === 'merge') return merge(tx, ticket, plan, input);
    if (withdrawsOwnPart(input)) {
      const partial = await withdrawOwnPart(tx, ticket, input);
      if (partial) return partial;
    }
    const { to, patch } = actionPatch(ticket, plan, input, await targetPerson(tx, input));
    const updated = await update(tx, ticket.id, patch);
    if (input.action === 'rate') {
      await tx.insert(ratings).values({ ticketId: ticket.id, reporterKey: input.actor.key, rating: input.rating!, at: input.at });
    }
    if (isCorrection(input)) await recordCorrectionOf(tx, ticket, updated, input);
    const event = await recordEvent(tx, ticket.id, actionEntry(input, plan.from, to, updated));
    return { ticket: updated, from: plan.from, to, event };
  });
}

/** A staff correction of the classifier, with the report text it saw (the ticket's first report). */
async function recordCorrectionOf(tx: PgDb, before: Ticket, after: Ticket, input: ActionInput): Promise<void> {
  const [first] = await tx
    .select({ text: reports.text })
    .from(reports)
    .where(eq(reports.ticketId, before.id))
    .orderBy(reports.at, reports.id)
    .limit(1);
  const [person] =
    input.actor.personId === null ? [] : await tx.select({ remark: people.remark }).from(people).where(eq(people.id, input.actor.personId));
  await recordCorrection(tx, correctionOf(before, after, input, first?.text ?? '', person?.remark));
}

/** A resident withdrawing a ticket that others reported too: only their own reports leave it. */
async function withdrawOwnPart(tx: PgDb, ticket: Ticket, input: ActionInput): Promise<ActionResult | null> {
  const others = await anyReport(tx, and(eq(reports.ticketId, ticket.id), not(ownReports(input)), isNull(reports.removedAt)));
  if (!others) return null;
  await tx
    .update(reports)
    .set({ removedAt: input.at })
    .where(and(eq(reports.ticketId, ticket.id), ownReports(input), isNull(reports.removedAt)));
  const updated = await recount(tx, ticket, input.at);
  const event = await recordEvent(tx, ticket.id, ownPartEntry(input, updated.reporterCount));
  return { ticket: updated, from: ticket.status, to: ticket.status, event };
}

/** 合并 #A 到 #B: A's reports move to B, A becomes a duplicate of B. */
async function merge(tx: PgDb, source: Ticket, plan: PlannedTransition, input: ActionInput): Promise<ActionResult> {
  const target = await lockByNumber(tx, input.communityId, mergeTargetNumber(input));
  const taken = mergeTargetPatch(source, target);
  const moved = await tx.update(reports).set({ ticketId: target.id }).where(eq(reports.ticketId, source.id)).returning({ id: reports.id });
  const mergedInto = await recount(tx, target, input.at, taken);
  const outcome = mergeOutcome(source, mergedInto, moved.length, plan, input);
  await recordEvent(tx, target.id, outcome.targetEntry);
  const updated = await update(tx, source.id, outcome.sourcePatch);
  const event = await recordEvent(tx, source.id, outcome.sourceEntry);
  return { ticket: updated, from: plan.from, to: 'duplicate', event, mergedInto };
}

/**
 * The current (not recalled) report with this id or source key and its ticket, the ticket locked
 * first (the order every action takes); read again when a merge or split moved the report meanwhile.
 */
async function reportAndTicket(tx: PgDb, where: SQL) {
  for (;;) {
    const [found] = await tx
      .select()
      .from(reports)
      .where(and(where, isNull(reports.removedAt)));
    if (!found) return null;
    const ticket = await lockTicket(tx, eq(tickets.id, found.ticketId));
    const [report] = await tx
      .select()
      .from(reports)
      .where(and(eq(reports.id, found.id), eq(reports.ticketId, found.ticketId), isNull(reports.removedAt)));
    if (report && ticket) return { report, ticket };
  }
}

/** Moves one report of a multi-report ticket out into a new ticket (staff only). */
export async function splitReport(db: PgDb, input: SplitInput): Promise<IntakeResult & { kind: 'opened' }> {
  checkSplit(input);
  return db.transaction(async (tx) => {
    const found = await reportAndTicket(tx, eq(reports.id, input.reportId));
    if (!found) throw new StoreInputError(`没有找到编号为 ${input.reportId} 的反映记录。`);
    const { report, ticket: source } = found;
    const count = await countWhere(tx, reports, and(eq(reports.ticketId, source.id), isNull(reports.removedAt)));
    const fields = splitTicket(source, count, report, input);
    const created = await createTicket(tx, fields, { deadlines: input.deadlines });
    const [moved] = await tx
      .update(reports)
      .set({ ticketId: created.id, category: fields.category, building: fields.building })
      .where(eq(reports.id, report.id))
      .returning();
    const ticket = await update(tx, created.id, { lastReportAt: report.at });
    await recount(tx, source, input.at);
    const { sourceEntry, createdEntry } = splitEntries(source, ticket, report, input);
    await recordEvent(tx, source.id, sourceEntry);
    await recordEvent(tx, ticket.id, createdEntry);
    return { kind: 'opened' as const, ticket, report: toReport(moved!) };
  });
}

/** A recalled source message: see TicketStore.withdrawBySourceKey. */
export async function withdrawBySourceKey(db: PgDb, sourceKey: string, at: Date): Promise<WithdrawResult> {
  validateDate(at);
  return db.transaction(async (tx): Promise<WithdrawResult> => {
    const found = await reportAndTicket(tx, eq(reports.sourceKey, sourceKey));
    if (!found) return { kind: 'unknown' };
    const { report, ticket } = found;
    const others = await anyReport(tx, and(eq(reports.ticketId, ticket.id), ne(reports.id, report.id), isNull(reports.removedAt)));
    const acted =
      !others &&
      (await countWhere(tx, ticketEvents, and(eq(ticketEvents.ticketId, ticket.id), notInArray(ticketEvents.kind, [...NOT_ACTING])))) > 0;
    const decision = recallDecision(at, report.reporterName, ticket.status, others, acted);
    if (decision.kind === 'kept') return { kind: 'kept', ticket };
    await tx.update(reports).set({ removedAt: at, text: '' }).where(eq(reports.id, report.id));
    const updated =
      decision.kind === 'report_removed'
        ? await recount(tx, ticket, at)
        : await update(tx, ticket.id, { status: 'withdrawn', closedAt: at, updatedAt: at });
    await recordEvent(tx, ticket.id, decision.entry);
    return { kind: decision.kind, ticket: updated };
  });
}

export async function attachImage(db: PgDb, reportId: number, path: string, at: Date, actorName: string): Promise<Report> {
  const entry = imageEntry(path, at, actorName);
  return db.transaction(async (tx) => {
    // The report row locked: two pictures added at once both stay.
    const [report] = await tx.select().from(reports).where(eq(reports.id, reportId)).for('no key update');
    if (!report) throw new StoreInputError(`没有找到编号为 ${reportId} 的反映记录。`);
    const [updated] = await tx
      .update(reports)
      .set({ images: [...report.images, path] })
      .where(eq(reports.id, reportId))
      .returning();
    await recordEvent(tx, report.ticketId, entry);
    return toReport(updated!);
  });
}
