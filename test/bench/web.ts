// npm run bench:web — dashboard latency on a database of 100,000 tickets (in-process app.request,
// so the figures are the handler's: routing, session and roster check, store queries, HTML):
// the 工单 list (default view, a filtered search, a deep page) and the ticket page, p50/p99,
// beside a bare Hono handler in the same run. Target: list p99 ≤ 100 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { loadRuleSet } from '../../src/app/load-rule-set.js';
import { createConfig } from '../../src/config.js';
import type { Deps } from '../../src/core/deps.js';
import { STATUS_CODES } from '../../src/core/tickets/lifecycle.js';
import { createSqliteLedgerReader } from '../../src/infra/db/ledger-queries.js';
import { closeDatabase, openDatabase, type Db } from '../../src/infra/db/open-database.js';
import { createSqliteTicketStore } from '../../src/infra/db/sqlite-ticket-store.js';
import { createSqliteWebAuthStore } from '../../src/infra/db/sqlite-web-auth-store.js';
import { createWebApp } from '../../src/web/create-web-app.js';
import { createLoginLink } from '../../src/web/login-link.js';
import { openLinkIn } from '../helpers/web-harness.js';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const HOUR = 3_600_000;
const CATEGORIES = [
  'lighting',
  'water_leak',
  'drainage',
  'water_supply',
  'power',
  'gas',
  'elevator',
  'sanitation',
  'parking',
  'nuisance',
  'other',
];
const TEXTS = [
  '楼道灯坏了好几天了，晚上上下楼很危险',
  '楼上漏水漏到我家卫生间',
  '下水道堵了，污水返到地面',
  '小区门口乱停车，消防通道被堵',
  '垃圾桶满了没人清运',
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** 100k tickets over a year, 20% still active, each with a report and a few timeline events. */
function buildDatabase(file: string, now: number): Db {
  const db = openDatabase(file);
  const c = db.$client;
  const t0 = now - 365 * 24 * HOUR;
  const rand = rng(7);
  c.transaction(() => {
    c.prepare(`INSERT INTO communities (id, name, last_number, created_at) VALUES (1, '金阳社区', ?, ?)`).run(TICKETS, t0);
    const person = c.prepare(
      `INSERT INTO people (id, community_id, remark, name, role, covers, active, created_at, updated_at) VALUES (?, 1, ?, ?, ?, '["*"]', 1, ?, ?)`,
    );
    for (let i = 1; i <= 20; i++) person.run(i, `网格员${i}`, `网格员${i}`, i === 1 ? 'admin' : 'worker', t0, t0);
    const ticket =
      c.prepare(`INSERT INTO tickets (id, community_id, number, category, urgent, building, building_key, status, reporter_count, priority,
        assignee_id, assignee_name, room_key, created_at, updated_at, last_report_at, ack_due_at, due_at, acknowledged_at, resolved_at, closed_at, reopen_count)
      VALUES (?, 1, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 'g1', ?, ?, ?, ?, ?, ?, ?, ?, 0)`);
    const report =
      c.prepare(`INSERT INTO reports (ticket_id, source_key, text, reporter_name, reporter_key, room_key, at, category, urgent, building, images)
      VALUES (?, ?, ?, '居民', ?, 'g1', ?, ?, 0, ?, '[]')`);
    const event = c.prepare(
      `INSERT INTO ticket_events (ticket_id, at, actor_name, actor_id, kind, action, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let id = 1; id <= TICKETS; id++) {
      const created = t0 + Math.floor((id / TICKETS) * 364 * 24 * HOUR);
      const category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!;
      const b = `${1 + Math.floor(rand() * 40)}号楼`;
      const worker = 1 + Math.floor(rand() * 20);
      const r = rand();
      const status = r < 0.8 ? 'closed' : r < 0.9 ? 'in_progress' : 'open';
      const urgent = rand() < 0.05 ? 1 : 0;
      const took = created + HOUR;
      ticket.run(
        id,
        String(id),
        category,
        urgent,
        b,
        b,
        status,
        urgent ? 10 : 1,
        status === 'open' ? null : worker,
        status === 'open' ? null : `网格员${worker}`,
        created,
        took,
        created,
        created + 2 * HOUR,
        created + 72 * HOUR,
        status === 'open' ? null : took,
        status === 'closed' ? took + HOUR : null,
        status === 'closed' ? took + 2 * HOUR : null,
      );
      report.run(id, `g1:m${id}`, TEXTS[id % TEXTS.length]!, `居民${id % 5000}`, created, category, b);
      event.run(id, created, '居民', null, 'opened', null, null, 'open', null);
      if (status !== 'open') event.run(id, took, `网格员${worker}`, worker, 'status', 'take', 'open', 'in_progress', null);
      if (status === 'closed')
        event.run(id, took + HOUR, `网格员${worker}`, worker, 'status', 'resolve', 'in_progress', 'resolved', '已处理完毕');
    }
  })();
  return db;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(name: string, request: (i: number) => Promise<Response>): Promise<void> {
  for (let i = 0; i < 10; i++) await (await request(i)).arrayBuffer();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const res = await request(i);
    await res.arrayBuffer();
    ms.push(performance.now() - start);
    if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status}`);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(34)} p50 ${percentile(ms, 50).toFixed(2).padStart(7)} ms   p99 ${percentile(ms, 99).toFixed(2).padStart(7)} ms`,
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-bench-web-'));
  const now = new Date('2026-11-26T02:00:00Z');
  try {
    const built = performance.now();
    const db = buildDatabase(join(dir, 'bench.db'), now.getTime());
    console.log(
      `bench:web — ${TICKETS} tickets built in ${((performance.now() - built) / 1000).toFixed(1)} s; ${RUNS} requests per row; ${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(2)}`,
    );
    const config = createConfig({
      communities: [
        {
          name: '金阳社区',
          groups: [{ topic: '金阳花园业主群', role: 'residents' }],
          staff: [{ remark: '网格员1', name: '网格员1', role: 'admin' }],
        },
      ],
    });
    const store = createSqliteTicketStore(db);
    const logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => logger };
    const deps: Deps = { clock: () => now, store, config, logger, startedAt: now, botName: '社区小助手', ...loadRuleSet('rules') };
    const auth = createSqliteWebAuthStore(db);
    const app = createWebApp({ deps, auth, ledger: createSqliteLedgerReader(db), rulesDir: 'rules', enqueue: async () => undefined });
    const link = new URL(await createLoginLink(auth, (await store.getPerson(1))!, 'http://x', now)).pathname;
    // The link's confirmation page, then its button (a GET never signs in).
    const signedIn = await openLinkIn(app, link);
    const cookie = /yst_session=[^;]+/.exec(signedIn.headers.get('set-cookie') ?? '')![0];
    const get = (path: string) => app.request(path, { headers: { cookie } });

    const bare = new Hono().get('/', (c) => c.text('ok'));
    await time('bare Hono handler', async () => bare.request('/'));
    await time('工单 list (default: 20k active)', async () => get('/'));
    await time('工单 list (category + search)', async () => get(`/?category=lighting&q=${encodeURIComponent('楼道灯')}`));
    await time('工单 list (all statuses, page 1000)', async () => get('/?status=all&sort=opened&page=1000'));
    // The same page as the pager's 下一页 link reaches it: a keyset cursor, no offset.
    const [cursor] = await store.listTickets({
      communityId: 1,
      statuses: [...STATUS_CODES],
      order: 'opened',
      offset: 999 * 50 - 1,
      limit: 1,
    });
    await time('工单 list (page 1000 by 下一页 cursor)', async () => get(`/?status=all&sort=opened&page=1000&after=${cursor!.id}`));
    await time('ticket page', async (i) => get(`/tickets/${1 + ((i * 7919) % TICKETS)}`));
    await time('GET /api/tickets (active)', async () => get('/api/tickets'));
    const [apiCursor] = await store.listTickets({ communityId: 1, offset: 199, limit: 1 });
    await time('GET /api/tickets?limit=200 (a page)', async () => get(`/api/tickets?limit=200&after=${apiCursor!.id}`));
    await store.close();
    closeDatabase(db);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
