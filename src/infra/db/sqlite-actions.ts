// Lifecycle actions on one ticket, each in one transaction: validated against lifecycle.ts, applied,
// and recorded in the timeline (who, when, from → to, note).
import { and, count, eq, inArray, isNull, ne, not, notInArray, type SQL, sql } from 'drizzle-orm';
import { computeDeadlines, deadlineRule } from '../../core/tickets/deadlines.js';
import { LifecycleError, planTransition, STATUSES, type PlannedTransition } from '../../core/tickets/lifecycle.js';
import { computePriority } from '../../core/tickets/priority.js';
import { isAdminRole, isStaffRole } from '../../core/tickets/staff-roles.js';
import {
  StoreInputError,
  TicketNotFoundError,
  type ActionInput,
  type ActionResult,
  type IntakeResult,
  type SplitInput,
  type WithdrawResult,
} from '../../core/tickets/ticket-store.js';
import type { Actor, EventKind, Status, Ticket, TicketMarkKind } from '../../core/tickets/types.js';
import { validateAction, validateCategory, validateDate } from '../../core/tickets/validate-input.js';
import type { Db } from './open-database.js';
import { toEvent, toReport, toTicket } from './rows.js';
import { countReporters, createTicket } from './sqlite-intake.js';
import { people, ratings, reports, ticketEvents, tickets } from './schema.js';
import { recordCorrection } from './sqlite-corrections.js';
import { writeTransaction } from './write-transaction.js';

type TicketPatch = Partial<typeof tickets.$inferInsert>;

const NO_MARKS: TicketPatch = {
  ackRemindedAt: null,
  dueSoonRemindedAt: null,
  escalatedAt: null,
  followUpAskedAt: null,
  followUpRemindedAt: null,
};

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

function recordEvent(
  db: Db,
  ticketId: number,
  at: Date,
  actor: Pick<Actor, 'name' | 'personId'>,
  kind: EventKind,
  fields: { action?: string; from?: Status | null; to?: Status | null; note?: string | null } = {},
) {
  return db
    .insert(ticketEvents)
    .values({
      ticketId,
      at,
      actorName: actor.name,
      actorId: actor.personId,
      kind,
      action: fields.action ?? null,
      fromStatus: fields.from ?? null,
      toStatus: fields.to ?? null,
      note: fields.note?.trim() || null,
    })
    .returning()
    .get();
}

function countWhere(db: Db, table: typeof reports | typeof ticketEvents, where: SQL | undefined): number {
  return db.select({ n: count() }).from(table).where(where).get()!.n;
}

function update(db: Db, ticketId: number, patch: TicketPatch): Ticket {
  return toTicket(db.update(tickets).set(patch).where(eq(tickets.id, ticketId)).returning().get()!);
}

const EVENT_KIND: Partial<Record<ActionInput['action'], EventKind>> = {
  handover: 'assigned',
  note: 'note',
  reopen: 'reopened',
  rate: 'rating',
};

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
    if (input.action === 'withdraw' && !isAdminRole(input.actor.role) && input.actor.role !== 'system') {
      const partial = withdrawOwnPart(db, ticket, input);
      if (partial) return partial;
    }
    const patch = patchFor(db, ticket, plan, input);
    // A re-categorised ticket handed to the new category's worker waits for them to take it.
    const to = patch.status ?? plan.to;
    const updated = update(db, ticket.id, { ...patch, status: to, updatedAt: input.at });
    if (input.action === 'rate') {
      db.insert(ratings).values({ ticketId: ticket.id, reporterKey: input.actor.key, rating: input.rating!, at: input.at }).run();
    }
    if (input.action === 'recategorise' || input.action === 'not_report') recordCorrectionOf(db, ticket, updated, input);
    const note = input.action === 'refer' || input.action === 'handover' ? describeTarget(input, updated) : input.note;
    const event = recordEvent(db, ticket.id, input.at, input.actor, EVENT_KIND[input.action] ?? 'status', {
      action: input.action,
      from: plan.from,
      to,
      note: input.action === 'rate' ? `评价 ${input.rating} 分${input.note?.trim() ? `：${input.note.trim()}` : ''}` : note,
    });
    return { ticket: updated, from: plan.from, to, event: toEvent(event) };
  });
}

