// The ledger source over the database: one light pass for the figures (overall and per category),
// then the writers pull the rows category by category.
import type Database from 'better-sqlite3';
import { createLocalFormatter } from '../../core/local-time.js';
import { createStatsAccumulator, type StatsAccumulator } from '../../core/stats/ticket-stats.js';
import { categoriesInRange, countTickets, iterateLedgerRows, iterateStatsTickets, type LedgerRange } from '../db/ledger-queries.js';
import type { LedgerSource } from './ledger-source.js';

export function createLedgerSource(
  client: Database.Database,
  range: LedgerRange & { label: string },
  categoryName: (code: string) => string,
  timeZone: string,
  now: Date,
): LedgerSource {
  const overall = createStatsAccumulator(now);
  const perCategory = new Map<string, StatsAccumulator>();
  for (const t of iterateStatsTickets(client, range)) {
    overall.add(t);
    let acc = perCategory.get(t.category);
    if (!acc) {
      acc = createStatsAccumulator(now);
      perCategory.set(t.category, acc);
    }
    acc.add(t);
  }
  const categories = categoriesInRange(client, range).map((c) => c.code);
  const formatTime = createLocalFormatter(timeZone);
  return {
    total: countTickets(client, range),
    categories,
    rows: () => iterateLedgerRows(client, range, 'time'),
    rowsByCategory: () => iterateLedgerRows(client, range, 'category'),
    summary: {
      rangeLabel: range.label,
      generatedAt: formatTime(now),
      overall: overall.result(),
      byCategory: new Map(categories.map((c) => [c, perCategory.get(c)!.result()])),
    },
    format: { categoryName, formatTime, now },
  };
}
