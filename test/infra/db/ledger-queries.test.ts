// The ledger reader (on both dialects) pages through tickets (1,000 a page, keyset on first report time and
// id): every ticket in the range comes exactly once, in order, with its own text and timeline,
// also when many tickets share a time across a page boundary.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSqliteLedgerReader } from '../../../src/infra/db/ledger-queries.js';
import * as sqliteSchema from '../../../src/infra/db/schema.js';
import type { LedgerReader } from '../../../src/infra/export/ledger-reader.js';
import { createPgLedgerReader } from '../../../src/infra/pg/pg-ledger-reader.js';
import * as pgSchema from '../../../src/infra/pg/pg-schema.js';
import { type DialectDb, DIALECTS, useDialectDatabase } from '../../helpers/dialect-database.js';
import { PG_SETUP_MS } from '../../helpers/pg-test-database.js';

const T0 = Date.parse('2025-01-01T00:00:00Z');
const MINUTE = 60_000;
const N = 2_500;

/** `n` tickets, seven to a minute (ties straddle every page boundary), each with a report and 1–3 events. */
function ticketRows(n: number) {
  const tickets = [];
  const reports = [];
  const events = [];
  // Ids are not in time order: a later id may have reported earlier.
  for (let id = 1; id <= n; id++) {
    const at = new Date(T0 + Math.floor(((id * 37) % n) / 7) * MINUTE);
    const category = id % 3 === 0 ? 'lighting' : 'elevator';
    tickets.push({
      id,
      communityId: 1,
      number: String(id),
      category,
      urgent: false,
      status: 'open' as const,
      reporterCount: 1,
      priority: 1,
      roomKey: 'g1',
      createdAt: at,
      updatedAt: at,
      lastReportAt: at,
      ackDueAt: at,
      dueAt: at,
    });
    reports.push({
      ticketId: id,
      sourceKey: `g1:m${id}`,
      text: `反映${id}`,
      reporterName: '居民',
      reporterKey: '居民',
      roomKey: 'g1',
      at,
      category,
      urgent: false,
      images: [],
    });
    for (let k = 0; k <= id % 3; k++)
      events.push({ ticketId: id, at: new Date(at.getTime() + k), actorName: '居民', kind: 'note', note: `记录${id}-${k}` });
  }
  return { community: { id: 1, name: '金阳社区', lastNumber: n, createdAt: new Date(T0) }, tickets, reports, events };
}

const chunks = <T>(rows: T[]): T[][] => Array.from({ length: Math.ceil(rows.length / 500) }, (_, i) => rows.slice(i * 500, i * 500 + 500));

/** The rows in the dialect's database, and its ledger reader. */
async function ticketsDb(d: DialectDb, n: number): Promise<LedgerReader> {
  const rows = ticketRows(n);
  if (d.dialect === 'sqlite') {
    const s = sqliteSchema;
    d.db.$client.transaction(() => {
      d.db.insert(s.communities).values(rows.community).run();
      for (const c of chunks(rows.tickets)) d.db.insert(s.tickets).values(c).run();
      for (const c of chunks(rows.reports)) d.db.insert(s.reports).values(c).run();
      for (const c of chunks(rows.events)) d.db.insert(s.ticketEvents).values(c).run();
    })();
    return createSqliteLedgerReader(d.db);
  }
  const s = pgSchema;
  await d.db.transaction(async (tx) => {
    await tx.insert(s.communities).values(rows.community);
    for (const c of chunks(rows.tickets)) await tx.insert(s.tickets).values(c);
    for (const c of chunks(rows.reports)) await tx.insert(s.reports).values(c);
    for (const c of chunks(rows.events)) await tx.insert(s.ticketEvents).values(c);
  });
  return createPgLedgerReader(d.db);
}

const range = { from: new Date(T0), to: new Date(T0 + 10_000 * MINUTE) };

async function collect(reader: LedgerReader, order: 'time' | 'category', within = range) {
  const out = [];
  for await (const r of reader.ledgerRows(within, order)) out.push(r);
  return out;
}

describe.each(DIALECTS)('ledger rows on %s', (dialect) => {
  // The tests only read: the tickets are written once.
  const db = useDialectDatabase(dialect, { shared: true });
  let reader: LedgerReader;
  beforeAll(async () => {
    reader = await ticketsDb(db(), N);
  }, PG_SETUP_MS);

  it('yields every ticket once, by first report time then id, across pages with tied times', async () => {
    const got = await collect(reader, 'time');
    expect(got).toHaveLength(2_500);
    const keys = got.map((r) => [r.createdAt.getTime(), Number(r.number)] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    for (const r of got) {
      expect(r.text).toBe(`反映${r.number}`);
      expect(r.timeline.map((e) => e.note)).toEqual(Array.from({ length: (Number(r.number) % 3) + 1 }, (_, k) => `记录${r.number}-${k}`));
      expect(r.timeline[0]!.at).toBe(r.createdAt.getTime());
    }
  });

  it('groups by category (most tickets first) with each group in time order', async () => {
    const got = await collect(reader, 'category');
    expect(got).toHaveLength(2_500);
    const firstLighting = got.findIndex((r) => r.category === 'lighting');
    expect(got.slice(0, firstLighting).every((r) => r.category === 'elevator')).toBe(true);
    expect(got.slice(firstLighting).every((r) => r.category === 'lighting')).toBe(true);
    const byTime = (await collect(reader, 'time')).map((r) => r.number);
    expect(got.map((r) => r.number)).toEqual([...byTime.filter((n) => Number(n) % 3 !== 0), ...byTime.filter((n) => Number(n) % 3 === 0)]);
  });

  it('leaves out tickets outside the range', async () => {
    const narrow = { from: new Date(T0 + 100 * MINUTE), to: new Date(T0 + 200 * MINUTE) };
    const got = await collect(reader, 'time', narrow);
    expect(got).toHaveLength(700);
    expect(got.every((r) => r.createdAt >= narrow.from && r.createdAt < narrow.to)).toBe(true);
  });
});
