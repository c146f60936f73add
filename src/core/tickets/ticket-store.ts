// The TicketStore: everything the bot, the scheduler and the sender need from persistence, as
// high-level atomic operations (each method is one transaction). Two implementations make the same
// decisions (the pure modules beside this file) and pass the same contract tests (test/infra/db):
// SQLite (src/infra/db/sqlite-ticket-store.ts) and PostgreSQL (src/infra/pg/pg-ticket-store.ts).
// The outbox is not part of the core: infra/outbox/outbox-queue.ts defines it, infra/db and infra/pg implement it.
//
// Errors: invalid input → StoreInputError (before any write); unknown ticket → TicketNotFoundError;
// a refused lifecycle step → LifecycleError (lifecycle.ts). All carry a Chinese `message`.
import type { BindingGuessLimit } from '../identity/binding-policy.js';
import type { Deadlines } from './deadlines.js';
import type { ActionCode } from './lifecycle.js';
import type { StaffRole } from './staff-roles.js';
import type {
  Actor,
  Community,
  Correction,
  CorrectionKind,
  Person,
  Report,
  Reporter,
  Room,
  RoomRole,
  Status,
  Ticket,
  TicketEvent,
  TicketMarkKind,
} from './types.js';
import type { Reply } from '../types.js';

// ---------- communities, rooms, people ----------

export interface RoomInput {
  communityId: number;
  topic: string;
  role: RoomRole;
  xiaoqu?: string | null;
}

export interface StaffInput {
  remark: string;
  name: string;
  role: StaffRole;
  covers: string[];
}

export type RedeemResult = { ok: true; person: Person } | { ok: false; reason: 'unknown' | 'expired' | 'used' | 'too_many' };

// ---------- intake ----------

/** One classified resident report, as the intake hands it to the store. */
export interface ReportInput {
  communityId: number;
  /** The group's stable key, or null for a private message. */
  roomKey: string | null;
  /** Source message id; with roomKey it forms the idempotency key. */
  messageId: string;
  text: string;
  reporterName: string;
  /** Remark if the contact has one, else display name (see Actor.key). */
  reporterKey: string;
  /** The reporting account: its contact id and the bot login it belongs to (see core/identity). */
  reporterContactId?: string | null;
  reporterLogin?: string | null;
  at: Date;
  category: string;
  urgent: boolean;
  building: string | null;
  imagePath?: string | null;
}

export interface IntakePolicy {
  /** A report merges into an active ticket whose latest report is at most this old (default 72). */
  mergeWindowHours: number;
  deadlines: Deadlines;
  /** Known category codes; when given, any other category is refused before writing. */
  categories?: readonly string[];
  /** A new ticket is flagged 重复投诉 when one of the same building and category closed this recently (default 30). */
  repeatWindowDays?: number;
}

export type IntakeResult =
  /** A new ticket was opened. */
  | { kind: 'opened'; ticket: Ticket; report: Report }
  /**
   * The report joined an active ticket; `newReporter` is false when the same person reported it
   * before; `becameUrgent` when an urgent report made a calm ticket urgent.
   */
  | { kind: 'merged'; ticket: Ticket; report: Report; newReporter: boolean; becameUrgent: boolean }
  /** The same source message was delivered again: nothing written. */
  | { kind: 'repeat'; ticket: Ticket; report: Report };

/**
 * Builds the replies that acknowledge a new or merged report from the intake's result. The store
 * calls it inside the intake's transaction and queues its replies (the outbox) in that same
 * transaction: a crash keeps both the report and its acknowledgement, or neither. It must not
 * touch the store itself; a repeat delivery is not acknowledged again. Give each reply a `key` so
 * that queuing it once more afterwards (handleMessage also returns it) is a no-op.
 */
export type Acknowledge = (result: Exclude<IntakeResult, { kind: 'repeat' }>) => Reply[];

// ---------- actions ----------

export type ActionTarget = { kind: 'person'; personId: number } | { kind: 'text'; text: string } | { kind: 'ticket'; number: string };

export interface ActionInput {
  communityId: number;
  /** The ticket number as residents type it. */
  number: string;
  action: ActionCode;
  actor: Actor;
  at: Date;
  note?: string | null;
  target?: ActionTarget | null;
  /** 1–5, for 'rate'. */
  rating?: number | null;
  /**
   * For 'recategorise': the new category code. Its deadlines replace the old category's (the
   * time already given is kept: the deadlines move by the difference; `deadlines` is required),
   * and a `target` person takes the ticket over.
   */
  category?: string;
  /** When given, reopening restarts the acknowledge/resolve clocks from `at`. */
  deadlines?: Deadlines;
  /**
   * A resident's own reports on the ticket, as core/identity decided (by contact id, or by the
   * earlier-login name fallback). When given, "own report" means these reports, not the actor's key.
   */
  own?: OwnReports;
}

