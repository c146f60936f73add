// The ledger reader (infra/export/ledger-reader.ts) over SQLite: the page queries in drizzle's
// query builder (synchronous underneath), walked by infra/export/paged-ledger-reader.ts. The range
// is on the ticket's first report time: [from, to).
import { and, asc, count, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { LedgerRange, LedgerReader } from '../export/ledger-reader.js';
import { LEDGER_PAGE, pagedLedgerReader } from '../export/paged-ledger-reader.js';
import { eventColumns, inLedgerRange, ledgerColumns, ledgerPageWhere, statsColumns } from './ledger-page-sql.js';
import type { Db } from './open-database.js';
import { communities, reports, ticketEvents, tickets } from './schema.js';

const inRange = (range: LedgerRange) => inLedgerRange(tickets, range);

/** The ledger reader over a SQLite connection. */
export function createSqliteLedgerReader(db: Db): LedgerReader {
  return pagedLedgerReader({
    countTickets: (range) => db.select({ n: count() }).from(tickets).where(inRange(range)).get()!.n,
    categoriesInRange: (range) =>
      db
        .select({ code: tickets.category, count: count() })
        .from(tickets)
        .where(inRange(range))
        .groupBy(tickets.category)
        .orderBy(desc(count()), asc(tickets.category))
        .all(),
    statsPage: (range, afterId) =>
      db
        .select(statsColumns(tickets, communities))
        .from(tickets)
        .innerJoin(communities, eq(communities.id, tickets.communityId))
        .where(and(inRange(range), gt(tickets.id, afterId)))
        .orderBy(asc(tickets.id))
        .limit(LEDGER_PAGE)
        .all(),
    ledgerPage: (range, category, after) =>
      db
        .select(ledgerColumns(tickets, communities))
        .from(tickets)
        .innerJoin(communities, eq(communities.id, tickets.communityId))
        .where(ledgerPageWhere(tickets, range, category, after))
        .orderBy(asc(tickets.createdAt), asc(tickets.id))
        .limit(LEDGER_PAGE)
        .all(),
    reportTexts: (ticketIds) =>
      db
        .select({ ticketId: reports.ticketId, text: reports.text })
        .from(reports)
        .where(and(inArray(reports.ticketId, ticketIds), isNull(reports.removedAt)))
        .orderBy(asc(reports.ticketId), asc(reports.id))
        .all(),
    events: (ticketIds) =>
      db
        // Epoch ms as stored, read without the column's Date decoding.
        .select(eventColumns(ticketEvents, sql<number>`${ticketEvents.at}`))
        .from(ticketEvents)
        .where(inArray(ticketEvents.ticketId, ticketIds))
        .orderBy(asc(ticketEvents.ticketId), asc(ticketEvents.id))
        .all(),
  });
}
