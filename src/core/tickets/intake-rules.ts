// The intake's decisions, apart from how a store reads and writes them: every store (SQLite today,
// PostgreSQL next) runs the same lookups in one transaction and takes its fields from here.
import { buildingKey } from './building-key.js';
import { computeDeadlines, type Deadlines } from './deadlines.js';
import { computePriority } from './priority.js';
import { sourceKeyOf } from './source-key.js';
import { type IntakePolicy, type ReportInput, StoreInputError } from './ticket-store.js';
import type { TimelineEntry } from './timeline-entry.js';
import type { Status, Ticket } from './types.js';
import { validateReport } from './validate-input.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Endings that make a new report of the same building and category a 重复投诉. */
export const REPEAT_AFTER: readonly Status[] = ['closed', 'unresolved'];

/** Checks the report and the policy before the store reads anything; returns the report and its idempotency key. */
export function checkIntake(input: ReportInput, policy: IntakePolicy) {
  const report = validateReport(input, policy.categories);
  if (!(policy.mergeWindowHours > 0)) throw new StoreInputError('合并时间窗必须大于 0 小时。');
  return { report, sourceKey: sourceKeyOf(report.roomKey, report.messageId) };
}

/** The row of a new report on ticket `ticketId`. */
export function reportRow(ticketId: number, report: ReportInput, sourceKey: string) {
  return {
    ticketId,
    sourceKey,
    text: report.text,
    reporterName: report.reporterName,
    reporterKey: report.reporterKey,
    reporterContactId: report.reporterContactId ?? null,
    reporterLogin: report.reporterLogin ?? null,
    roomKey: report.roomKey,
    at: report.at,
    category: report.category,
    urgent: report.urgent,
    building: report.building,
    images: report.imagePath ? [report.imagePath] : [],
  };
}

/** A ticket to open: from a report (intake) or a report split off (report-split.ts). */
export interface NewTicket {
  communityId: number;
  category: string;
  urgent: boolean;
  building: string | null;
  roomKey: string | null;
  at: Date;
  actorName: string;
}

type Place = { communityId: number; category: string; building: string | null; at: Date };

/** The merge lookup: the latest active ticket of this community, category and building reported since `since`. */
export function mergeLookup(report: Place, mergeWindowHours: number) {
  return { ...sameIssue(report), since: new Date(report.at.getTime() - mergeWindowHours * HOUR) };
}

/** The repeat lookup: the latest ticket of this community, category and building that ended (REPEAT_AFTER) since `since`. */
export function repeatLookup(report: Place, repeatWindowDays = 30) {
  return { ...sameIssue(report), since: new Date(report.at.getTime() - repeatWindowDays * DAY) };
}

function sameIssue(report: Place) {
  return { communityId: report.communityId, category: report.category, buildingKey: buildingKey(report.building) ?? '' };
}

/** The row of a new ticket numbered `number` (status open, one reporter) and its 'opened' entry. */
export function newTicket(t: NewTicket, number: number, deadlines: Deadlines, repeatOf: string | null) {
  const { ackDueAt, dueAt } = computeDeadlines(t.category, t.urgent, t.at, deadlines);
  const row = {
    communityId: t.communityId,
    number: String(number),
    category: t.category,
    urgent: t.urgent,
    building: t.building,
    buildingKey: buildingKey(t.building) ?? '',
    status: 'open' as const,
    reporterCount: 1,
    priority: computePriority(1, t.urgent),
    roomKey: t.roomKey,
    createdAt: t.at,
    updatedAt: t.at,
    lastReportAt: t.at,
    ackDueAt,
    dueAt,
    repeatOf,
  };
  const entry: TimelineEntry = {
    at: t.at,
    actor: { name: t.actorName, personId: null },
    kind: 'opened',
    to: 'open',
    note: repeatOf !== null ? `重复投诉：与已关闭的 #${repeatOf} 同一楼栋同一类别` : null,
  };
  return { row, entry };
}

/**
 * What a report joining `ticket` changes: the household count (a reporter counts once), priority,
 * the merge window's start, and — when an urgent report makes a calm ticket urgent — the urgent
 * clock counted from the first report, where it is earlier. `urgentClock` null: deadlines stay.
 */
export function mergedTicketFields(
  ticket: Ticket,
  report: { urgent: boolean; at: Date; reporterName: string },
  newReporter: boolean,
  deadlines: Deadlines,
) {
  const reporterCount = ticket.reporterCount + (newReporter ? 1 : 0);
  const becameUrgent = report.urgent && !ticket.urgent;
  const tighter = becameUrgent ? computeDeadlines(ticket.category, true, ticket.createdAt, deadlines) : null;
  const entry: TimelineEntry = {
    at: report.at,
    actor: { name: report.reporterName, personId: null },
    kind: 'merged',
    note: newReporter ? `第 ${reporterCount} 户反映` : '同一居民再次反映',
  };
  return {
    reporterCount,
    priority: computePriority(reporterCount, ticket.urgent || report.urgent),
    lastReportAt: later(report.at, ticket.lastReportAt),
    updatedAt: report.at,
    becameUrgent,
    urgentClock: tighter && { ackDueAt: earlier(tighter.ackDueAt, ticket.ackDueAt), dueAt: earlier(tighter.dueAt, ticket.dueAt) },
    entry,
  };
}

const earlier = (a: Date, b: Date): Date => (a.getTime() <= b.getTime() ? a : b);
const later = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);