export interface OwnReports {
  reportIds: number[];
  /** Once the action is accepted, record this account (and login) on those reports. */
  claim?: { contactId: string; login: string };
}

export interface ActionResult {
  ticket: Ticket;
  from: Status;
  to: Status;
  event: TicketEvent;
  /** For 'merge': the ticket it was merged into (after the merge). */
  mergedInto?: Ticket;
}

export interface SplitInput {
  reportId: number;
  actor: Actor;
  at: Date;
  /** Deadlines for the new ticket. */
  deadlines: Deadlines;
  /** Optionally correct the category/building of the split-off report. */
  category?: string;
  building?: string | null;
}

export type WithdrawResult =
  /** The only report of an untouched ticket: the ticket is withdrawn. */
  | { kind: 'withdrawn'; ticket: Ticket }
  /** Other reporters remain: only this report was removed from the ticket. */
  | { kind: 'report_removed'; ticket: Ticket }
  /** Someone already acted on the ticket: nothing changed. */
  | { kind: 'kept'; ticket: Ticket }
  /** No report with that source key. */
  | { kind: 'unknown' };

export interface TicketFilter {
  communityId?: number;
  assigneeId?: number;
  /** Default: the active statuses (open, assigned, in_progress). */
  statuses?: readonly Status[];
  category?: string;
  /** Only tickets changed (opened, merged into, acted on, rated…) at or after this time. */
  updatedSince?: Date;
  /** Only tickets with a (not withdrawn) report whose text contains this (the dashboard's search). */
  text?: string;
  /** Only tickets whose building contains this. */
  building?: string;
  urgent?: boolean;
  /** Only active tickets late at this time: past the resolution deadline, or past the take deadline untaken. */
  overdueAt?: Date;
  /** Only tickets with this assignee display name; null: nobody assigned. */
  assigneeName?: string | null;
  /** Default 'priority' (most pressing first, then oldest); 'due' soonest first; 'opened', 'updated' newest first. */
  order?: 'priority' | 'due' | 'opened' | 'updated';
  /** Skip this many (paging, with limit). Deep offsets are slow: page with `after`/`before` instead. */
  offset?: number;
  limit?: number;
  /**
   * Keyset paging: only tickets after (or before) the ticket with this id in the chosen order,
   * the `limit` nearest to it, still in that order. An unknown id selects nothing.
   */
  after?: number;
  before?: number;
}

export interface ReportWithTicket {
  report: Report;
  ticket: Ticket;
}

// ---------- corrections ----------

/** A correction to record; `id` is given by the store. */
export type CorrectionInput = Omit<Correction, 'id'>;

export interface CorrectionFilter {
  communityId?: number;
  kind?: CorrectionKind;
  /** Only corrections made at or after this time. */
  since?: Date;
}

// ---------- scheduling ----------

/** One piece of due work a process wants to do, valid only while the mark still holds `seen`. */
export type DueClaim =
  /** A reminder/escalation/follow-up mark on a ticket; the timeline records it with `note`. */
  | { kind: 'mark'; ticketId: number; mark: TicketMarkKind; seen: Date | null; note?: string | null }
  /** A periodic job's last run (digest, weekly report); `seen` null: never ran. */
  | { kind: 'job'; name: string; seen: Date | null };

// ---------- the store ----------

export interface TicketStore {
  // communities, rooms, people
  ensureCommunity(name: string): Promise<Community>;
  listCommunities(): Promise<Community[]>;
  /** Finds the room by topic within the community or creates it under a new stable key; updates role/xiaoqu. */
  ensureRoom(input: RoomInput): Promise<Room>;
  /** Follows a topic change (room-topic event); returns null when the key is unknown. */
  renameRoom(roomKey: string, topic: string): Promise<Room | null>;
  getRoom(roomKey: string): Promise<Room | null>;
  findRoomByTopic(topic: string): Promise<Room | null>;
  listRooms(communityId?: number): Promise<Room[]>;

  /** Upserts the community's roster by remark; staff no longer listed become inactive. */
  syncStaff(communityId: number, roster: readonly StaffInput[]): Promise<Person[]>;
  getPerson(id: number): Promise<Person | null>;
  /**
   * Active staff person with this remark in one of `communityIds` (lowest id first), or in any
   * community when omitted. Remarks are set per bot account: pass the communities of the account
   * that read the remark.
   */
  findPersonByRemark(remark: string, communityIds?: readonly number[]): Promise<Person | null>;
  /** Active staff person bound to this WeChat session contact id (via a redeemed code). */
  findPersonBySession(sessionId: string): Promise<Person | null>;
  /** Active staff of a community whose name or remark equals `nameOrRemark` (for 转派 @某人). */
  findStaffByName(communityId: number, nameOrRemark: string): Promise<Person | null>;
  listStaff(communityId: number): Promise<Person[]>;
  /** A one-time binding code (6 digits) for a staff person, valid until `expiresAt`. */
  createBindingCode(personId: number, at: Date, expiresAt: Date): Promise<string>;
  /**
   * Redeems a code: binds the sender's account key (login + contact id) to the person. A sender
   * with `guard.maxFailures` wrong codes within `guard.windowMs` is refused ('too_many') without
   * the code being looked at; every wrong code counts.
   */
  redeemBindingCode(code: string, sessionId: string, at: Date, guard?: BindingGuessLimit): Promise<RedeemResult>;
  /** Voids a live code that was seen in public; returns whose it was, or null when it is no live code. */
  voidBindingCode(code: string, at: Date): Promise<Person | null>;

