// Intake in one transaction: a redelivered message is a repeat; a report of the same category and
// building as an active ticket reported within the merge window joins it; anything else opens a
// ticket with the community's next number. Every statement here is prepared once per connection
// (building drizzle queries costs more than running them; see bench/store.ts).
import { and, eq, getTableColumns, isNull, sql, type Column } from 'drizzle-orm';
import { buildingKey } from '../../core/tickets/building-key.js';
import { computeDeadlines } from '../../core/tickets/deadlines.js';
import { computePriority } from '../../core/tickets/priority.js';
import { StoreInputError, type IntakePolicy, type IntakeResult, type ReportInput } from '../../core/tickets/ticket-store.js';
import type { Report, Status, Ticket } from '../../core/tickets/types.js';
import { validateReport } from '../../core/tickets/validate-input.js';
import type { Db } from './open-database.js';
import { toReport, toTicket } from './rows.js';
import { communities, reports, ticketEvents, tickets } from './schema.js';
import { writeTransaction } from './write-transaction.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CLOSED_DONE: Status[] = ['closed', 'unresolved'];
const p = sql.placeholder;

/** Placeholders in WHERE clauses take driver values: times as epoch milliseconds. */
function statements(db: Db) {
  return {
    // No RETURNING on the write path: the written values are known here, and an UPDATE … RETURNING *
    // measured about twice the cost of the plain UPDATE.
    bumpNumber: db
      .update(communities)
      .set({ lastNumber: sql`${communities.lastNumber} + 1` })
      .where(eq(communities.id, p('communityId')))
      .prepare(),
    insertTicket: db
      .insert(tickets)
      .values({
        communityId: p('communityId'),
        number: p('number'),
        category: p('category'),
        urgent: p('urgent'),
        building: p('building'),
        buildingKey: p('buildingKey'),
        status: 'open',
        reporterCount: 1,
        priority: p('priority'),
        roomKey: p('roomKey'),
        createdAt: p('at'),
        updatedAt: p('at'),
        lastReportAt: p('at'),
        ackDueAt: p('ackDueAt'),
        dueAt: p('dueAt'),
        repeatOf: p('repeatOf'),
      })
      .prepare(),
    insertReport: db
      .insert(reports)
      .values({
        ticketId: p('ticketId'),
        sourceKey: p('sourceKey'),
        text: p('text'),
        reporterName: p('reporterName'),
        reporterKey: p('reporterKey'),
        roomKey: p('roomKey'),
        at: p('at'),
        category: p('category'),
        urgent: p('urgent'),
        building: p('building'),
        images: p('images'),
      })
      .prepare(),
    insertEvent: db
      .insert(ticketEvents)
      .values({ ticketId: p('ticketId'), at: p('at'), actorName: p('actorName'), kind: p('kind'), toStatus: p('toStatus'), note: p('note') })
      .prepare(),
    // update().set() takes no placeholders in its types: these are SQL, so they take driver values.
    // Two variants so that the deadline indexes are only rewritten when the deadlines change.
    updateMerged: db
      .update(tickets)
      .set({
        reporterCount: sql`${p('reporterCount')}`,
        priority: sql`${p('priority')}`,
        lastReportAt: sql`${p('lastReportAt')}`,
        updatedAt: sql`${p('at')}`,
      })
      .where(eq(tickets.id, p('id')))
      .prepare(),
    updateMergedUrgent: db
      .update(tickets)
      .set({
        reporterCount: sql`${p('reporterCount')}`,
        urgent: sql`1`,
        priority: sql`${p('priority')}`,
        ackDueAt: sql`${p('ackDueAt')}`,
        dueAt: sql`${p('dueAt')}`,
        lastReportAt: sql`${p('lastReportAt')}`,
        updatedAt: sql`${p('at')}`,
      })
      .where(eq(tickets.id, p('id')))
      .prepare(),
    countReporters: db
      .select({ n: sql<number>`count(distinct ${reports.reporterKey})` })
      .from(reports)
      .where(and(eq(reports.ticketId, p('ticketId')), isNull(reports.removedAt)))
      .prepare(),
  };
}

