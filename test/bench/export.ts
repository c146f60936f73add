// npm run bench:export — the ledger export at scale: a database with 100,000 tickets and their
// timelines (~6 events each) is exported to xlsx and csv; time and peak RSS are printed beside a
// baseline that only iterates the same rows (the query alone). Targets for xlsx: ≤ 30 s, ≤ 600 MB.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalFormatter } from '../../src/core/local-time.js';
import { createSqliteLedgerReader } from '../../src/infra/db/ledger-queries.js';
import { closeDatabase, openDatabase, type Db } from '../../src/infra/db/open-database.js';
import { createLedgerSource } from '../../src/infra/export/create-ledger-source.js';
import { ledgerCells } from '../../src/infra/export/ledger-columns.js';
import { writeLedgerCsv } from '../../src/infra/export/write-ledger-csv.js';
import { writeLedgerXlsx } from '../../src/infra/export/write-ledger-xlsx.js';
import { loadCategoryNames } from '../../src/cli/ledger-args.js';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);
const TZ = 'Asia/Shanghai';
const HOUR = 3_600_000;
const CATEGORIES = [
  'lighting',
  'water_leak',
  'drainage',
  'water_supply',
  'power',
  'gas',
  'heating',
  'elevator',
  'ev_charging',
  'sanitation',
  'greenery',
  'road',
  'parking',
  'nuisance',
  'street_order',
  'security',
  'property_service',
  'dispute',
  'care_service',
  'admin_service',
  'other',
];
const TEXTS = [
  '楼道灯坏了好几天了，晚上上下楼很危险',
  '楼上漏水漏到我家卫生间，联系电话13812345678',
  '下水道堵了，污水返到地面',
  '小区门口乱停车，消防通道被堵',
  '充电桩太少，电动车没地方充电',
  '垃圾桶满了没人清运，味道很大',
  '电梯异响，坐着心里发慌',
];

/** Deterministic pseudo-random numbers so every run builds the same database. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function buildDatabase(file: string): Db {
  const db = openDatabase(file);
  const c = db.$client;
  const t0 = new Date('2025-01-01T08:00:00+08:00').getTime();
  const rand = rng(42);
  c.transaction(() => {
    c.prepare(`INSERT INTO communities (id, name, last_number, created_at) VALUES (1, '金阳社区', ?, ?)`).run(TICKETS, t0);
    const person = c.prepare(
      `INSERT INTO people (id, community_id, remark, name, role, covers, active, created_at, updated_at) VALUES (?, 1, ?, ?, 'worker', '["*"]', 1, ?, ?)`,
    );
    for (let i = 1; i <= 20; i++) person.run(i, `网格员${i}`, `网格员${i}`, t0, t0);
    const ticket =
      c.prepare(`INSERT INTO tickets (id, community_id, number, category, urgent, building, building_key, status, reporter_count, priority,
        assignee_id, assignee_name, room_key, created_at, updated_at, last_report_at, ack_due_at, due_at, acknowledged_at, resolved_at, closed_at,
        rating, repeat_of, reopen_count)
      VALUES (?, 1, ?, ?, 0, ?, ?, ?, ?, 1, ?, ?, 'g1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`);
    const report =
      c.prepare(`INSERT INTO reports (ticket_id, source_key, text, reporter_name, reporter_key, room_key, at, category, urgent, building, images)
      VALUES (?, ?, ?, ?, ?, 'g1', ?, ?, 0, ?, '[]')`);
    const event = c.prepare(
      `INSERT INTO ticket_events (ticket_id, at, actor_name, actor_id, kind, action, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let id = 1; id <= TICKETS; id++) {
      const created = t0 + Math.floor((id / TICKETS) * 330 * 24 * HOUR);
      const category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!;
      const b = `${1 + Math.floor(rand() * 40)}号楼`;
      const worker = 1 + Math.floor(rand() * 20);
      const took = created + Math.floor(rand() * 3 * HOUR);
      const resolved = took + Math.floor(rand() * 6 * 24 * HOUR);
      const due = created + 3 * 24 * HOUR;
      const r = rand();
      const status = r < 0.7 ? 'closed' : r < 0.8 ? 'resolved' : r < 0.9 ? 'in_progress' : 'open';
      const done = status === 'closed' || status === 'resolved';
      const rating = status === 'closed' && rand() < 0.7 ? 1 + Math.floor(rand() * 5) : null;
      const text = TEXTS[id % TEXTS.length]!;
      ticket.run(
        id,
        String(id),
        category,
        b,
        b,
        status,
        1 + Math.floor(rand() * 3),
        status === 'open' ? null : worker,
        status === 'open' ? null : `网格员${worker}`,
        created,
        done ? resolved : took,
        created,
        created + 2 * HOUR,
        due,
        status === 'open' ? null : took,
        done ? resolved : null,
        status === 'closed' ? resolved + HOUR : null,
        rating,
        rand() < 0.03 ? String(Math.max(1, id - 500)) : null,
      );
      report.run(id, `g1:m${id}`, text, '居民', `居民${id % 5000}`, created, category, b);
      event.run(id, created, '居民', null, 'opened', null, null, 'open', null);
      if (status === 'open') continue;
      event.run(id, took, `网格员${worker}`, worker, 'status', 'take', 'open', 'in_progress', null);
      event.run(id, took + HOUR, `网格员${worker}`, worker, 'note', 'note', null, null, '已联系物业，明天上门处理');
      if (resolved > due) event.run(id, due, '系统', null, 'escalation', null, null, null, '超过办结时限，督办');
      if (!done) continue;
      event.run(
        id,
        resolved,
        `网格员${worker}`,
        worker,
        'status',
        'resolve',
        'in_progress',
        'resolved',
        '已处理完毕，业主电话 139 8765 4321',
      );
      if (rating !== null) event.run(id, resolved + HOUR, '居民', null, 'rating', 'rate', 'resolved', 'closed', `评价 ${rating} 分`);
    }
  })();
  return db;
}

interface Phase {
  name: string;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  note: string;
}

/** Runs `fn`, sampling RSS every 20 ms (and whenever `sample` is called) for the phase's peak. */
async function measure(name: string, fn: (sample: () => void) => Promise<string>): Promise<Phase> {
  global.gc?.();
  let peak = process.memoryUsage.rss();
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, 20);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const note = await fn(sample);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  clearInterval(timer);
  sample();
  return { name, seconds, cpuSeconds, peakRssMb: peak / 2 ** 20, note };
}

