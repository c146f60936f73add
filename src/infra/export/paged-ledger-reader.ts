// The ledger reader's walk through the tickets, the same for every database: pages of tickets
// (keyset on the sort order), each page with the first report text and the timeline of its
// tickets, so 100k tickets with their timelines pass in bounded memory. The databases supply one
// page at a time (SQLite: src/infra/db/ledger-queries.ts, PostgreSQL: src/infra/pg/pg-ledger-reader.ts).
import type { StatsTicket } from '../../core/stats/ticket-stats.js';
import type { LedgerRange, LedgerReader } from './ledger-reader.js';
import type { LedgerEvent, LedgerRow } from './ledger-row.js';

/** Tickets per page: large enough that the per-page queries cost little, small enough for memory. */
export const LEDGER_PAGE = 1000;

type Maybe<T> = T | Promise<T>;

/** A ledger row before its text and timeline are added. */
type LedgerTicket = Omit<LedgerRow, 'text' | 'timeline'> & { id: number };

/** A timeline event with its ticket, `at` in epoch milliseconds (no Date per event). */
type TicketEventRow = LedgerEvent & { ticketId: number };

export interface LedgerPageQueries {
  countTickets(range: LedgerRange): Maybe<number>;
  /** Categories present in the range with their ticket counts, most tickets first, then by code. */
  categoriesInRange(range: LedgerRange): Maybe<{ code: string; count: number }[]>;
  /** Up to LEDGER_PAGE tickets of the range with an id above `afterId`, by id. */
  statsPage(range: LedgerRange, afterId: number): Maybe<(StatsTicket & { community: string; id: number })[]>;
  /**
   * Up to LEDGER_PAGE tickets of the range (of `category`, or all) by first report time and id,
   * after `after`: each page starts where the last ended (its lower bound on created_at replaces
   * the range's, so an index seek starts there instead of stepping over every earlier page).
   */
  ledgerPage(range: LedgerRange, category: string | null, after: { createdAt: Date; id: number } | null): Maybe<LedgerTicket[]>;
  /** The texts of these tickets' current (not withdrawn) reports, by ticket, then report id. */
  reportTexts(ticketIds: number[]): Maybe<{ ticketId: number; text: string }[]>;
  /** These tickets' timeline events, by ticket, then event id. */
  events(ticketIds: number[]): Maybe<TicketEventRow[]>;
}

export function pagedLedgerReader(q: LedgerPageQueries): LedgerReader {
  return {
    countTickets: async (range) => q.countTickets(range),
    categoriesInRange: async (range) => q.categoriesInRange(range),
    async *statsTickets(range) {
      let lastId = 0;
      for (;;) {
        const page = await q.statsPage(range, lastId);
        for (const { id: _, ...t } of page) yield t;
        if (page.length < LEDGER_PAGE) return;
        lastId = page[page.length - 1]!.id;
      }
    },
    /**
     * Order 'time': by first report. Order 'category': grouped by category — the categories with
     * most tickets first (as categoriesInRange lists them), by first report within one — so a
     * workbook can be written one sheet after the other in a single pass.
     */
    async *ledgerRows(range, order) {
      const categories = order === 'time' ? [null] : (await q.categoriesInRange(range)).map((c) => c.code);
      // Whole pages pass through one async step each; rows are then handed out synchronously.
      for (const category of categories) for await (const page of ledgerPages(q, range, category)) yield* page;
    },
  };
}

async function* ledgerPages(q: LedgerPageQueries, range: LedgerRange, category: string | null): AsyncGenerator<LedgerRow[]> {
  let after: { createdAt: Date; id: number } | null = null;
  for (;;) {
    const page = await q.ledgerPage(range, category, after);
    if (page.length === 0) return;
    const ids = page.map((t) => t.id);
    const texts = firstTexts(await q.reportTexts(ids));
    const timelines = timelinesOf(await q.events(ids));
    yield page.map(({ id, ...t }) => ({ ...t, text: texts.get(id) ?? '', timeline: timelines.get(id) ?? [] }));
    if (page.length < LEDGER_PAGE) return;
    after = page[page.length - 1]!;
  }
}

/** The first current report's text of each ticket. */
function firstTexts(rows: { ticketId: number; text: string }[]): Map<number, string> {
  const texts = new Map<number, string>();
  for (const r of rows) if (!texts.has(r.ticketId)) texts.set(r.ticketId, r.text);
  return texts;
}

/** The timeline of each ticket, in the order it happened. */
function timelinesOf(rows: TicketEventRow[]): Map<number, LedgerEvent[]> {
  const timelines = new Map<number, LedgerEvent[]>();
  // One object per event, built here: no rest/spread copies and no Date for `at` (450k events in
  // a year's ledger of 100k tickets; allocation was most of the export's garbage collection).
  for (const r of rows) {
    let timeline = timelines.get(r.ticketId);
    if (!timeline) {
      timeline = [];
      timelines.set(r.ticketId, timeline);
    }
    timeline.push({ at: r.at, actor: r.actor, kind: r.kind, action: r.action, to: r.to, note: r.note });
  }
  return timelines;
}
