// The timeline entry of an accepted lifecycle action (see action-patch.ts for the row it changes).
import type { ActionInput } from './ticket-store.js';
import type { TimelineEntry } from './timeline-entry.js';
import type { EventKind, Status, Ticket } from './types.js';
import { isAdminRole } from './staff-roles.js';

const EVENT_KIND: Partial<Record<ActionInput['action'], EventKind>> = {
  handover: 'assigned',
  note: 'note',
  reopen: 'reopened',
  rate: 'rating',
};

/** `updated`: the ticket after the patch (who it was handed or referred to). */
export function actionEntry(input: ActionInput, from: Status, to: Status, updated: Ticket): TimelineEntry {
  return {
    at: input.at,
    actor: input.actor,
    kind: EVENT_KIND[input.action] ?? 'status',
    action: input.action,
    from,
    to,
    note: noteOf(input, updated),
  };
}

function noteOf(input: ActionInput, updated: Ticket): string | null | undefined {
  const extra = input.note?.trim() ? `：${input.note.trim()}` : '';
  if (input.action === 'rate') return `评价 ${input.rating} 分${extra}`;
  if (input.action === 'refer') return `转办至 ${updated.referredTo}${extra}`;
  if (input.action === 'handover') return `转派给 ${updated.assigneeName}${extra}`;
  return input.note;
}

/** A resident's 撤回 of a ticket others reported too takes only their own reports out of it. */
export function withdrawsOwnPart(input: ActionInput): boolean {
  return input.action === 'withdraw' && !isAdminRole(input.actor.role) && input.actor.role !== 'system';
}

/** The entry for that partial withdrawal; `reporterCount`: the households left. */
export function ownPartEntry(input: ActionInput, reporterCount: number): TimelineEntry {
  return {
    at: input.at,
    actor: input.actor,
    kind: 'withdrawn_report',
    action: 'withdraw',
    note: `${input.actor.name} 撤回了自己的反映，仍有 ${reporterCount} 户反映`,
  };
}