const dir = mkdtempSync(join(tmpdir(), 'yishiting-bench-export-'));
try {
  const buildStart = performance.now();
  const db = buildDatabase(join(dir, 'bench.db'));
  const events = db.$client.prepare('SELECT count(*) FROM ticket_events').pluck().get() as number;
  console.log(
    `database: ${TICKETS} tickets, ${events} timeline events, built in ${((performance.now() - buildStart) / 1000).toFixed(1)} s`,
  );

  const range = { from: new Date('2024-12-31T16:00:00Z'), to: new Date('2026-01-01T00:00:00Z'), label: '2025-01-01 至 2025-12-31' };
  const names = loadCategoryNames('rules');
  const categoryName = (code: string) => names.get(code) ?? code;
  const now = new Date('2026-01-01T00:00:00Z');
  const phases: Phase[] = [];

  phases.push(
    await measure('baseline: iterate rows', async (sample) => {
      let n = 0;
      for await (const _ of createSqliteLedgerReader(db).ledgerRows(range, 'time')) if (++n % 1000 === 0) sample();
      return `${n} rows`;
    }),
  );
  phases.push(
    await measure('baseline: rows → cells', async (sample) => {
      const format = { categoryName, formatTime: createLocalFormatter(TZ), now };
      let n = 0;
      for await (const row of createSqliteLedgerReader(db).ledgerRows(range, 'time')) {
        ledgerCells(row, format);
        if (++n % 1000 === 0) sample();
      }
      return `${n} rows`;
    }),
  );
  for (const format of ['csv', 'xlsx'] as const) {
    phases.push(
      await measure(`export ${format}`, async (sample) => {
        const out = join(dir, `ledger.${format}`);
        const source = await createLedgerSource(createSqliteLedgerReader(db), range, categoryName, TZ, now);
        await (format === 'xlsx' ? writeLedgerXlsx : writeLedgerCsv)(out, source, sample);
        return `${source.total} rows, ${(statSync(out).size / 2 ** 20).toFixed(1)} MB file`;
      }),
    );
  }
  closeDatabase(db);

  console.log('');
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} CPUs (wall time suffers when others use the CPU; CPU time does not)`,
  );
  console.log('phase                       wall (s)   CPU (s)   peak RSS (MB)');
  for (const p of phases) {
    console.log(
      `${p.name.padEnd(28)}${p.seconds.toFixed(2).padStart(8)}   ${p.cpuSeconds.toFixed(2).padStart(7)}   ${p.peakRssMb.toFixed(0).padStart(13)}   ${p.note}`,
    );
  }
  const xlsx = phases.find((p) => p.name === 'export xlsx')!;
  console.log('');
  console.log(
    `xlsx target ≤ 30 s and ≤ 600 MB: ${xlsx.seconds <= 30 && xlsx.peakRssMb <= 600 ? 'met' : 'NOT met'}` +
      ` (process max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`,
  );
} finally {
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(dir);
}
