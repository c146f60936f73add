// The PostgreSQL copy of the drizzle schema (src/infra/db/schema.ts), table for table and column
// for column under the same names (test/infra/db/schema-derived.test.ts holds them together).
// Times are timestamptz with millisecond precision (mode 'date' → Date, as in SQLite), flags are
// booleans, JSON lists jsonb. Migrations in src/infra/pg/migrations/ are generated from this file
// (`npm run db:generate`) and applied when the store opens (src/infra/pg/open-pg-database.ts).
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { STAFF_ROLES } from '../../core/tickets/staff-roles.js';
import { STATUS_CODES } from '../../core/tickets/types.js';
import { isActiveStatus, isStaffRoleValue } from '../db/schema.js';

const time = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });
/** Ids as in SQLite: handed out by the database, but a copied row may keep its own (`db copy`). */
const id = () => integer('id').primaryKey().generatedByDefaultAsIdentity();
/** A required foreign key to another table's id. */
const ref = (name: string, to: () => AnyPgColumn) => integer(name).notNull().references(to);

export const communities = pgTable('communities', {
  id: id(),
  name: text('name').notNull().unique(),
  /** Last ticket number handed out in this community (incremented inside the intake transaction). */
  lastNumber: integer('last_number').notNull().default(0),
  createdAt: time('created_at').notNull(),
});

/** WeChat groups under our own stable key; the topic may change (room-topic), the key never does. */
export const rooms = pgTable(
  'rooms',
  {
    id: id(),
    key: text('key').notNull().unique(),
    communityId: ref('community_id', () => communities.id),
    topic: text('topic').notNull(),
    role: text('role', { enum: ['residents', 'staff'] }).notNull(),
    xiaoqu: text('xiaoqu'),
    createdAt: time('created_at').notNull(),
    updatedAt: time('updated_at').notNull(),
  },
  (t) => [index('rooms_topic_idx').on(t.topic)],
);

/** Staff from the config roster, identified by the remark the bot account gave them (unique per community). */
export const people = pgTable(
  'people',
  {
    id: id(),
    communityId: ref('community_id', () => communities.id),
    remark: text('remark').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: STAFF_ROLES }).notNull(),
    /** JSON array of buildings/zones/xiaoqu covered; ["*"] for all. */
    covers: jsonb('covers').$type<string[]>().notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: time('created_at').notNull(),
    updatedAt: time('updated_at').notNull(),
  },
  (t) => [
    check('people_role_check', isStaffRoleValue(t.role)),
    uniqueIndex('people_community_remark_uq').on(t.communityId, t.remark),
    index('people_remark_idx').on(t.remark),
  ],
);

/** One-time binding codes an admin issues (`yishiting staff bind`); redeemed once before expiry. */
export const bindingCodes = pgTable('binding_codes', {
  code: text('code').primaryKey(),
  personId: ref('person_id', () => people.id),
  createdAt: time('created_at').notNull(),
  expiresAt: time('expires_at').notNull(),
  usedAt: time('used_at'),
});

/** Wrong binding codes, per sender (login + contact id), to cap guessing at a few tries an hour. */
export const bindingFailures = pgTable(
  'binding_failures',
  {
    id: id(),
    senderKey: text('sender_key').notNull(),
    at: time('at').notNull(),
  },
  (t) => [index('binding_failures_sender_idx').on(t.senderKey, t.at)],
);

/** WeChat session contact id (valid for one login) → staff person, from a redeemed code. */
export const sessionBindings = pgTable('session_bindings', {
  sessionId: text('session_id').primaryKey(),
  personId: ref('person_id', () => people.id),
  boundAt: time('bound_at').notNull(),
});

