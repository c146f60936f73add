// The ledger source over the database: one light pass for the figures (overall and per category),
// then the writers pull the rows category by category.
import { createLocalFormatter } from '../../core/local-time.js';
import { createStatsAccumulator, type StatsAccumulator } from '../../core/stats/ticket-stats.js';
import type { LedgerRange, LedgerReader } from './ledger-reader.js';
import type { LedgerSource } from './ledger-source.js';

export async function createLedgerSource(
  reader: LedgerReader,
  range: LedgerRange & { label: string },
  categoryName: (code: string) => string,
  timeZone: string,
  now: Date,
): Promise<LedgerSource> {
  const overall = createStatsAccumulator(now);
  const perCategory = new Map<string, StatsAccumulator>();
  for await (const t of reader.statsTickets(range)) {
    overall.add(t);
    let acc = perCategory.get(t.category);
    if (!acc) {
      acc = createStatsAccumulator(now);
      perCategory.set(t.category, acc);
    }
    acc.add(t);
  }
  const categories = (await reader.categoriesInRange(range)).map((c) => c.code);
  const formatTime = createLocalFormatter(timeZone);
  return {
    total: await reader.countTickets(range),
    categories,
    rows: () => reader.ledgerRows(range, 'time'),
    rowsByCategory: () => reader.ledgerRows(range, 'category'),
    summary: {
      rangeLabel: range.label,
      generatedAt: formatTime(now),
      overall: overall.result(),
      byCategory: new Map(categories.map((c) => [c, perCategory.get(c)!.result()])),
    },
    format: { categoryName, formatTime, now },
  };
}
