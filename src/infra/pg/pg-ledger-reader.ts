// The ledger reader (infra/export/ledger-reader.ts) on PostgreSQL: the same page queries as
// SQLite's (src/infra/db/ledger-queries.ts), walked by infra/export/paged-ledger-reader.ts. The
// range is on the ticket's first report time: [from, to).
import { and, asc, count, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { LedgerRange, LedgerReader } from '../export/ledger-reader.js';
import { LEDGER_PAGE, pagedLedgerReader } from '../export/paged-ledger-reader.js';
import { eventColumns, inLedgerRange, ledgerColumns, ledgerPageWhere, statsColumns } from '../db/ledger-page-sql.js';
import type { PgDb } from './open-pg-database.js';
import { communities, reports, ticketEvents, tickets } from './pg-schema.js';

const inRange = (range: LedgerRange) => inLedgerRange(tickets, range);

export function createPgLedgerReader(db: PgDb): LedgerReader {
  return pagedLedgerReader({
    countTickets: (range) => db.$count(tickets, inRange(range)),
    categoriesInRange: (range) =>
      db
        .select({ code: tickets.category, count: count() })
        .from(tickets)
        .where(inRange(range))
        .groupBy(tickets.category)
        .orderBy(desc(count()), asc(tickets.category)),
    statsPage: (range, afterId) =>
      db
        .select(statsColumns(tickets, communities))
        .from(tickets)
        .innerJoin(communities, eq(communities.id, tickets.communityId))
        .where(and(inRange(range), gt(tickets.id, afterId)))
        .orderBy(asc(tickets.id))
        .limit(LEDGER_PAGE),
    ledgerPage: (range, category, after) =>
      db
        .select(ledgerColumns(tickets, communities))
        .from(tickets)
        .innerJoin(communities, eq(communities.id, tickets.communityId))
        .where(ledgerPageWhere(tickets, range, category, after))
        .orderBy(asc(tickets.createdAt), asc(tickets.id))
        .limit(LEDGER_PAGE),
    reportTexts: (ticketIds) =>
      db
        .select({ ticketId: reports.ticketId, text: reports.text })
        .from(reports)
        .where(and(inArray(reports.ticketId, ticketIds), isNull(reports.removedAt)))
        .orderBy(asc(reports.ticketId), asc(reports.id)),
    events: (ticketIds) =>
      db
        // Epoch ms, computed by the server: no Date per event.
        .select(eventColumns(ticketEvents, sql<number>`(extract(epoch from ${ticketEvents.at}) * 1000)::float8`))
        .from(ticketEvents)
        .where(inArray(ticketEvents.ticketId, ticketIds))
        .orderBy(asc(ticketEvents.ticketId), asc(ticketEvents.id)),
  });
}
