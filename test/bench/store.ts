// npm run bench:store — intake throughput and latency of the SQLite ticket store.
//
// A database file is filled with 100,000 tickets (a year of history across 5 communities, most of
// them closed, some still open), then 50,000 new reports go through store.intake() one by one, with
// the duplicate lookup, a realistic category/building mix (some merge into open tickets) and the
// clock advancing ~40 s per report. The same run is made with the chosen durability setting
// (WAL + synchronous=NORMAL) and with the alternative (WAL + synchronous=FULL), on identical
// copies of the filled file, and the figures are printed side by side. SQLite checkpoints the WAL
// itself, inside the commit that passes 1,000 pages (about 48 reports with their
// acknowledgements): those commits make the max column.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildingKey } from '../../src/core/tickets/building-key.js';
import type { IntakePolicy, ReportInput } from '../../src/core/tickets/ticket-store.js';
import { loadDeadlines } from '../../src/infra/db/load-deadlines.js';
import { closeDatabase, openDatabase, type OpenDatabaseOptions } from '../../src/infra/db/open-database.js';
import { createSqliteTicketStore } from '../../src/infra/db/sqlite-ticket-store.js';
import { seededRandom } from '../../src/core/seeded-random.js';

const EXISTING = Number(process.env.BENCH_EXISTING ?? 100_000);
const REPORTS = Number(process.env.BENCH_REPORTS ?? 50_000);
const COMMUNITIES = 5;
const START = new Date('2026-03-01T00:00:00Z').getTime();
const HOUR = 3_600_000;

// Category weights roughly as in community hotline statistics.
const CATEGORIES: [string, number][] = [
  ['property_service', 14],
  ['sanitation', 12],
  ['parking', 10],
  ['lighting', 9],
  ['nuisance', 8],
  ['water_leak', 7],
  ['drainage', 6],
  ['elevator', 5],
  ['road', 5],
  ['ev_charging', 4],
  ['water_supply', 4],
  ['greenery', 3],
  ['security', 3],
  ['heating', 3],
  ['street_order', 2],
  ['power', 2],
  ['dispute', 2],
  ['gas', 1],
  ['care_service', 1],
  ['admin_service', 1],
  ['other', 2],
];
const TOTAL_WEIGHT = CATEGORIES.reduce((s, [, w]) => s + w, 0);

function pickCategory(r: number): string {
  let x = r * TOTAL_WEIGHT;
  for (const [code, w] of CATEGORIES) {
    x -= w;
    if (x < 0) return code;
  }
  return 'other';
}

/** 80 buildings per community, written in different ways; some reports name none. */
function pickBuilding(next: () => number): string | null {
  if (next() < 0.15) return null;
  const n = 1 + Math.floor(next() ** 1.3 * 80); // some buildings complain more
  const style = next();
  return style < 0.6 ? `${n}号楼` : style < 0.85 ? `${n}栋` : `${n}#楼`;
}

/** Fills the file with `count` tickets of past history in one transaction (bulk load, not timed). */
function fill(file: string, count: number): void {
  const db = openDatabase(file);
  const c = db.$client;
  const next = seededRandom(1);
  const statuses = ['closed', 'closed', 'closed', 'closed', 'closed', 'closed', 'unresolved', 'referred', 'duplicate', 'withdrawn'];
  c.transaction(() => {
    for (let i = 1; i <= COMMUNITIES; i++) {
      c.prepare('insert into communities (name, last_number, created_at) values (?, 0, ?)').run(`社区${i}`, START - 400 * 24 * HOUR);
    }
    const ticket = c.prepare(
      `insert into tickets (community_id, number, category, urgent, building, building_key, status, reporter_count, priority,
         room_key, created_at, updated_at, last_report_at, ack_due_at, due_at, resolved_at, closed_at, rating)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const report = c.prepare(
      `insert into reports (ticket_id, source_key, text, reporter_name, reporter_key, room_key, at, category, urgent, building, images)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]')`,
    );
    const event = c.prepare(`insert into ticket_events (ticket_id, at, actor_name, kind, to_status) values (?, ?, ?, 'opened', 'open')`);
    const bump = c.prepare('update communities set last_number = last_number + 1 where id = ? returning last_number as n');
    for (let i = 0; i < count; i++) {
      const community = 1 + (i % COMMUNITIES);
      const category = pickCategory(next());
      const building = pickBuilding(next);
      // History over the year before START; the most recent 2% are still being worked on.
      const age = i >= count * 0.98 ? next() * 48 * HOUR : (12 + next() * 8_700) * HOUR;
      const at = START - age;
      const recent = i >= count * 0.98;
      const status = recent
        ? (['open', 'assigned', 'in_progress', 'resolved'] as const)[Math.floor(next() * 4)]!
        : statuses[Math.floor(next() * statuses.length)]!;
      const n = (bump.get(community) as { n: number }).n;
      const closed = ['closed', 'unresolved', 'referred', 'duplicate', 'withdrawn'].includes(status) ? at + 48 * HOUR : null;
      const id = ticket.run(
        community,
        String(n),
        category,
        0,
        building,
        buildingKey(building) ?? '',
        status,
        1,
        1,
        `g${community}`,
        at,
        at,
        at,
        at + 2 * HOUR,
        at + 72 * HOUR,
        status === 'resolved' || status === 'closed' ? at + 40 * HOUR : null,
        closed,
        status === 'closed' ? 4 : null,
      ).lastInsertRowid;
      report.run(
        id,
        `seed:${i}`,
        `${building ?? '小区里'}的问题需要处理`,
        `居民${i % 3000}`,
        `居民${i % 3000}`,
        `g${community}`,
        at,
        category,
        0,
        building,
      );
      event.run(id, at, `居民${i % 3000}`);
    }
  })();
  c.pragma('wal_checkpoint(TRUNCATE)');
  c.close();
}