function describeTarget(input: ActionInput, updated: Ticket): string {
  const extra = input.note?.trim() ? `：${input.note.trim()}` : '';
  if (input.action === 'refer') return `转办至 ${updated.referredTo}${extra}`;
  return `转派给 ${updated.assigneeName}${extra}`;
}

function patchFor(db: Db, ticket: Ticket, plan: PlannedTransition, input: ActionInput): TicketPatch {
  const { at, actor } = input;
  const staff = actor.personId !== null && isStaffRole(actor.role);
  switch (input.action) {
    case 'take':
      return {
        assigneeId: staff ? actor.personId : ticket.assigneeId,
        assigneeName: staff ? actor.name : ticket.assigneeName,
        acknowledgedAt: ticket.acknowledgedAt ?? at,
      };
    case 'handover':
      return handoverPatch(db, ticket, input);
    case 'resolve':
      return {
        resolvedAt: at,
        assigneeId: ticket.assigneeId ?? (staff ? actor.personId : null),
        assigneeName: ticket.assigneeName ?? (staff ? actor.name : null),
        acknowledgedAt: ticket.acknowledgedAt ?? at,
      };
    case 'refer': {
      if (input.target?.kind !== 'text') throw new StoreInputError('转办需要写明承办单位。');
      return { referredTo: input.target.text.trim(), closedAt: at };
    }
    case 'return':
      return { assigneeId: null, assigneeName: null, acknowledgedAt: null };
    case 'close':
    case 'auto_close':
    case 'withdraw':
    case 'not_report':
      return { closedAt: ticket.closedAt ?? at };
    case 'recategorise':
      return recategorisePatch(db, ticket, input);
    case 'rate':
      return plan.to === 'closed'
        ? { rating: input.rating!, closedAt: ticket.closedAt ?? at }
        : { rating: input.rating!, ...reopenPatch(ticket, input) };
    case 'reopen':
      return reopenPatch(ticket, input);
    default:
      return {};
  }
}

function handoverPatch(db: Db, ticket: Ticket, input: ActionInput): TicketPatch {
  const target = input.target;
  if (target?.kind !== 'person') throw new StoreInputError('转派需要指定一位工作人员。');
  const person = db.select().from(people).where(eq(people.id, target.personId)).get();
  if (!person?.active || person.communityId !== ticket.communityId) {
    throw new StoreInputError('找不到要接手的工作人员，请 @ 名单中的工作人员。');
  }
  return { assigneeId: person.id, assigneeName: person.name, acknowledgedAt: null };
}

/** The new category, its deadlines (moved by the difference between the two categories' times) and, when given, a new assignee. */
function recategorisePatch(db: Db, ticket: Ticket, input: ActionInput): TicketPatch {
  const { category, deadlines } = input;
  if (!category || !deadlines) throw new StoreInputError('改类需要新的类别和时限规则。');
  const before = deadlineRule(ticket.category, ticket.urgent, deadlines);
  const after = deadlineRule(category, ticket.urgent, deadlines);
  const moved = (d: Date, by: number) => new Date(d.getTime() + by);
  const handover: TicketPatch = input.target?.kind === 'person' ? { ...handoverPatch(db, ticket, input), status: 'assigned' } : {};
  return {
    ...NO_MARKS,
    ...handover,
    category,
    ackDueAt: moved(ticket.ackDueAt, after.acknowledgeMs - before.acknowledgeMs),
    dueAt: moved(ticket.dueAt, after.resolveMs - before.resolveMs),
  };
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
  recordCorrection(db, {
    communityId: before.communityId,
    ticketId: before.id,
    kind: input.action === 'recategorise' ? 'recategorise' : 'not_report',
    text: first?.text ?? '',
    fromCategory: before.category,
    toCategory: input.action === 'recategorise' ? after.category : null,
    staff: person?.remark ?? input.actor.key,
    at: input.at,
  });
}

