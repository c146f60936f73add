// Ticket domain types. The status codes are stable identifiers (database, exports, sim transcript);
// their Chinese names and the allowed transitions live in one table in lifecycle.ts.

import type { StaffRole } from './staff-roles.js';

/** Every status code: the one list the database enum and the lifecycle table are built from. */
export const STATUS_CODES = [
  'open', // 已受理: received, nobody on it yet
  'assigned', // 已派单: given to a worker who has not taken it yet
  'in_progress', // 办理中: a worker took it
  'resolved', // 已办结: done, waiting for the reporters' rating (回访)
  'closed', // 已关闭: done and rated, or the follow-up window passed
  'unresolved', // 未解决关闭: closed without a fix (with a note why)
  'referred', // 已转办: handed to another body (with to whom)
  'duplicate', // 已合并: merged into another ticket
  'withdrawn', // 已撤销: withdrawn by the reporter
  'not_report', // 非诉求: opened by mistake for a message that was no report (staff correction); left out of the statistics
] as const;

export type Status = (typeof STATUS_CODES)[number];

export type Role = 'resident' | StaffRole;

/**
 * A person who may act on tickets. Residents are known by their reporter key only; staff by their
 * person id (found by remark or by a redeemed binding code, never by display name).
 * `role: 'system'` is the bot itself (follow-up auto-close, recall withdrawal).
 */
export interface Actor {
  /** Staff person id in the database, or null for a resident or the system. */
  personId: number | null;
  /** Display name, recorded in the timeline. */
  name: string;
  /** Same value as Report.reporterKey for this person (remark, else display name): who "own reports" are. */
  key: string;
  role: Role | 'system';
}

/** Scheduling marks written by reminders/escalation/follow-up so that due work survives restarts. */
interface TicketMarks {
  /** Last "not acknowledged yet" reminder in the staff group. */
  ackRemindedAt: Date | null;
  /** Last private "due soon" reminder to the assignee. */
  dueSoonRemindedAt: Date | null;
  /** Last overdue escalation (督办). */
  escalatedAt: Date | null;
  /** When the reporters were asked to rate (回访). */
  followUpAskedAt: Date | null;
  /** When they were reminded once to rate. */
  followUpRemindedAt: Date | null;
}
export type TicketMarkKind = keyof TicketMarks;

export interface Ticket {
  id: number;
  communityId: number;
  /** What residents type in commands, unique per community, e.g. "12". */
  number: string;
  category: string;
  urgent: boolean;
  /** The building as first written by a reporter, e.g. "三号楼". */
  building: string | null;
  status: Status;
  /** Distinct reporters (households) who reported it. */
  reporterCount: number;
  /** Higher is more pressing; grows with reporters and urgency (see priority.ts). */
  priority: number;
  assigneeId: number | null;
  assigneeName: string | null;
  /** The group the first report came from (our stable key), where updates are posted. */
  roomKey: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Time of the latest report merged into it (the merge window runs from here). */
  lastReportAt: Date;
  /** Acknowledge (take) deadline. */
  ackDueAt: Date;
  /** Resolution deadline. */
  dueAt: Date;
  /** When a worker took it (first 接单 after opening or reopening). */
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  /** 1–5 once rated. */
  rating: number | null;
  /** For referred: to whom. */
  referredTo: string | null;
  /** For duplicate: the ticket number it was merged into. */
  duplicateOf: string | null;
  /** 重复投诉: the number of a ticket closed within the repeat window for the same building and category. */
  repeatOf: string | null;
  /** How often it was reopened (没修好 / low rating). */
  reopenCount: number;
  marks: TicketMarks;
}

export interface Report {
  id: number;
  ticketId: number;
  /** Idempotency key: room key (or "dm") + ":" + source message id. */
  sourceKey: string;
  text: string;
  reporterName: string;
  /** Stable identity of the reporter as far as we have one (remark, else name). */
  reporterKey: string;
  /** The reporting account's contact id in `reporterLogin` (null for reports stored before it was kept). */
  reporterContactId?: string | null;
  reporterLogin?: string | null;
  roomKey: string | null;
  at: Date;
  urgent: boolean;
  building: string | null;
  /** Paths (under data/) of images attached to this report. */
  images: string[];
}

/** One reporter of a ticket, with the room to @-mention them in. */
export interface Reporter {
  reporterKey: string;
  name: string;
  roomKey: string | null;
  firstAt: Date;
}

export type EventKind =
  | 'opened'
  | 'merged'
  | 'assigned'
  | 'status'
  | 'note'
  | 'reminder'
  | 'escalation'
  | 'follow_up'
  | 'rating'
  | 'reopened'
  | 'split'
  | 'image'
  | 'withdrawn_report';

export interface TicketEvent {
  id: number;
  ticketId: number;
  at: Date;
  actorName: string;
  /** Staff person id of the actor, when it was staff. */
  actorId: number | null;
  kind: EventKind;
  /** The lifecycle action code, for kind 'status'/'assigned'/'note'/'rating'/'reopened'. */
  action: string | null;
  from: Status | null;
  to: Status | null;
  note: string | null;
}

export interface Community {
  id: number;
  name: string;
}

export type RoomRole = 'residents' | 'staff';

/** A WeChat group under our own stable key (WeChat room ids change on every login). */
export interface Room {
  key: string;
  communityId: number;
  topic: string;
  role: RoomRole;
  xiaoqu: string | null;
}

/** A staff member from the config roster. */
export interface Person {
  id: number;
  communityId: number;
  /** The remark (备注) the bot account gave this contact: the stable identity. */
  remark: string;
  name: string;
  role: StaffRole;
  /** Buildings, zones or xiaoqu covered; "*" for all. */
  covers: string[];
  /** False once the person left the roster (kept for the timeline). */
  active: boolean;
}

/**
 * What a staff correction said about the classifier: a ticket put in the wrong category
 * (#改类), a ticket opened for a message that was no report (#不是诉求), or a report the bot
 * missed and staff registered by quoting it (#登记).
 */
export type CorrectionKind = 'recategorise' | 'not_report' | 'missed';

/** One recorded staff correction; the material `yishiting rules suggest` learns from. */
export interface Correction {
  id: number;
  communityId: number;
  ticketId: number;
  kind: CorrectionKind;
  /** The report text the classifier saw (a report, so storing it is allowed). */
  text: string;
  /** The category before (recategorise, not_report), else null. */
  fromCategory: string | null;
  /** The category after (recategorise, missed), else null. */
  toCategory: string | null;
  /** The remark of the staff member who corrected it. */
  staff: string;
  at: Date;
}
