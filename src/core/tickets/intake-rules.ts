// The intake's decisions, apart from how a store reads and writes them: every store (SQLite today,
// PostgreSQL next) runs the same lookups in one transaction and takes its fields from here.
import { buildingKey } from './building-key.js';
import { computeDeadlines, type Deadlines } from './deadlines.js';
import { computePriority } from './priority.js';
import type { Status, Ticket } from './types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Endings that make a new report of the same building and category a 重复投诉. */
export const REPEAT_AFTER: readonly Status[] = ['closed', 'unresolved'];

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

/** The fields of a new ticket (status open, one reporter) and the note of its 'opened' event. */
export function newTicketFields(
  t: { category: string; urgent: boolean; building: string | null; at: Date },
  deadlines: Deadlines,
  repeatOf: string | null,
) {
  const { ackDueAt, dueAt } = computeDeadlines(t.category, t.urgent, t.at, deadlines);
  return {
    buildingKey: buildingKey(t.building) ?? '',
    priority: computePriority(1, t.urgent),
    ackDueAt,
    dueAt,
    openedNote: repeatOf !== null ? `重复投诉：与已关闭的 #${repeatOf} 同一楼栋同一类别` : null,
  };
}

/**
 * What a report joining `ticket` changes: the household count (a reporter counts once), priority,
 * the merge window's start, and — when an urgent report makes a calm ticket urgent — the urgent
 * clock counted from the first report, where it is earlier. `urgentClock` null: deadlines stay.
 */
export function mergedTicketFields(ticket: Ticket, report: { urgent: boolean; at: Date }, newReporter: boolean, deadlines: Deadlines) {
  const reporterCount = ticket.reporterCount + (newReporter ? 1 : 0);
  const becameUrgent = report.urgent && !ticket.urgent;
  const tighter = becameUrgent ? computeDeadlines(ticket.category, true, ticket.createdAt, deadlines) : null;
  return {
    reporterCount,
    priority: computePriority(reporterCount, ticket.urgent || report.urgent),
    lastReportAt: later(report.at, ticket.lastReportAt),
    updatedAt: report.at,
    becameUrgent,
    urgentClock: tighter && { ackDueAt: earlier(tighter.ackDueAt, ticket.ackDueAt), dueAt: earlier(tighter.dueAt, ticket.dueAt) },
    mergedNote: newReporter ? `第 ${reporterCount} 户反映` : '同一居民再次反映',
  };
}

const earlier = (a: Date, b: Date): Date => (a.getTime() <= b.getTime() ? a : b);
const later = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);
