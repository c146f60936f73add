// Lifecycle actions on one ticket, each in one transaction, as data access: the decisions (what
// changes, what the timeline says, when a merge, split or recall is allowed) are the core's
// (core/tickets/action-patch.ts, action-entry.ts, ticket-merge.ts, report-split.ts,
// recall-decision.ts, mark-entry.ts); this file reads what they need and writes what they decide.
import { and, count, eq, inArray, isNull, ne, not, notInArray, type SQL, sql } from 'drizzle-orm';
import { actionEntry, ownPartEntry, withdrawsOwnPart } from '../../core/tickets/action-entry.js';
import { actionPatch, recountPatch, type TicketPatch } from '../../core/tickets/action-patch.js';
import { correctionOf, isCorrection } from '../../core/tickets/correction-of.js';
import { planTransition, type PlannedTransition } from '../../core/tickets/lifecycle.js';
import { NOT_ACTING, recallDecision } from '../../core/tickets/recall-decision.js';
import { checkSplit, splitEntries, splitTicket } from '../../core/tickets/report-split.js';
import { mergeOutcome, mergeTargetNumber, mergeTargetPatch } from '../../core/tickets/ticket-merge.js';
import {
  TicketNotFoundError,
  StoreInputError,
  type ActionInput,
  type ActionResult,
  type IntakeResult,
  type SplitInput,
  type WithdrawResult,
} from '../../core/tickets/ticket-store.js';
import { imageEntry, type TimelineEntry, timelineRow } from '../../core/tickets/timeline-entry.js';
import type { Ticket } from '../../core/tickets/types.js';
import { validateAction, validateDate } from '../../core/tickets/validate-input.js';
import type { Db } from './open-database.js';
import { toEvent, toPerson, toReport, toTicket } from './rows.js';
import { countReporters, createTicket } from './sqlite-intake.js';
import { people, ratings, reports, ticketEvents, tickets } from './schema.js';
import { recordCorrection } from './sqlite-corrections.js';
import { writeTransaction } from './write-transaction.js';

function loadTicket(db: Db, communityId: number, number: string): Ticket {
  const row = db
    .select()
    .from(tickets)
    .where(and(eq(tickets.communityId, communityId), eq(tickets.number, number.trim())))
    .get();
  if (!row) throw new TicketNotFoundError(number);
  return toTicket(row);
}

/** The actor's own reports: the ones core/identity named when given (by account), else those under the actor's key. */
function ownReports(input: ActionInput): SQL {
  if (!input.own) return eq(reports.reporterKey, input.actor.key);
  return input.own.reportIds.length > 0 ? inArray(reports.id, input.own.reportIds) : sql`0`;
}

function isReporter(db: Db, ticketId: number, input: ActionInput): boolean {
  return !!db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.ticketId, ticketId), ownReports(input), isNull(reports.removedAt)))
    .limit(1)
    .get();
}

/** Ties reports recognised by name (earlier login) to the account that acted on them. */
function claimReports(db: Db, ticketId: number, input: ActionInput): void {
  const claim = input.own?.claim;
  if (!claim || input.own!.reportIds.length === 0) return;
  db.update(reports)
    .set({ reporterContactId: claim.contactId, reporterLogin: claim.login })
    .where(and(eq(reports.ticketId, ticketId), inArray(reports.id, input.own!.reportIds)))
    .run();
}

export function recordEvent(db: Db, ticketId: number, entry: TimelineEntry) {
  return toEvent(db.insert(ticketEvents).values(timelineRow(ticketId, entry)).returning().get());
}

function countWhere(db: Db, table: typeof reports | typeof ticketEvents, where: SQL | undefined): number {
  return db.select({ n: count() }).from(table).where(where).get()!.n;
}

function update(db: Db, ticketId: number, patch: TicketPatch): Ticket {
  return toTicket(db.update(tickets).set(patch).where(eq(tickets.id, ticketId)).returning().get()!);
}

/** The staff member a handover names, as the core's patch needs it. */
function targetPerson(db: Db, input: ActionInput) {
  if (input.target?.kind !== 'person') return null;
  const row = db.select().from(people).where(eq(people.id, input.target.personId)).get();
  return row ? toPerson(row) : null;
}

/** Applies one lifecycle action. */
export function act(db: Db, raw: ActionInput): ActionResult {
  const input = validateAction(raw);
  return writeTransaction(db, (): ActionResult => {
    const ticket = loadTicket(db, input.communityId, input.number);
    const plan = planTransition(ticket, input.action, input.actor, {
      isReporter: isReporter(db, ticket.id, input),
      note: input.note,
      hasTarget: !!input.target,
      rating: input.rating,
    });
    claimReports(db, ticket.id, input);
    if (input.action === 'merge') return merge(db, ticket, plan, input);
    if (withdrawsOwnPart(input)) {
      const partial = withdrawOwnPart(db, ticket, input);
      if (partial) return partial;
    }
    const { to, patch } = actionPatch(ticket, plan, input, targetPerson(db, input));
    const updated = update(db, ticket.id, patch);
    if (input.action === 'rate') {
      db.insert(ratings).values({ ticketId: ticket.id, reporterKey: input.actor.key, rating: input.rating!, at: input.at }).run();
    }
    if (isCorrection(input)) recordCorrectionOf(db, ticket, updated, input);
    const event = recordEvent(db, ticket.id, actionEntry(input, plan.from, to, updated));
    return { ticket: updated, from: plan.from, to, event };
  });
}

