// What the ledger (台账) and the statistics read from a store, asynchronously so that a PostgreSQL
// store can implement it as well as SQLite (src/infra/db/ledger-queries.ts).
import type { StatsTicket } from '../../core/stats/ticket-stats.js';
import type { LedgerRow } from './ledger-row.js';

/** Tickets whose first report falls in [from, to). */
export interface LedgerRange {
  from: Date;
  to: Date;
}

export interface LedgerReader {
  /** Number of tickets in the range (for progress output). */
  countTickets(range: LedgerRange): Promise<number>;
  /** Categories present in the range with their ticket counts, most tickets first. */
  categoriesInRange(range: LedgerRange): Promise<{ code: string; count: number }[]>;
  /** The fields statistics need, one ticket at a time. */
  statsTickets(range: LedgerRange): AsyncIterable<StatsTicket & { community: string }>;
  /** Ledger rows by first report time, or grouped by category in categoriesInRange's order. */
  ledgerRows(range: LedgerRange, order: 'time' | 'category'): AsyncIterable<LedgerRow>;
}