  // intake
  /**
   * Idempotent: opens a ticket, merges into an active duplicate, or reports a repeat delivery. One
   * transaction, which also queues the replies `acknowledge` builds from the result.
   */
  intake(report: ReportInput, policy: IntakePolicy, acknowledge?: Acknowledge): Promise<IntakeResult>;

  // reading tickets
  getTicket(id: number): Promise<Ticket | null>;
  getByNumber(communityId: number, number: string): Promise<Ticket | null>;
  /** Tickets matching the filter, most pressing first (priority, then oldest). */
  listTickets(filter?: TicketFilter): Promise<Ticket[]>;
  /** How many tickets the filter selects (limit and offset aside). */
  countTickets(filter?: TicketFilter): Promise<number>;
  getReporters(ticketId: number): Promise<Reporter[]>;
  getReports(ticketId: number): Promise<Report[]>;
  getTimeline(ticketId: number): Promise<TicketEvent[]>;
  getReportBySourceKey(sourceKey: string): Promise<ReportWithTicket | null>;
  /** The reporter's latest report in a room at or after `since` (to attach a follow-up image). */
  findLatestReport(roomKey: string | null, reporterKey: string, since: Date): Promise<ReportWithTicket | null>;

  // changing tickets
  /**
   * Applies one lifecycle action (validated against lifecycle.ts) and records it in the timeline.
   * The staff corrections 'recategorise' and 'not_report' are recorded in the same transaction.
   */
  act(input: ActionInput): Promise<ActionResult>;
  /** Moves a wrongly merged report out into a new ticket (new number); returns the new ticket. */
  splitReport(input: SplitInput): Promise<IntakeResult & { kind: 'opened' }>;
  /** Attaches an image path to a report (and records it in the ticket's timeline). */
  attachImage(reportId: number, path: string, at: Date, actorName: string): Promise<Report>;
  /** A recalled message: removes its report, withdrawing the ticket when nobody acted on it yet. */
  withdrawBySourceKey(sourceKey: string, at: Date): Promise<WithdrawResult>;

  // staff corrections of the classifier (#改类, #不是诉求, #登记)
  recordCorrection(input: CorrectionInput): Promise<Correction>;
  /** Corrections matching the filter, oldest first. */
  listCorrections(filter?: CorrectionFilter): Promise<Correction[]>;

  // scheduling (reminders, escalation, follow-up, digests)
  /** Active tickets not taken by a worker whose acknowledge deadline is at or before `at`. */
  listAckOverdue(at: Date, communityId?: number): Promise<Ticket[]>;
  /** Active tickets whose resolution deadline is at or before `at` (pass now + lead time for "due soon"). */
  listDueBy(at: Date, communityId?: number): Promise<Ticket[]>;
  /** Resolved tickets waiting for a rating. */
  listAwaitingRating(communityId?: number): Promise<Ticket[]>;
  /** Last run of a periodic job (digest, weekly report), or null. */
  getJobRun(name: string): Promise<Date | null>;
  /**
   * Claims due work for this process: ONE transaction that compares-and-sets every claim (a
   * ticket's mark, a job's last run: each must still hold the value `seen` the caller read) and
   * queues `replies` in the outbox. Either every claim wins — the marks are set to `at`, each
   * ticket mark recorded in the timeline, the replies queued — and it returns true; or another
   * process got there first, nothing is written, and it returns false (read again, and what is
   * still due is due again). A process that dies mid-way leaves nothing half-claimed.
   */
  claimDueWork(claims: readonly DueClaim[], replies: readonly Reply[], at: Date): Promise<boolean>;

  close(): Promise<void>;
}

/** Input that fails validation at the store's edge; nothing was written. */
export class StoreInputError extends Error {
  override readonly name = 'StoreInputError';
}

/** No ticket with that number (or id) in that community. */
export class TicketNotFoundError extends Error {
  override readonly name = 'TicketNotFoundError';
  constructor(readonly number: string) {
    super(`没有找到工单 #${number}，请核对编号。`);
  }
}
