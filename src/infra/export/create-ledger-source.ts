// The ledger source over the database: one light pass for the figures (overall and per category),
// then the writers pull the rows category by category.
import { createLocalFormatter } from '../../core/local-time.js';
import { createStatsAccumulator, type StatsAccumulator } from '../../core/stats/ticket-stats.js';
import { categoriesInRange, countTickets, iterateLedgerRows, iterateStatsTickets, type LedgerRange } from '../db/ledger-queries.js';
import type { Db } from '../db/open-database.js';
import type { LedgerSource } from './ledger-source.js';

export function createLedgerSource(
  db: Db,
  range: LedgerRange & { label: string },
  categoryName: (code: string) => string,
  timeZone: string,
  now: Date,
): LedgerSource {
  const overall = createStatsAccumulator(now);
  const perCategory = new Map<string, StatsAccumulator>();
  for (const t of iterateStatsTickets(db, range)) {
    overall.add(t);
    let acc = perCategory.get(t.category);
    if (!acc) {
      acc = createStatsAccumulator(now);
      perCategory.set(t.category, acc);
    }
    acc.add(t);
  }
  const categories = categoriesInRange(db, range).map((c) => c.code);
  const formatTime = createLocalFormatter(timeZone);
  return {
    total: countTickets(db, range),
    categories,
    rows: () => iterateLedgerRows(db, range, 'time'),
    rowsByCategory: () => iterateLedgerRows(db, range, 'category'),
    summary: {
      rangeLabel: range.label,
      generatedAt: formatTime(now),
      overall: overall.result(),
      byCategory: new Map(categories.map((c) => [c, perCategory.get(c)!.result()])),
    },
    format: { categoryName, formatTime, now },
  };
}
