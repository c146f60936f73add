// The ledger reader (台账 and statistics) reads the same rows from either dialect.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSqliteLedgerReader } from '../../../src/infra/db/ledger-queries.js';
import { createSqliteTicketStore } from '../../../src/infra/db/sqlite-ticket-store.js';
import type { LedgerReader } from '../../../src/infra/export/ledger-reader.js';
import type { LedgerRow } from '../../../src/infra/export/ledger-row.js';
import { createPgLedgerReader } from '../../../src/infra/pg/pg-ledger-reader.js';
import { createPgTicketStore } from '../../../src/infra/pg/pg-ticket-store.js';
import { DIALECTS, useDialectDatabase } from '../../helpers/dialect-database.js';
import { buildLedger } from './ledger-fixture.js';

const MARCH = { from: new Date('2025-03-01T00:00:00+08:00'), to: new Date('2025-04-01T00:00:00+08:00') };

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe.each(DIALECTS)('the ledger reader on %s', (dialect) => {
  const db = useDialectDatabase(dialect);
  let reader: LedgerReader;
  beforeEach(async () => {
    const d = db();
    if (d.dialect === 'sqlite') {
      await buildLedger((clock) => createSqliteTicketStore(d.db, { clock }));
      reader = createSqliteLedgerReader(d.db);
    } else {
      await buildLedger((clock) => createPgTicketStore(d.db, { clock }));
      reader = createPgLedgerReader(d.db);
    }
  });

  it('counts the range and its categories, most tickets first', async () => {
    expect(await reader.countTickets(MARCH)).toBe(5);
    expect(await reader.categoriesInRange(MARCH)).toEqual([
      { code: 'lighting', count: 2 },
      { code: 'elevator', count: 1 },
      { code: 'parking', count: 1 },
      { code: 'sanitation', count: 1 },
    ]);
  });

  it('reads ledger rows by first report, each with its first text and timeline', async () => {
    const rows = await collect(reader.ledgerRows(MARCH, 'time'));
    expect(rows.map((r) => [r.number, r.category, r.status, r.rating])).toEqual([
      ['1', 'lighting', 'closed', 5],
      ['2', 'parking', 'closed', 3],
      ['3', 'elevator', 'open', null],
      ['4', 'lighting', 'resolved', null],
      ['5', 'sanitation', 'withdrawn', null],
    ]);
    const first = rows[0] as LedgerRow;
    expect(first).toMatchObject({
      community: '金阳社区',
      building: '3号楼',
      text: '3号楼楼道灯坏了，联系我13812345678',
      assignee: '李网格员',
    });
    expect(first.timeline.map((e) => e.action ?? e.kind)).toEqual(['opened', 'take', 'resolve', 'rate']);
    expect(typeof first.timeline[0]!.at).toBe('number');
    expect(rows[3]!.repeatOf).toBe('1');
  });

  it('groups rows by category in the order of the categories', async () => {
    const rows = await collect(reader.ledgerRows(MARCH, 'category'));
    expect(rows.map((r) => r.number)).toEqual(['1', '4', '3', '2', '5']);
  });

  it('hands statistics the fields they need for every ticket in the range', async () => {
    const stats = await collect(reader.statsTickets(MARCH));
    expect(stats).toHaveLength(5);
    expect(stats[1]).toMatchObject({
      community: '金阳社区',
      category: 'parking',
      status: 'closed',
      rating: 3,
      reopenCount: 0,
      repeatOf: null,
    });
    expect(stats[1]!.resolvedAt).toEqual(new Date('2025-03-08T10:00:00+08:00'));
  });
});
