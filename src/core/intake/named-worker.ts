// One notion of "responsible": a ticket's assignee once someone took it or was given it; before
// that, the worker its acknowledgement named, chosen from the ticket's own group's 小区, its
// building and category. The acknowledgement, reminders, escalations, #我的工单, #待办 and the
// ticket view all ask here.
import type { CommunityConfig, StaffConfig } from '../../config.js';
import type { Room, Ticket } from '../tickets/types.js';
import { responsibleWorker } from './responsible-worker.js';

/** The worker named for `ticket` when nobody is assigned (by the ticket's group, not the latest reporter's). */
export function namedWorker(
  config: CommunityConfig,
  rooms: readonly Room[],
  ticket: Ticket,
  categories: readonly string[],
): StaffConfig | null {
  const xiaoqu = rooms.find((r) => r.key === ticket.roomKey)?.xiaoqu ?? null;
  return responsibleWorker(config, xiaoqu, ticket.building, categories);
}

/** Whether the staff member with `person` id and remark is responsible for `ticket`. */
export function isResponsible(person: { id: number; remark: string }, ticket: Ticket, named: StaffConfig | null): boolean {
  return ticket.assigneeId !== null ? ticket.assigneeId === person.id : named?.remark === person.remark;
}