/** A staff correction of the classifier, with the report text it saw (the ticket's first report). */
function recordCorrectionOf(db: Db, before: Ticket, after: Ticket, input: ActionInput): void {
  const first = db
    .select({ text: reports.text })
    .from(reports)
    .where(eq(reports.ticketId, before.id))
    .orderBy(reports.at, reports.id)
    .get();
  const person =
    input.actor.personId === null
      ? undefined
      : db.select({ remark: people.remark }).from(people).where(eq(people.id, input.actor.personId)).get();
  recordCorrection(db, correctionOf(before, after, input, first?.text ?? '', person?.remark));
}

/** A resident withdrawing a ticket that others reported too: only their own reports leave it. */
function withdrawOwnPart(db: Db, ticket: Ticket, input: ActionInput): ActionResult | null {
  const others = db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.ticketId, ticket.id), not(ownReports(input)), isNull(reports.removedAt)))
    .limit(1)
    .get();
  if (!others) return null;
  db.update(reports)
    .set({ removedAt: input.at })
    .where(and(eq(reports.ticketId, ticket.id), ownReports(input), isNull(reports.removedAt)))
    .run();
  const updated = recount(db, ticket, input.at);
  const event = recordEvent(db, ticket.id, ownPartEntry(input, updated.reporterCount));
  return { ticket: updated, from: ticket.status, to: ticket.status, event };
}

function recount(db: Db, ticket: Ticket, at: Date, extra: TicketPatch = {}): Ticket {
  return update(db, ticket.id, { ...extra, ...recountPatch(countReporters(db, ticket.id), extra.urgent ?? ticket.urgent, at) });
}

/** 合并 #A 到 #B: A's reports move to B, A becomes a duplicate of B. */
function merge(db: Db, source: Ticket, plan: PlannedTransition, input: ActionInput): ActionResult {
  const target = loadTicket(db, input.communityId, mergeTargetNumber(input));
  const taken = mergeTargetPatch(source, target);
  const moved = db.update(reports).set({ ticketId: target.id }).where(eq(reports.ticketId, source.id)).returning({ at: reports.at }).all();
  const mergedInto = recount(db, target, input.at, taken);
  const outcome = mergeOutcome(source, mergedInto, moved.length, plan, input);
  recordEvent(db, target.id, outcome.targetEntry);
  const updated = update(db, source.id, outcome.sourcePatch);
  const event = recordEvent(db, source.id, outcome.sourceEntry);
  return { ticket: updated, from: plan.from, to: 'duplicate', event, mergedInto };
}

/** Moves one report of a multi-report ticket out into a new ticket (staff only). */
export function splitReport(db: Db, input: SplitInput): IntakeResult & { kind: 'opened' } {
  checkSplit(input);
  return writeTransaction(db, () => {
    const report = db
      .select()
      .from(reports)
      .where(and(eq(reports.id, input.reportId), isNull(reports.removedAt)))
      .get();
    if (!report) throw new StoreInputError(`没有找到编号为 ${input.reportId} 的反映记录。`);
    const source = toTicket(db.select().from(tickets).where(eq(tickets.id, report.ticketId)).get()!);
    const count = countWhere(db, reports, and(eq(reports.ticketId, source.id), isNull(reports.removedAt)));
    const fields = splitTicket(source, count, report, input);
    const created = createTicket(db, fields, { deadlines: input.deadlines });
    const moved = db
      .update(reports)
      .set({ ticketId: created.id, category: fields.category, building: fields.building })
      .where(eq(reports.id, report.id))
      .returning()
      .get()!;
    const ticket = update(db, created.id, { lastReportAt: report.at });
    recount(db, source, input.at);
    const { sourceEntry, createdEntry } = splitEntries(source, ticket, report, input);
    recordEvent(db, source.id, sourceEntry);
    recordEvent(db, ticket.id, createdEntry);
    return { kind: 'opened' as const, ticket, report: toReport(moved) };
  });
}

/** A recalled source message: see TicketStore.withdrawBySourceKey. */
export function withdrawBySourceKey(db: Db, sourceKey: string, at: Date): WithdrawResult {
  validateDate(at);
  return writeTransaction(db, (): WithdrawResult => {
    const report = db
      .select()
      .from(reports)
      .where(and(eq(reports.sourceKey, sourceKey), isNull(reports.removedAt)))
      .get();
    if (!report) return { kind: 'unknown' };
    const ticket = toTicket(db.select().from(tickets).where(eq(tickets.id, report.ticketId)).get()!);
    const others = countWhere(db, reports, and(eq(reports.ticketId, ticket.id), ne(reports.id, report.id), isNull(reports.removedAt))) > 0;
    const acted =
      !others &&
      countWhere(db, ticketEvents, and(eq(ticketEvents.ticketId, ticket.id), notInArray(ticketEvents.kind, [...NOT_ACTING]))) > 0;
    const decision = recallDecision(at, report.reporterName, ticket.status, others, acted);
    if (decision.kind === 'kept') return { kind: 'kept', ticket };
    db.update(reports).set({ removedAt: at, text: '' }).where(eq(reports.id, report.id)).run();
    const updated =
      decision.kind === 'report_removed'
        ? recount(db, ticket, at)
        : update(db, ticket.id, { status: 'withdrawn', closedAt: at, updatedAt: at });
    recordEvent(db, ticket.id, decision.entry);
    return { kind: decision.kind, ticket: updated };
  });
}

export function attachImage(db: Db, reportId: number, path: string, at: Date, actorName: string) {
  const entry = imageEntry(path, at, actorName);
  return writeTransaction(db, () => {
    const report = db.select().from(reports).where(eq(reports.id, reportId)).get();
    if (!report) throw new StoreInputError(`没有找到编号为 ${reportId} 的反映记录。`);
    const updated = db
      .update(reports)
      .set({ images: [...report.images, path] })
      .where(eq(reports.id, reportId))
      .returning()
      .get()!;
    recordEvent(db, report.ticketId, entry);
    return toReport(updated);
  });
}
