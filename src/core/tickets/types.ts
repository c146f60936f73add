// Ticket domain types. The status codes are stable identifiers (database, exports, sim transcript);
// their Chinese names and the allowed transitions live in one table in lifecycle.ts.

export type Status =
  | 'open' // 已受理: received, nobody on it yet
  | 'assigned' // 已派单: given to a worker who has not taken it yet
  | 'in_progress' // 办理中: a worker took it
  | 'resolved' // 已办结: done, waiting for the reporters' rating (回访)
  | 'closed' // 已关闭: done and rated, or the follow-up window passed
  | 'unresolved' // 未解决关闭: closed without a fix (with a note why)
  | 'referred' // 已转办: handed to another body (with to whom)
  | 'duplicate' // 已合并: merged into another ticket
  | 'withdrawn'; // 已撤销: withdrawn by the reporter

export type Role = 'resident' | 'worker' | 'admin';

/** A person who may act on tickets. Residents are known by display name only. */
export interface Actor {
  /** Staff person id in the database, or null for a resident. */
  personId: number | null;
  name: string;
  role: Role;
}

export interface Ticket {
  id: number;
  communityId: number;
  /** What residents type in commands, unique per community, e.g. "12". */
  number: string;
  category: string;
  urgent: boolean;
  building: string | null;
  status: Status;
  /** Distinct reporters (households) who reported it. */
  reporterCount: number;
  /** Higher is more pressing; grows with reporters and urgency. */
  priority: number;
  assigneeId: number | null;
  assigneeName: string | null;
  /** The group the first report came from (our stable key), where updates are posted. */
  roomKey: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Acknowledge (take) deadline. */
  ackDueAt: Date;
  /** Resolution deadline. */
  dueAt: Date;
  resolvedAt: Date | null;
  closedAt: Date | null;
  /** 1–5 once rated. */
  rating: number | null;
  /** For referred: to whom; for duplicate: the ticket number it was merged into. */
  referredTo: string | null;
  duplicateOf: string | null;
}

export interface Report {
  id: number;
  ticketId: number;
  /** Idempotency key: room key (or "dm") + source message id. */
  sourceKey: string;
  text: string;
  reporterName: string;
  /** Stable identity of the reporter as far as we have one (remark, else name). */
  reporterKey: string;
  roomKey: string | null;
  at: Date;
  images: string[];
}

export type EventKind =
  | 'opened'
  | 'merged'
  | 'assigned'
  | 'status'
  | 'note'
  | 'reminder'
  | 'escalation'
  | 'rating'
  | 'reopened'
  | 'split'
  | 'image';

export interface TicketEvent {
  id: number;
  ticketId: number;
  at: Date;
  actorName: string;
  kind: EventKind;
  from: Status | null;
  to: Status | null;
  note: string | null;
}
