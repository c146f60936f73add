// Database rows → core types.
import type { Community, Person, Report, Room, Status, Ticket, TicketEvent } from '../../core/tickets/types.js';
import type * as schema from './schema.js';

type TicketRow = typeof schema.tickets.$inferSelect;
type ReportRow = typeof schema.reports.$inferSelect;
type EventRow = typeof schema.ticketEvents.$inferSelect;
type RoomRow = typeof schema.rooms.$inferSelect;
type PersonRow = typeof schema.people.$inferSelect;
type CommunityRow = typeof schema.communities.$inferSelect;

export function toTicket(r: TicketRow): Ticket {
  return {
    id: r.id,
    communityId: r.communityId,
    number: r.number,
    category: r.category,
    urgent: r.urgent,
    building: r.building,
    status: r.status,
    reporterCount: r.reporterCount,
    priority: r.priority,
    assigneeId: r.assigneeId,
    assigneeName: r.assigneeName,
    roomKey: r.roomKey,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    lastReportAt: r.lastReportAt,
    ackDueAt: r.ackDueAt,
    dueAt: r.dueAt,
    acknowledgedAt: r.acknowledgedAt,
    resolvedAt: r.resolvedAt,
    closedAt: r.closedAt,
    rating: r.rating,
    referredTo: r.referredTo,
    duplicateOf: r.duplicateOf,
    repeatOf: r.repeatOf,
    reopenCount: r.reopenCount,
    marks: {
      ackRemindedAt: r.ackRemindedAt,
      dueSoonRemindedAt: r.dueSoonRemindedAt,
      escalatedAt: r.escalatedAt,
      followUpAskedAt: r.followUpAskedAt,
      followUpRemindedAt: r.followUpRemindedAt,
    },
  };
}

export function toReport(r: ReportRow): Report {
  return {
    id: r.id,
    ticketId: r.ticketId,
    sourceKey: r.sourceKey,
    text: r.text,
    reporterName: r.reporterName,
    reporterKey: r.reporterKey,
    reporterContactId: r.reporterContactId,
    reporterLogin: r.reporterLogin,
    roomKey: r.roomKey,
    at: r.at,
    urgent: r.urgent,
    building: r.building,
    images: r.images,
  };
}

export function toEvent(r: EventRow): TicketEvent {
  return {
    id: r.id,
    ticketId: r.ticketId,
    at: r.at,
    actorName: r.actorName,
    actorId: r.actorId,
    kind: r.kind as TicketEvent['kind'],
    action: r.action,
    from: r.fromStatus as Status | null,
    to: r.toStatus as Status | null,
    note: r.note,
  };
}

export function toRoom(r: RoomRow): Room {
  return { key: r.key, communityId: r.communityId, topic: r.topic, role: r.role, xiaoqu: r.xiaoqu };
}

export function toPerson(r: PersonRow): Person {
  return { id: r.id, communityId: r.communityId, remark: r.remark, name: r.name, role: r.role, covers: r.covers, active: r.active };
}

export function toCommunity(r: CommunityRow): Community {
  return { id: r.id, name: r.name };
}
