// Intake in one transaction: a redelivered message is a repeat; a report of the same category and
// building as an active ticket reported within the merge window joins it; anything else opens a
// ticket with the community's next number. Every statement here is plain SQL on better-sqlite3,
// prepared once per connection (the hot path of test/bench/store.ts; the column names are schema.ts's).
import { getTableColumns, type Column } from 'drizzle-orm';
import { buildingKey } from '../../core/tickets/building-key.js';
import { computeDeadlines } from '../../core/tickets/deadlines.js';
import { computePriority } from '../../core/tickets/priority.js';
import { StoreInputError, type IntakePolicy, type IntakeResult, type ReportInput } from '../../core/tickets/ticket-store.js';
import type { Report, Status, Ticket } from '../../core/tickets/types.js';
import { validateReport } from '../../core/tickets/validate-input.js';
import type { Db } from './open-database.js';
import { toReport, toTicket } from './rows.js';
import { reports, tickets } from './schema.js';
import { writeTransaction } from './write-transaction.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CLOSED_DONE: Status[] = ['closed', 'unresolved'];

/**
 * The statements of the intake path, straight on better-sqlite3. drizzle binds LIMIT as a
 * parameter, and SQLite (3.53) re-prepares a statement with a bound LIMIT on every run (~10% of
 * intake CPU in a profile); its placeholder filling and row mapping are generic as well.
 * `select *` rows come back with SQL column names and are mapped by `rowMapper`.
 */
function rawStatements(db: Db) {
  const c = db.$client;
  // Repeated literally (not bound) so that SQLite uses the partial merge index, see schema.ts.
  const active = "status in ('open', 'assigned', 'in_progress')";
  return {
    reportIdBySource: c.prepare<[string], number>('select id from reports where source_key = ?').pluck(),
    reportById: c.prepare<[number], Record<string, unknown>>('select * from reports where id = ?'),
    ticketById: c.prepare<[number], Record<string, unknown>>('select * from tickets where id = ?'),
    mergeCandidate: c.prepare<[number, string, string, number], Record<string, unknown>>(
      `select * from tickets where community_id = ? and category = ? and building_key = ? and last_report_at >= ? and ${active}
       order by last_report_at desc limit 1`,
    ),
    repeatOf: c
      .prepare<[number, string, string, number], string>(
        `select number from tickets where community_id = ? and category = ? and building_key = ? and closed_at >= ?
         and status in (${CLOSED_DONE.map((x) => `'${x}'`).join(', ')}) order by closed_at desc limit 1`,
      )
      .pluck(),
    lastNumber: c.prepare<[number], number>('select last_number from communities where id = ?').pluck(),
    reportedBefore: c
      .prepare<[number, string], number>('select id from reports where ticket_id = ? and reporter_key = ? and removed_at is null limit 1')
      .pluck(),
    // No RETURNING on the write path: the written values are known here, and an UPDATE … RETURNING *
    // measured about twice the cost of the plain UPDATE. Driver values: times in epoch ms, flags 0/1.
    bumpNumber: c.prepare<[number]>('update communities set last_number = last_number + 1 where id = ?'),
    insertTicket: c.prepare<[number, string, string, number, string | null, string, number, string | null, number, number, number, number, number, string | null]>(
      `insert into tickets (community_id, number, category, urgent, building, building_key, status, reporter_count, priority, room_key,
         created_at, updated_at, last_report_at, ack_due_at, due_at, repeat_of)
       values (?, ?, ?, ?, ?, ?, 'open', 1, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertReport: c.prepare<[number, string, string, string, string, string | null, number, string, number, string | null, string, string | null, string | null]>(
      `insert into reports (ticket_id, source_key, text, reporter_name, reporter_key, room_key, at, category, urgent, building, images,
         reporter_contact_id, reporter_login)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertEvent: c.prepare<[number, number, string, string, string | null, string | null]>(
      'insert into ticket_events (ticket_id, at, actor_name, kind, to_status, note) values (?, ?, ?, ?, ?, ?)',
    ),
    // Two variants so that the deadline indexes are only rewritten when the deadlines change.
    updateMerged: c.prepare<[number, number, number, number, number]>(
      'update tickets set reporter_count = ?, priority = ?, last_report_at = ?, updated_at = ? where id = ?',
    ),
    updateMergedUrgent: c.prepare<[number, number, number, number, number, number, number]>(
      'update tickets set reporter_count = ?, priority = ?, last_report_at = ?, updated_at = ?, urgent = 1, ack_due_at = ?, due_at = ? where id = ?',
    ),
    countReporters: c
      .prepare<[number], number>('select count(distinct reporter_key) from reports where ticket_id = ? and removed_at is null')
      .pluck(),
  };
}

/** Maps a `select *` row (SQL column names, driver values) to the drizzle row type of `table`. */
function rowMapper<T>(table: typeof tickets | typeof reports): (row: Record<string, unknown>) => T {
  const columns = Object.entries(getTableColumns(table) as Record<string, Column>).map(([key, column]) => [key, column.name, column] as const);
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const [key, name, column] of columns) {
      const value = row[name];
      out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return out as T;
  };
}
const ticketRow = rowMapper<typeof tickets.$inferSelect>(tickets);
const reportRow = rowMapper<typeof reports.$inferSelect>(reports);

