// The ledger reader (infra/export/ledger-reader.ts) on PostgreSQL, the same queries as SQLite's
// (src/infra/db/ledger-queries.ts): tickets in pages (keyset on the sort order), each page with the
// first report text and the timeline of its tickets, in bounded memory. The range is on the
// ticket's first report time: [from, to).
import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { StatsTicket } from '../../core/stats/ticket-stats.js';
import type { LedgerRange, LedgerReader } from '../export/ledger-reader.js';
import type { LedgerEvent, LedgerRow } from '../export/ledger-row.js';
import type { PgDb } from './open-pg-database.js';
import { communities, reports, ticketEvents, tickets } from './pg-schema.js';

/** Tickets per page: large enough that the per-page queries cost little, small enough for memory. */
const PAGE = 1000;

function inRange(range: LedgerRange): SQL {
  return and(gte(tickets.createdAt, range.from), lt(tickets.createdAt, range.to))!;
}

export function createPgLedgerReader(db: PgDb): LedgerReader {
  return {
    countTickets: async (range) => countTickets(db, range),
    categoriesInRange: async (range) => categoriesInRange(db, range),
    async *statsTickets(range) {
      yield* iterateStatsTickets(db, range);
    },
    async *ledgerRows(range, order) {
      yield* iterateLedgerRows(db, range, order);
    },
  };
}

async function countTickets(db: PgDb, range: LedgerRange): Promise<number> {
  return db.$count(tickets, inRange(range));
}

function categoriesInRange(db: PgDb, range: LedgerRange): Promise<{ code: string; count: number }[]> {
  return db
    .select({ code: tickets.category, count: count() })
    .from(tickets)
    .where(inRange(range))
    .groupBy(tickets.category)
    .orderBy(desc(count()), asc(tickets.category));
}

async function* iterateStatsTickets(db: PgDb, range: LedgerRange): AsyncGenerator<StatsTicket & { community: string }> {
  let lastId = 0;
  for (;;) {
    const page = await db
      .select({
        id: tickets.id,
        community: communities.name,
        category: tickets.category,
        status: tickets.status,
        building: tickets.building,
        createdAt: tickets.createdAt,
        dueAt: tickets.dueAt,
        resolvedAt: tickets.resolvedAt,
        rating: tickets.rating,
        reopenCount: tickets.reopenCount,
        repeatOf: tickets.repeatOf,
      })
      .from(tickets)
      .innerJoin(communities, eq(communities.id, tickets.communityId))
      .where(and(inRange(range), gt(tickets.id, lastId)))
      .orderBy(asc(tickets.id))
      .limit(PAGE);
    for (const { id: _, ...t } of page) yield t;
    if (page.length < PAGE) return;
    lastId = page[page.length - 1]!.id;
  }
}

/**
 * Ledger rows in the range, each with its first report and timeline. Order 'time': by first
 * report. Order 'category': grouped by category — the categories with most tickets first (as
 * categoriesInRange lists them), by first report within one — so a workbook can be written one
 * sheet after the other in a single pass.
 */
async function* iterateLedgerRows(db: PgDb, range: LedgerRange, order: 'time' | 'category'): AsyncGenerator<LedgerRow> {
  if (order === 'time') {
    yield* ledgerPages(db, range, null);
    return;
  }
  for (const { code } of await categoriesInRange(db, range)) yield* ledgerPages(db, range, code);
}

/**
 * The tickets in the range (of one category, or all), by first report time, a page at a time;
 * each page starts where the last ended (its lower bound on created_at replaces the range's).
 */
async function* ledgerPages(db: PgDb, range: LedgerRange, category: string | null): AsyncGenerator<LedgerRow> {
  let after: { createdAt: Date; id: number } | null = null;
  for (;;) {
    const page = await db
      .select({
        id: tickets.id,
        community: communities.name,
        number: tickets.number,
        category: tickets.category,
        urgent: tickets.urgent,
        building: tickets.building,
        reporterCount: tickets.reporterCount,
        createdAt: tickets.createdAt,
        dueAt: tickets.dueAt,
        status: tickets.status,
        assignee: tickets.assigneeName,
        resolvedAt: tickets.resolvedAt,
        closedAt: tickets.closedAt,
        rating: tickets.rating,
        reopenCount: tickets.reopenCount,
        repeatOf: tickets.repeatOf,
        referredTo: tickets.referredTo,
        duplicateOf: tickets.duplicateOf,
      })
      .from(tickets)
      .innerJoin(communities, eq(communities.id, tickets.communityId))
      .where(
        and(
          after === null ? gte(tickets.createdAt, range.from) : gte(tickets.createdAt, after.createdAt),
          lt(tickets.createdAt, range.to),
          category === null ? undefined : eq(tickets.category, category),
          // Given created_at >= the last one's: later, or as late with a greater id.
          after === null ? undefined : or(gt(tickets.createdAt, after.createdAt), gt(tickets.id, after.id)),
        ),
      )
      .orderBy(asc(tickets.createdAt), asc(tickets.id))
      .limit(PAGE);
    if (page.length === 0) return;
    const ids = page.map((t) => t.id);
    const texts = await firstTexts(db, ids);
    const timelines = await timelinesOf(db, ids);
    for (const { id, ...t } of page) yield { ...t, text: texts.get(id) ?? '', timeline: timelines.get(id) ?? [] };
    if (page.length < PAGE) return;
    after = page[page.length - 1]!;
  }
}

/** The first current report's text of each ticket. */
async function firstTexts(db: PgDb, ticketIds: number[]): Promise<Map<number, string>> {
  const texts = new Map<number, string>();
  const rows = await db
    .select({ ticketId: reports.ticketId, text: reports.text })
    .from(reports)
    .where(and(inArray(reports.ticketId, ticketIds), isNull(reports.removedAt)))
    .orderBy(asc(reports.ticketId), asc(reports.id));
  for (const r of rows) if (!texts.has(r.ticketId)) texts.set(r.ticketId, r.text);
  return texts;
}

/** The timeline of each ticket, in the order it happened. */
async function timelinesOf(db: PgDb, ticketIds: number[]): Promise<Map<number, LedgerEvent[]>> {
  const timelines = new Map<number, LedgerEvent[]>();
  const rows = await db
    .select({
      ticketId: ticketEvents.ticketId,
      at: ticketEvents.at,
      actor: ticketEvents.actorName,
      kind: ticketEvents.kind,
      action: ticketEvents.action,
      to: ticketEvents.toStatus,
      note: ticketEvents.note,
    })
    .from(ticketEvents)
    .where(inArray(ticketEvents.ticketId, ticketIds))
    .orderBy(asc(ticketEvents.ticketId), asc(ticketEvents.id));
  for (const { ticketId, at, ...e } of rows) {
    let timeline = timelines.get(ticketId);
    if (!timeline) {
      timeline = [];
      timelines.set(ticketId, timeline);
    }
    timeline.push({ ...e, at: at.getTime() });
  }
  return timelines;
}
