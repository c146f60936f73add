// What a lifecycle action changes on the ticket row, apart from how a store writes it: the store
// loads the ticket (and the person a handover names), asks here, and writes the patch.
import { computeDeadlines, deadlineRule } from './deadlines.js';
import type { PlannedTransition } from './lifecycle.js';
import { computePriority } from './priority.js';
import { type ActionInput, StoreInputError } from './ticket-store.js';
import type { Person, Ticket } from './types.js';
import { isStaffRole } from './staff-roles.js';

/** Changed ticket columns (the marks flattened, as stored). */
export type TicketPatch = Partial<Omit<Ticket, 'id' | 'communityId' | 'number' | 'createdAt' | 'marks'> & Ticket['marks']>;

const NO_MARKS: TicketPatch = {
  ackRemindedAt: null,
  dueSoonRemindedAt: null,
  escalatedAt: null,
  followUpAskedAt: null,
  followUpRemindedAt: null,
};

/**
 * The patch for an accepted action (status and updatedAt included) and the status it leads to.
 * `person`: the staff member `input.target` names (a handover), as the store found it, or null.
 */
export function actionPatch(ticket: Ticket, plan: PlannedTransition, input: ActionInput, person: Person | null) {
  const patch = fieldsFor(ticket, plan, input, person);
  // A re-categorised ticket handed to the new category's worker waits for them to take it.
  const to = patch.status ?? plan.to;
  return { to, patch: { ...patch, status: to, updatedAt: input.at } satisfies TicketPatch };
}

function fieldsFor(ticket: Ticket, plan: PlannedTransition, input: ActionInput, person: Person | null): TicketPatch {
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
      return handoverPatch(ticket, input, person);
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
      return recategorisePatch(ticket, input, person);
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

function handoverPatch(ticket: Ticket, input: ActionInput, person: Person | null): TicketPatch {
  if (input.target?.kind !== 'person') throw new StoreInputError('转派需要指定一位工作人员。');
  if (!person?.active || person.communityId !== ticket.communityId) {
    throw new StoreInputError('找不到要接手的工作人员，请 @ 名单中的工作人员。');
  }
  return { assigneeId: person.id, assigneeName: person.name, acknowledgedAt: null };
}

/** The new category, its deadlines (moved by the difference between the two categories' times) and, when given, a new assignee. */
function recategorisePatch(ticket: Ticket, input: ActionInput, person: Person | null): TicketPatch {
  const { category, deadlines } = input;
  if (!category || !deadlines) throw new StoreInputError('改类需要新的类别和时限规则。');
  const before = deadlineRule(ticket.category, ticket.urgent, deadlines);
  const after = deadlineRule(category, ticket.urgent, deadlines);
  const moved = (d: Date, by: number) => new Date(d.getTime() + by);
  const handover: TicketPatch = input.target?.kind === 'person' ? { ...handoverPatch(ticket, input, person), status: 'assigned' } : {};
  return {
    ...NO_MARKS,
    ...handover,
    category,
    ackDueAt: moved(ticket.ackDueAt, after.acknowledgeMs - before.acknowledgeMs),
    dueAt: moved(ticket.dueAt, after.resolveMs - before.resolveMs),
  };
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

/** A ticket whose reports changed: its household count, the priority that follows, the time. */
export function recountPatch(reporterCount: number, urgent: boolean, at: Date) {
  return { reporterCount, priority: computePriority(reporterCount, urgent), updatedAt: at } satisfies TicketPatch;
}