function reopenPatch(ticket: Ticket, input: ActionInput): TicketPatch {
  const clocks = input.deadlines ? computeDeadlines(ticket.category, ticket.urgent, input.at, input.deadlines) : null;
  return {
    ...NO_MARKS,
    resolvedAt: null,
    closedAt: null,
    acknowledgedAt: null,
    reopenCount: ticket.reopenCount + 1,
    ...(clocks ? { ackDueAt: clocks.ackDueAt, dueAt: clocks.dueAt } : {}),
  };
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
  const event = recordEvent(db, ticket.id, input.at, input.actor, 'withdrawn_report', {
    action: 'withdraw',
    note: `${input.actor.name} 撤回了自己的反映，仍有 ${updated.reporterCount} 户反映`,
  });
  return { ticket: updated, from: ticket.status, to: ticket.status, event: toEvent(event) };
}

function recount(db: Db, ticket: Ticket, at: Date, extra: TicketPatch = {}): Ticket {
  const reporterCount = countReporters(db, ticket.id);
  const urgent = (extra.urgent as boolean | undefined) ?? ticket.urgent;
  return update(db, ticket.id, { ...extra, reporterCount, priority: computePriority(reporterCount, urgent), updatedAt: at });
}

/** 合并 #A 到 #B: A's reports move to B, A becomes a duplicate of B. */
function merge(db: Db, source: Ticket, plan: PlannedTransition, input: ActionInput): ActionResult {
  if (input.target?.kind !== 'ticket') throw new StoreInputError('合并需要指明并入的工单编号。');
  const target = loadTicket(db, input.communityId, input.target.number);
  if (target.id === source.id) throw new LifecycleError('illegal_transition', `不能把工单 #${source.number} 合并到它自己。`);
  if (!STATUSES[target.status].active) {
    throw new LifecycleError(
      'illegal_transition',
      `工单 #${target.number} 当前状态为「${STATUSES[target.status].name}」，只能并入仍在办理的工单。`,
    );
  }
  const moved = db.update(reports).set({ ticketId: target.id }).where(eq(reports.ticketId, source.id)).returning({ at: reports.at }).all();
  // biome-ignore lint/complexity/useMathMinMax: these are Dates, and the later Date itself is kept.
  const lastReportAt = source.lastReportAt > target.lastReportAt ? source.lastReportAt : target.lastReportAt;
  const mergedInto = recount(db, target, input.at, { urgent: target.urgent || source.urgent, lastReportAt });
  recordEvent(db, target.id, input.at, input.actor, 'merged', {
    action: 'merge',
    note: `并入了 #${source.number} 的 ${moved.length} 条反映，共 ${mergedInto.reporterCount} 户反映`,
  });
  const updated = update(db, source.id, { status: 'duplicate', duplicateOf: target.number, closedAt: input.at, updatedAt: input.at });
  const event = recordEvent(db, source.id, input.at, input.actor, 'status', {
    action: 'merge',
    from: plan.from,
    to: 'duplicate',
    note: `并入 #${target.number}${input.note?.trim() ? `：${input.note.trim()}` : ''}`,
  });
  return { ticket: updated, from: plan.from, to: 'duplicate', event: toEvent(event), mergedInto };
}

/** Moves one report of a multi-report ticket out into a new ticket (staff only). */
export function splitReport(db: Db, input: SplitInput): IntakeResult & { kind: 'opened' } {
  validateDate(input.at);
  if (!isStaffRole(input.actor.role)) {
    throw new LifecycleError('not_permitted', '只有工作人员可以拆分工单。');
  }
  if (input.category !== undefined) validateCategory(input.category);
  return writeTransaction(db, () => {
    const report = db
      .select()
      .from(reports)
      .where(and(eq(reports.id, input.reportId), isNull(reports.removedAt)))
      .get();
    if (!report) throw new StoreInputError(`没有找到编号为 ${input.reportId} 的反映记录。`);
    const source = toTicket(db.select().from(tickets).where(eq(tickets.id, report.ticketId)).get()!);
    const count = countWhere(db, reports, and(eq(reports.ticketId, source.id), isNull(reports.removedAt)));
    if (count < 2) throw new StoreInputError(`工单 #${source.number} 只有这一条反映，无需拆分。`);
    const category = input.category ?? report.category;
    const building = input.building === undefined ? report.building : input.building;
    const created = createTicket(
      db,
      {
        communityId: source.communityId,
        category,
        urgent: report.urgent,
        building,
        roomKey: report.roomKey,
        at: input.at,
        actorName: input.actor.name,
      },
      { deadlines: input.deadlines },
    );
    const moved = db.update(reports).set({ ticketId: created.id, category, building }).where(eq(reports.id, report.id)).returning().get()!;
    const ticket = update(db, created.id, { lastReportAt: report.at });
    recount(db, source, input.at);
    recordEvent(db, source.id, input.at, input.actor, 'split', { note: `${report.reporterName} 的反映拆分为新工单 #${ticket.number}` });
    recordEvent(db, ticket.id, input.at, input.actor, 'split', { note: `从 #${source.number} 拆分而来` });
    return { kind: 'opened' as const, ticket, report: toReport(moved) };
  });
}