type Statements = ReturnType<typeof rawStatements>;
const cache = new WeakMap<Db, Statements>();

function prepared(db: Db): Statements {
  let s = cache.get(db);
  if (!s) {
    s = rawStatements(db);
    cache.set(db, s);
  }
  return s;
}

function sourceKeyOf(roomKey: string | null, messageId: string): string {
  return `${roomKey ?? 'dm'}:${messageId}`;
}

export function intake(db: Db, input: ReportInput, policy: IntakePolicy): IntakeResult {
  const report = validateReport(input, policy.categories);
  if (!(policy.mergeWindowHours > 0)) throw new StoreInputError('合并时间窗必须大于 0 小时。');
  const s = prepared(db);
  const sourceKey = sourceKeyOf(report.roomKey, report.messageId);
  const bKey = buildingKey(report.building) ?? '';
  return writeTransaction(db, (): IntakeResult => {
    const seenId = s.reportIdBySource.get(sourceKey);
    if (seenId !== undefined) {
      const seen = reportRow(s.reportById.get(seenId)!);
      const ticket = ticketRow(s.ticketById.get(seen.ticketId)!);
      return { kind: 'repeat', ticket: toTicket(ticket), report: toReport(seen) };
    }
    const candidate = s.mergeCandidate.get(
      report.communityId,
      report.category,
      bKey,
      report.at.getTime() - policy.mergeWindowHours * HOUR,
    );
    return candidate
      ? mergeInto(db, toTicket(ticketRow(candidate)), report, sourceKey, policy)
      : open(db, report, sourceKey, policy);
  });
}

function insertReport(db: Db, ticketId: number, report: ReportInput, sourceKey: string): Report {
  const images = report.imagePath ? [report.imagePath] : [];
  const { lastInsertRowid } = prepared(db).insertReport.run(
    ticketId,
    sourceKey,
    report.text,
    report.reporterName,
    report.reporterKey,
    report.roomKey,
    report.at.getTime(),
    report.category,
    report.urgent ? 1 : 0,
    report.building,
    JSON.stringify(images),
    report.reporterContactId ?? null,
    report.reporterLogin ?? null,
  );
  return {
    id: Number(lastInsertRowid),
    ticketId,
    sourceKey,
    text: report.text,
    reporterName: report.reporterName,
    reporterKey: report.reporterKey,
    reporterContactId: report.reporterContactId ?? null,
    reporterLogin: report.reporterLogin ?? null,
    roomKey: report.roomKey,
    at: new Date(report.at.getTime()),
    urgent: report.urgent,
    building: report.building,
    images,
  };
}

export interface NewTicket {
  communityId: number;
  category: string;
  urgent: boolean;
  building: string | null;
  roomKey: string | null;
  at: Date;
  actorName: string;
}