export const tickets = pgTable(
  'tickets',
  {
    id: id(),
    communityId: ref('community_id', () => communities.id),
    number: text('number').notNull(),
    category: text('category').notNull(),
    urgent: boolean('urgent').notNull(),
    building: text('building'),
    /** Normalised building for duplicate matching ('' when none), see core/tickets/building-key.ts. */
    buildingKey: text('building_key').notNull().default(''),
    status: text('status', { enum: STATUS_CODES }).notNull(),
    reporterCount: integer('reporter_count').notNull(),
    priority: integer('priority').notNull(),
    assigneeId: integer('assignee_id').references(() => people.id),
    assigneeName: text('assignee_name'),
    roomKey: text('room_key'),
    createdAt: time('created_at').notNull(),
    updatedAt: time('updated_at').notNull(),
    lastReportAt: time('last_report_at').notNull(),
    ackDueAt: time('ack_due_at').notNull(),
    dueAt: time('due_at').notNull(),
    acknowledgedAt: time('acknowledged_at'),
    resolvedAt: time('resolved_at'),
    closedAt: time('closed_at'),
    rating: integer('rating'),
    referredTo: text('referred_to'),
    duplicateOf: text('duplicate_of'),
    repeatOf: text('repeat_of'),
    reopenCount: integer('reopen_count').notNull().default(0),
    ackRemindedAt: time('ack_reminded_at'),
    dueSoonRemindedAt: time('due_soon_reminded_at'),
    escalatedAt: time('escalated_at'),
    followUpAskedAt: time('follow_up_asked_at'),
    followUpRemindedAt: time('follow_up_reminded_at'),
  },
  (t) => [
    uniqueIndex('tickets_community_number_uq').on(t.communityId, t.number),
    // The duplicate lookup at intake: only active tickets are candidates.
    index('tickets_merge_idx').on(t.communityId, t.category, t.buildingKey, t.lastReportAt).where(isActiveStatus(t.status)),
    // 重复投诉: closed tickets of the same building and category (open ones are left out of it).
    index('tickets_repeat_idx').on(t.communityId, t.category, t.buildingKey, t.closedAt).where(sql`${t.closedAt} is not null`),
    index('tickets_status_ack_idx').on(t.status, t.ackDueAt),
    index('tickets_status_due_idx').on(t.status, t.dueAt),
    index('tickets_assignee_idx').on(t.assigneeId, t.status).where(sql`${t.assigneeId} is not null`),
    index('tickets_created_idx').on(t.createdAt),
    // The dashboard's list: counting a community's tickets by status, and its pages in list order.
    index('tickets_community_status_idx').on(t.communityId, t.status),
    index('tickets_community_priority_idx').on(t.communityId, t.priority.desc().nullsFirst(), t.createdAt, t.id),
    // Keyset pages of the other orders (TicketFilter.after/before): seek to the cursor, no sort.
    index('tickets_community_opened_idx').on(t.communityId, t.createdAt, t.id),
    index('tickets_community_due_idx').on(t.communityId, t.dueAt, t.id),
    index('tickets_community_updated_idx').on(t.communityId, t.updatedAt, t.id),
  ],
);

/** Every source message that makes up a ticket. */
export const reports = pgTable(
  'reports',
  {
    id: id(),
    ticketId: ref('ticket_id', () => tickets.id),
    /** room key (or "dm") + ":" + source message id: a redelivered message is ignored. */
    sourceKey: text('source_key').notNull().unique(),
    text: text('text').notNull(),
    reporterName: text('reporter_name').notNull(),
    reporterKey: text('reporter_key').notNull(),
    /** The reporter's WeChat contact id in the login below (ids change at every login); null for old rows. */
    reporterContactId: text('reporter_contact_id'),
    /** Which login of the bot account `reporterContactId` belongs to. */
    reporterLogin: text('reporter_login'),
    roomKey: text('room_key'),
    at: time('at').notNull(),
    category: text('category').notNull(),
    urgent: boolean('urgent').notNull(),
    building: text('building'),
    images: jsonb('images').$type<string[]>().notNull(),
    /** Set when the reporter recalled the message; the text is then blanked. */
    removedAt: time('removed_at'),
  },
  (t) => [index('reports_ticket_idx').on(t.ticketId, t.reporterKey), index('reports_reporter_idx').on(t.reporterKey, t.at)],
);

/** The timeline: who did what when, from → to, with the note. */
export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: id(),
    ticketId: ref('ticket_id', () => tickets.id),
    at: time('at').notNull(),
    actorName: text('actor_name').notNull(),
    actorId: integer('actor_id').references(() => people.id),
    kind: text('kind').notNull(),
    action: text('action'),
    fromStatus: text('from_status', { enum: STATUS_CODES }),
    toStatus: text('to_status', { enum: STATUS_CODES }),
    note: text('note'),
  },
  (t) => [index('ticket_events_ticket_idx').on(t.ticketId, t.id)],
);