/** Timeline entries that do not mean someone worked on the ticket (reports, pictures, the bot's reminders). */
const NOT_ACTING: EventKind[] = ['opened', 'merged', 'image', 'reminder', 'escalation', 'follow_up', 'withdrawn_report'];

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
    const system = { name: '系统', personId: null };
    const others = countWhere(db, reports, and(eq(reports.ticketId, ticket.id), ne(reports.id, report.id), isNull(reports.removedAt)));
    if (others > 0) {
      db.update(reports).set({ removedAt: at, text: '' }).where(eq(reports.id, report.id)).run();
      const updated = recount(db, ticket, at);
      recordEvent(db, ticket.id, at, system, 'withdrawn_report', { note: `${report.reporterName} 撤回了一条反映消息` });
      return { kind: 'report_removed', ticket: updated };
    }
    const acted = countWhere(db, ticketEvents, and(eq(ticketEvents.ticketId, ticket.id), notInArray(ticketEvents.kind, NOT_ACTING)));
    if (ticket.status !== 'open' || acted > 0) return { kind: 'kept', ticket };
    db.update(reports).set({ removedAt: at, text: '' }).where(eq(reports.id, report.id)).run();
    const updated = update(db, ticket.id, { status: 'withdrawn', closedAt: at, updatedAt: at });
    recordEvent(db, ticket.id, at, system, 'status', { action: 'withdraw', from: 'open', to: 'withdrawn', note: '反映人撤回了消息' });
    return { kind: 'withdrawn', ticket: updated };
  });
}

export function attachImage(db: Db, reportId: number, path: string, at: Date, actorName: string) {
  validateDate(at);
  if (!path.trim()) throw new StoreInputError('图片路径不能为空。');
  return writeTransaction(db, () => {
    const report = db.select().from(reports).where(eq(reports.id, reportId)).get();
    if (!report) throw new StoreInputError(`没有找到编号为 ${reportId} 的反映记录。`);
    const updated = db
      .update(reports)
      .set({ images: [...report.images, path] })
      .where(eq(reports.id, reportId))
      .returning()
      .get()!;
    recordEvent(db, report.ticketId, at, { name: actorName, personId: null }, 'image', { note: '补充了一张图片' });
    return toReport(updated);
  });
}

const MARK_EVENT: Record<TicketMarkKind, EventKind> = {
  ackRemindedAt: 'reminder',
  dueSoonRemindedAt: 'reminder',
  escalatedAt: 'escalation',
  followUpAskedAt: 'follow_up',
  followUpRemindedAt: 'follow_up',
};

export function markTicket(db: Db, ticketId: number, mark: TicketMarkKind, at: Date, note?: string | null): Ticket {
  validateDate(at);
  if (!Object.hasOwn(MARK_EVENT, mark)) throw new StoreInputError(`未知的提醒标记「${String(mark)}」。`);
  return writeTransaction(db, () => {
    if (!db.select({ id: tickets.id }).from(tickets).where(eq(tickets.id, ticketId)).get()) throw new TicketNotFoundError(String(ticketId));
    const updated = update(db, ticketId, { [mark]: at });
    recordEvent(db, ticketId, at, { name: '系统', personId: null }, MARK_EVENT[mark], { note: note ?? null });
    return updated;
  });
}
