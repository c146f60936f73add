// The SQLite ledger reader pages through tickets (1,000 a page, keyset on first report time and
// id): every ticket in the range comes exactly once, in order, with its own text and timeline,
// also when many tickets share a time across a page boundary.
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteLedgerReader } from '../../../src/infra/db/ledger-queries.js';
import { closeDatabase, openDatabase, type Db } from '../../../src/infra/db/open-database.js';

const T0 = Date.parse('2025-01-01T00:00:00Z');
const MINUTE = 60_000;
let db: Db | null = null;
afterEach(() => {
  if (db) closeDatabase(db);
  db = null;
});

/** `n` tickets, seven to a minute (ties straddle every page boundary), each with a report and 1–3 events. */
function ticketsDb(n: number): Db {
  const d = openDatabase(':memory:');
  const c = d.$client;
  c.prepare(`INSERT INTO communities (id, name, last_number, created_at) VALUES (1, '金阳社区', ?, ?)`).run(n, T0);
  const ticket = c.prepare(`INSERT INTO tickets (id, community_id, number, category, urgent, building, building_key, status, reporter_count,
    priority, room_key, created_at, updated_at, last_report_at, ack_due_at, due_at, reopen_count)
    VALUES (?, 1, ?, ?, 0, NULL, '', 'open', 1, 1, 'g1', ?, ?, ?, ?, ?, 0)`);
  const report =
    c.prepare(`INSERT INTO reports (ticket_id, source_key, text, reporter_name, reporter_key, room_key, at, category, urgent, images)
    VALUES (?, ?, ?, '居民', '居民', 'g1', ?, ?, 0, '[]')`);
  const event = c.prepare(`INSERT INTO ticket_events (ticket_id, at, actor_name, kind, note) VALUES (?, ?, '居民', 'note', ?)`);
  c.transaction(() => {
    // Ids are not in time order: a later id may have reported earlier.
    for (let id = 1; id <= n; id++) {
      const at = T0 + Math.floor(((id * 37) % n) / 7) * MINUTE;
      const category = id % 3 === 0 ? 'lighting' : 'elevator';
      ticket.run(id, String(id), category, at, at, at, at, at);
      report.run(id, `g1:m${id}`, `反映${id}`, at, category);
      for (let k = 0; k <= id % 3; k++) event.run(id, at + k, `记录${id}-${k}`);
    }
  })();
  return d;
}

const range = { from: new Date(T0), to: new Date(T0 + 10_000 * MINUTE) };

async function rows(d: Db, order: 'time' | 'category') {
  const out = [];
  for await (const r of createSqliteLedgerReader(d).ledgerRows(range, order)) out.push(r);
  return out;
}

describe('ledger rows over SQLite', () => {
  it('yields every ticket once, by first report time then id, across pages with tied times', async () => {
    db = ticketsDb(2_500);
    const got = await rows(db, 'time');
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
    db = ticketsDb(2_500);
    const got = await rows(db, 'category');
    expect(got).toHaveLength(2_500);
    const firstLighting = got.findIndex((r) => r.category === 'lighting');
    expect(got.slice(0, firstLighting).every((r) => r.category === 'elevator')).toBe(true);
    expect(got.slice(firstLighting).every((r) => r.category === 'lighting')).toBe(true);
    const byTime = (await rows(db, 'time')).map((r) => r.number);
    expect(got.map((r) => r.number)).toEqual([...byTime.filter((n) => Number(n) % 3 !== 0), ...byTime.filter((n) => Number(n) % 3 === 0)]);
  });

  it('leaves out tickets outside the range', async () => {
    db = ticketsDb(2_500);
    const narrow = { from: new Date(T0 + 100 * MINUTE), to: new Date(T0 + 200 * MINUTE) };
    const got = [];
    for await (const r of createSqliteLedgerReader(db).ledgerRows(narrow, 'time')) got.push(r);
    expect(got).toHaveLength(700);
    expect(got.every((r) => r.createdAt >= narrow.from && r.createdAt < narrow.to)).toBe(true);
  });
});
