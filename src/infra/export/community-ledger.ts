// The ledger reader narrowed to one community: the dashboard's 台账 for one community, and
// `yishiting export/stats --community` (without it they cover every community: a district report).
import type { LedgerReader } from './ledger-reader.js';

export function communityLedger(reader: LedgerReader, community: string): LedgerReader {
  const statsTickets: LedgerReader['statsTickets'] = async function* (range) {
    for await (const t of reader.statsTickets(range)) if (t.community === community) yield t;
  };
  return {
    statsTickets,
    async countTickets(range) {
      let n = 0;
      for await (const _ of statsTickets(range)) n++;
      return n;
    },
    async categoriesInRange(range) {
      const counts = new Map<string, number>();
      for await (const t of statsTickets(range)) counts.set(t.category, (counts.get(t.category) ?? 0) + 1);
      return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
    },
    async *ledgerRows(range, order) {
      for await (const row of reader.ledgerRows(range, order)) if (row.community === community) yield row;
    },
  };
}