/** Every rating a reporter gave (the ticket keeps the latest). */
export const ratings = pgTable(
  'ratings',
  {
    id: id(),
    ticketId: ref('ticket_id', () => tickets.id),
    reporterKey: text('reporter_key').notNull(),
    rating: integer('rating').notNull(),
    at: time('at').notNull(),
  },
  (t) => [index('ratings_ticket_idx').on(t.ticketId)],
);

/** Staff corrections of the classifier (#改类, #不是诉求, #登记), for `yishiting rules suggest`. */
export const corrections = pgTable(
  'corrections',
  {
    id: id(),
    communityId: ref('community_id', () => communities.id),
    ticketId: ref('ticket_id', () => tickets.id),
    kind: text('kind', { enum: ['recategorise', 'not_report', 'missed'] }).notNull(),
    /** The report text the classifier saw. */
    text: text('text').notNull(),
    fromCategory: text('from_category'),
    toCategory: text('to_category'),
    /** The remark of the staff member who made it. */
    staff: text('staff').notNull(),
    at: time('at').notNull(),
  },
  (t) => [index('corrections_community_at_idx').on(t.communityId, t.at)],
);

/** Last run of periodic jobs (daily digest, weekly report), so they survive restarts. */
export const jobRuns = pgTable('job_runs', {
  name: text('name').primaryKey(),
  lastRunAt: time('last_run_at').notNull(),
});

/** Replies still to send (and those sent or given up on): nothing is deleted before it went out. */
export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    toKind: text('to_kind', { enum: ['room', 'contact'] }).notNull(),
    toRoomKey: text('to_room_key'),
    toName: text('to_name'),
    toRemark: text('to_remark'),
    /** A private reply to the account that wrote: its contact id in this login (never a name lookup). */
    toContactId: text('to_contact_id'),
    text: text('text').notNull(),
    mentions: jsonb('mentions').$type<string[]>().notNull(),
    urgent: boolean('urgent').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'dead'] }).notNull(),
    createdAt: time('created_at').notNull(),
    notBefore: time('not_before').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: time('sent_at'),
    /** Reply.key: a reply queued twice (inside the intake transaction, then by the caller) is one row. */
    key: text('key').unique(),
    /** A private message: the bot account (bot.session) that alone sends it; null: any. */
    account: text('account'),
    /** The process that took the row for sending, until when (a lease: then another may take it). */
    claimedBy: text('claimed_by'),
    claimedUntil: time('claimed_until'),
  },
  (t) => [
    index('outbox_pending_idx').on(t.urgent, t.id).where(sql`${t.status} = 'pending'`),
    index('outbox_pending_time_idx').on(t.notBefore).where(sql`${t.status} = 'pending'`),
  ],
);

/** One-time dashboard sign-in links (`#登录`, `yishiting web link`): only a hash of the token is kept. */
export const webLoginTokens = pgTable('web_login_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  personId: ref('person_id', () => people.id),
  createdAt: time('created_at').notNull(),
  expiresAt: time('expires_at').notNull(),
  usedAt: time('used_at'),
});

/** Dashboard sessions (the cookie holds the token; only its hash is kept). Deleted on sign-out. */
export const webSessions = pgTable(
  'web_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    personId: ref('person_id', () => people.id),
    createdAt: time('created_at').notNull(),
    expiresAt: time('expires_at').notNull(),
  },
  (t) => [index('web_sessions_person_idx').on(t.personId)],
);

/** What staff did on the dashboard (sign-ins and page actions), for the 人员 page's audit log. */
export const webAudit = pgTable(
  'web_audit',
  {
    id: id(),
    personId: ref('person_id', () => people.id),
    communityId: ref('community_id', () => communities.id),
    at: time('at').notNull(),
    /** 'signin', 'signout', or a page action code (take, resolve, …). */
    action: text('action').notNull(),
    ticketNumber: text('ticket_number'),
    /** The command as run, or why it was refused. */
    detail: text('detail'),
  },
  (t) => [index('web_audit_community_idx').on(t.communityId, t.id)],
);

/** Published rule sets (see src/infra/db/schema.ts). */
export const ruleSets = pgTable(
  'rule_sets',
  {
    id: id(),
    name: text('name').notNull(),
    revision: integer('revision').notNull(),
    hash: text('hash').notNull(),
    files: text('files').notNull(),
    publishedBy: text('published_by').notNull(),
    publishedAt: time('published_at').notNull(),
  },
  (t) => [uniqueIndex('rule_sets_name_revision_uq').on(t.name, t.revision)],
);