/** Inserts a ticket with the community's next number, its deadlines and the 'opened' event. */
export function createTicket(db: Db, t: NewTicket, policy: Pick<IntakePolicy, 'deadlines' | 'repeatWindowDays'>): Ticket {
  const s = prepared(db);
  if (s.bumpNumber.run(t.communityId).changes === 0) throw new StoreInputError(`社区编号 ${t.communityId} 不存在。`);
  const number = String(s.lastNumber.get(t.communityId)!);
  const bKey = buildingKey(t.building) ?? '';
  const { ackDueAt, dueAt } = computeDeadlines(t.category, t.urgent, t.at, policy.deadlines);
  const repeatOf = s.repeatOf.get(t.communityId, t.category, bKey, t.at.getTime() - (policy.repeatWindowDays ?? 30) * DAY) ?? null;
  const priority = computePriority(1, t.urgent);
  const { lastInsertRowid } = s.insertTicket.run(
    t.communityId,
    number,
    t.category,
    t.urgent ? 1 : 0,
    t.building,
    bKey,
    priority,
    t.roomKey,
    t.at.getTime(),
    t.at.getTime(),
    t.at.getTime(),
    ackDueAt.getTime(),
    dueAt.getTime(),
    repeatOf,
  );
  const id = Number(lastInsertRowid);
  s.insertEvent.run(
    id,
    t.at.getTime(),
    t.actorName,
    'opened',
    'open',
    repeatOf !== null ? `重复投诉：与已关闭的 #${repeatOf} 同一楼栋同一类别` : null,
  );
  // What the insert wrote (column defaults included), as toTicket would read it back.
  const at = t.at.getTime();
  return {
    id,
    communityId: t.communityId,
    number,
    category: t.category,
    urgent: t.urgent,
    building: t.building,
    status: 'open',
    reporterCount: 1,
    priority,
    assigneeId: null,
    assigneeName: null,
    roomKey: t.roomKey,
    createdAt: new Date(at),
    updatedAt: new Date(at),
    lastReportAt: new Date(at),
    ackDueAt,
    dueAt,
    acknowledgedAt: null,
    resolvedAt: null,
    closedAt: null,
    rating: null,
    referredTo: null,
    duplicateOf: null,
    repeatOf,
    reopenCount: 0,
    marks: { ackRemindedAt: null, dueSoonRemindedAt: null, escalatedAt: null, followUpAskedAt: null, followUpRemindedAt: null },
  };
}

function open(db: Db, report: ReportInput, sourceKey: string, policy: IntakePolicy): IntakeResult {
  const ticket = createTicket(db, { ...report, actorName: report.reporterName }, policy);
  return { kind: 'opened', ticket, report: insertReport(db, ticket.id, report, sourceKey) };
}

function mergeInto(db: Db, ticket: Ticket, report: ReportInput, sourceKey: string, policy: IntakePolicy): IntakeResult {
  const s = prepared(db);
  const newReporter = s.reportedBefore.get(ticket.id, report.reporterKey) === undefined;
  const inserted = insertReport(db, ticket.id, report, sourceKey);
  const reporterCount = ticket.reporterCount + (newReporter ? 1 : 0);
  const becameUrgent = report.urgent && !ticket.urgent;
  const fields = {
    id: ticket.id,
    reporterCount,
    priority: computePriority(reporterCount, ticket.urgent || report.urgent),
    lastReportAt: Math.max(report.at.getTime(), ticket.lastReportAt.getTime()),
    at: report.at.getTime(),
  };
  const updated: Ticket = {
    ...ticket,
    reporterCount,
    priority: fields.priority,
    lastReportAt: new Date(fields.lastReportAt),
    updatedAt: new Date(fields.at),
  };
  if (becameUrgent) {
    // The urgent clock, counted from the first report, where it is earlier.
    const tighter = computeDeadlines(ticket.category, true, ticket.createdAt, policy.deadlines);
    const ackDueAt = Math.min(tighter.ackDueAt.getTime(), ticket.ackDueAt.getTime());
    const dueAt = Math.min(tighter.dueAt.getTime(), ticket.dueAt.getTime());
    s.updateMergedUrgent.run(fields.reporterCount, fields.priority, fields.lastReportAt, fields.at, ackDueAt, dueAt, fields.id);
    updated.urgent = true;
    updated.ackDueAt = new Date(ackDueAt);
    updated.dueAt = new Date(dueAt);
  } else {
    s.updateMerged.run(fields.reporterCount, fields.priority, fields.lastReportAt, fields.at, fields.id);
  }
  s.insertEvent.run(
    ticket.id,
    report.at.getTime(),
    report.reporterName,
    'merged',
    null,
    newReporter ? `第 ${reporterCount} 户反映` : '同一居民再次反映',
  );
  return { kind: 'merged', ticket: updated, report: inserted, newReporter };
}

/** Distinct current reporters of a ticket (removed reports do not count). */
export function countReporters(db: Db, ticketId: number): number {
  return prepared(db).countReporters.get(ticketId)!;
}