function makeReports(count: number): ReportInput[] {
  const next = seededRandom(2);
  const out: ReportInput[] = [];
  for (let i = 0; i < count; i++) {
    const community = 1 + Math.floor(next() * COMMUNITIES);
    const resident = Math.floor(next() * 4000);
    out.push({
      communityId: community,
      roomKey: `g${community}`,
      messageId: `bench-${i}`,
      text: '楼道灯又坏了，晚上黑漆漆的很不安全，麻烦尽快来修一下',
      reporterName: `居民${resident}`,
      reporterKey: `居民${resident}`,
      at: new Date(START + i * 40_000),
      category: pickCategory(next()),
      urgent: next() < 0.01,
      building: pickBuilding(next),
    });
  }
  return out;
}

interface Figures {
  label: string;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  opened: number;
  merged: number;
  /** CPU time of the whole process (both threads) per report: what the figures cost apart from waiting for other programs. */
  cpuMicros: number;
}

async function run(
  label: string,
  file: string,
  options: OpenDatabaseOptions,
  reports: ReportInput[],
  policy: IntakePolicy,
): Promise<Figures> {
  const db = openDatabase(file, options);
  const store = createSqliteTicketStore(db);
  const latencies = new Float64Array(reports.length);
  let opened = 0;
  let merged = 0;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < reports.length; i++) {
    const t0 = process.hrtime.bigint();
    const r = await store.intake(reports[i]!, policy);
    latencies[i] = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.kind === 'opened') opened++;
    else if (r.kind === 'merged') merged++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  closeDatabase(db);
  latencies.sort();
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return {
    label,
    perSecond: reports.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies[latencies.length - 1]!,
    opened,
    merged,
    cpuMicros: (used.user + used.system) / reports.length,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-bench-'));
  try {
    const policy: IntakePolicy = { mergeWindowHours: 72, deadlines: loadDeadlines('rules') };
    // BENCH_BASE=file keeps the filled database between runs (filled on first use).
    const base = process.env.BENCH_BASE ?? join(dir, 'base.db');
    if (!existsSync(base)) {
      process.stderr.write(`filling a database with ${EXISTING.toLocaleString('en')} tickets…\n`);
      const t0 = Date.now();
      fill(base, EXISTING);
      process.stderr.write(`filled in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    }
    const reports = makeReports(REPORTS);

    // Warm up the JIT and the code paths on a scratch copy so that neither measured run pays for it.
    copyFileSync(base, join(dir, 'warm.db'));
    await run('warm-up', join(dir, 'warm.db'), {}, reports.slice(0, 2_000), policy);
    rmSync(join(dir, 'warm.db'), { force: true });

    const settings: [string, OpenDatabaseOptions][] = [
      ['WAL, synchronous=NORMAL (chosen)', { synchronous: 'NORMAL' }],
      ['WAL, synchronous=FULL (alternative)', { synchronous: 'FULL' }],
    ];
    const results: Figures[] = [];
    for (const [i, [label, options]] of settings.entries()) {
      const file = join(dir, `run${i}.db`);
      copyFileSync(base, file);
      process.stderr.write(`intake of ${REPORTS.toLocaleString('en')} reports, ${label}…\n`);
      results.push(await run(label, file, options, reports, policy));
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    }

    const rss = process.memoryUsage().rss / 1024 / 1024;
    const rows = [
      ['setting', 'reports/s', 'p50 ms', 'p99 ms', 'max ms', 'CPU µs/report', 'opened', 'merged'],
      ...results.map((r) => [
        r.label,
        r.perSecond.toFixed(0),
        r.p50.toFixed(3),
        r.p99.toFixed(3),
        r.max.toFixed(1),
        r.cpuMicros.toFixed(0),
        String(r.opened),
        String(r.merged),
      ]),
    ];
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    console.log(
      `\nstore intake: ${REPORTS.toLocaleString('en')} reports into a database already holding ${EXISTING.toLocaleString('en')} tickets`,
    );
    for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
    const chosen = results[0]!;
    console.log(
      `\ntarget (chosen setting): >= 2000 reports/s and p99 <= 10 ms -> ${chosen.perSecond >= 2000 && chosen.p99 <= 10 ? 'met' : 'NOT met'}`,
    );
    console.log(
      `RSS after the runs: ${rss.toFixed(0)} MB; load average during the runs: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} on ${cpus().length} CPUs`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
