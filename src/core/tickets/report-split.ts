// Moving one report of a multi-report ticket out into a new ticket (staff only), apart from how a
// store moves the row: who may, when it makes sense, the new ticket's fields and both timeline entries.
import { LifecycleError } from './lifecycle.js';
import { type SplitInput, StoreInputError } from './ticket-store.js';
import type { TimelineEntry } from './timeline-entry.js';
import type { Report, Ticket } from './types.js';
import { validateCategory, validateDate } from './validate-input.js';
import { isStaffRole } from './staff-roles.js';

/** Checks the input before the store reads anything. */
export function checkSplit(input: SplitInput): void {
  validateDate(input.at);
  if (!isStaffRole(input.actor.role)) {
    throw new LifecycleError('not_permitted', '只有工作人员可以拆分工单。');
  }
  if (input.category !== undefined) validateCategory(input.category);
}

type SplitReport = Pick<Report, 'reporterName' | 'urgent' | 'building' | 'roomKey' | 'at'> & { category: string };

/**
 * The new ticket (see intake-rules NewTicket) for `report`, split from `source` which holds `count`
 * current reports; throws when it is the only one. `category` and `building` also go on the moved report.
 */
export function splitTicket(source: Ticket, count: number, report: SplitReport, input: SplitInput) {
  if (count < 2) throw new StoreInputError(`工单 #${source.number} 只有这一条反映，无需拆分。`);
  return {
    communityId: source.communityId,
    category: input.category ?? report.category,
    urgent: report.urgent,
    building: input.building === undefined ? report.building : input.building,
    roomKey: report.roomKey,
    at: input.at,
    actorName: input.actor.name,
  };
}

/** The entries on the source ticket and on the new one. */
export function splitEntries(source: Ticket, created: Ticket, report: SplitReport, input: SplitInput) {
  const entry = (note: string): TimelineEntry => ({ at: input.at, actor: input.actor, kind: 'split', note });
  return {
    sourceEntry: entry(`${report.reporterName} 的反映拆分为新工单 #${created.number}`),
    createdEntry: entry(`从 #${source.number} 拆分而来`),
  };
}