/**
 * The lookups on the intake path, straight on better-sqlite3: drizzle's statements re-prepared
 * themselves inside SQLite on most runs here (~10% of intake CPU in a profile), and its row
 * mapping is generic. Rows come back with SQL column names and are mapped by `rowMapper`.
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

type Statements = ReturnType<typeof statements> & { raw: ReturnType<typeof rawStatements> };
const cache = new WeakMap<Db, Statements>();

function prepared(db: Db): Statements {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = { ...statements(db), raw: rawStatements(db) }));
  return s;
}

export function sourceKeyOf(roomKey: string | null, messageId: string): string {
  return `${roomKey ?? 'dm'}:${messageId}`;
}

export function intake(db: Db, input: ReportInput, policy: IntakePolicy): IntakeResult {
  const report = validateReport(input, policy.categories);
  if (!(policy.mergeWindowHours > 0)) throw new StoreInputError('合并时间窗必须大于 0 小时。');
  const s = prepared(db);
  const sourceKey = sourceKeyOf(report.roomKey, report.messageId);
  const bKey = buildingKey(report.building) ?? '';
  return writeTransaction(db, (): IntakeResult => {
    const seenId = s.raw.reportIdBySource.get(sourceKey);
    if (seenId !== undefined) {
      const seen = reportRow(s.raw.reportById.get(seenId)!);
      const ticket = ticketRow(s.raw.ticketById.get(seen.ticketId)!);
      return { kind: 'repeat', ticket: toTicket(ticket), report: toReport(seen) };
    }
    const candidate = s.raw.mergeCandidate.get(
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
  const { lastInsertRowid } = prepared(db).insertReport.run({
    ticketId,
    sourceKey,
    text: report.text,
    reporterName: report.reporterName,
    reporterKey: report.reporterKey,
    roomKey: report.roomKey,
    at: report.at,
    category: report.category,
    urgent: report.urgent,
    building: report.building,
    images,
  });
  return {
    id: Number(lastInsertRowid),
    ticketId,
    sourceKey,
    text: report.text,
    reporterName: report.reporterName,
    reporterKey: report.reporterKey,
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
  if (s.bumpNumber.run({ communityId: t.communityId }).changes === 0) throw new StoreInputError(`社区编号 ${t.communityId} 不存在。`);
  const number = String(s.raw.lastNumber.get(t.communityId)!);
  const bKey = buildingKey(t.building) ?? '';
  const { ackDueAt, dueAt } = computeDeadlines(t.category, t.urgent, t.at, policy.deadlines);
  const repeatOf = s.raw.repeatOf.get(t.communityId, t.category, bKey, t.at.getTime() - (policy.repeatWindowDays ?? 30) * DAY) ?? null;
  const priority = computePriority(1, t.urgent);
  const { lastInsertRowid } = s.insertTicket.run({
    communityId: t.communityId,
    number,
    category: t.category,
    urgent: t.urgent,
    building: t.building,
    buildingKey: bKey,
    priority,
    roomKey: t.roomKey,
    at: t.at,
    ackDueAt,
    dueAt,
    repeatOf,
  });
  const id = Number(lastInsertRowid);
  s.insertEvent.run({
    ticketId: id,
    at: t.at,
    actorName: t.actorName,
    kind: 'opened',
    toStatus: 'open',
    note: repeatOf !== null ? `重复投诉：与已关闭的 #${repeatOf} 同一楼栋同一类别` : null,
  });
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
  const newReporter = s.raw.reportedBefore.get(ticket.id, report.reporterKey) === undefined;
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
    s.updateMergedUrgent.run({ ...fields, ackDueAt, dueAt });
    updated.urgent = true;
    updated.ackDueAt = new Date(ackDueAt);
    updated.dueAt = new Date(dueAt);
  } else {
    s.updateMerged.run(fields);
  }
  s.insertEvent.run({
    ticketId: ticket.id,
    at: report.at,
    actorName: report.reporterName,
    kind: 'merged',
    toStatus: null,
    note: newReporter ? `第 ${reporterCount} 户反映` : '同一居民再次反映',
  });
  return { kind: 'merged', ticket: updated, report: inserted, newReporter };
}

/** Distinct current reporters of a ticket (removed reports do not count). */
export function countReporters(db: Db, ticketId: number): number {
  return prepared(db).countReporters.get({ ticketId })!.n;
}
