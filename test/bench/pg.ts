// npm run bench:pg — intake on PostgreSQL from 1 and from 4 bot processes at once, beside one
// process on an SQLite file, in the same run (each in fresh databases).
//
// Every process is a district worker (test/district/district-worker.ts): its own connections, its
// communities set up, then BENCH_REPORTS reports (default 2,000) through store.intake() one by one,
// each with its acknowledgement queued in the same transaction, a building each (so each opens a
// ticket: the numbering row of the community is taken every time). With 4 processes, processes 0
// and 3 write into the same community (contention on its numbers), 1 and 2 into one each.
// reports/s is all reports over the wall time of the run; p99 is the slowest process's p99.
// PostgreSQL runs with its default durability (synchronous_commit on), as a bot's database does;
// SQLite with the bot's (WAL, synchronous=NORMAL). Needs the PostgreSQL server of $YISHITING_TEST_PG (default postgres://postgres@127.0.0.1:5432/postgres).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startDistrictProcess, type WorkerAnswer } from '../district/district-process.js';
import { createEmptyServerDatabase, pgServerReachable } from '../helpers/pg-test-database.js';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 2000);
const COMMUNITIES = ['金阳社区', '银河社区', '青松社区'];

async function run(target: string, processes: number): Promise<{ perSecond: number; p99: number }> {
  const workers = Array.from({ length: processes }, (_, i) => startDistrictProcess(target, `bench-${i}`, [COMMUNITIES[i % 3]!]));
  for (const w of workers) await w.ready;
  const start = performance.now();
  const answers: WorkerAnswer[] = await Promise.all(
    workers.map((w, i) => w.send({ cmd: 'intake', community: COMMUNITIES[i % 3], prefix: `p${i}`, from: 0, to: REPORTS })),
  );
  const seconds = (performance.now() - start) / 1000;
  for (const w of workers) w.child.stdin.end('{"cmd":"quit"}\n');
  await Promise.all(workers.map((w) => w.exited));
  for (const a of answers) if (a.opened !== REPORTS) throw new Error(`a worker opened ${a.opened} tickets, not ${REPORTS}`);
  return { perSecond: (processes * REPORTS) / seconds, p99: Math.max(...answers.map((a) => a.p99!)) };
}

/** Test databases commit without waiting for the disk; a bot's database waits (PostgreSQL's default). */
async function productionDurability(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`alter database "${new URL(url).pathname.slice(1)}" reset synchronous_commit`);
  } finally {
    await client.end();
  }
}

const line = (label: string, r: { perSecond: number; p99: number }) =>
  process.stdout.write(`  ${label.padEnd(28)} ${r.perSecond.toFixed(0).padStart(6)} reports/s   p99 ${r.p99.toFixed(1)} ms\n`);

if (!(await pgServerReachable())) {
  process.stderr.write('bench:pg needs a PostgreSQL server ($YISHITING_TEST_PG); none answered.\n');
  process.exit(1);
}
process.stdout.write(
  `bench:pg — ${REPORTS} reports per process, ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);
const dir = mkdtempSync(join(tmpdir(), 'yishiting-bench-pg-'));
try {
  line('SQLite, 1 process (baseline)', await run(join(dir, 'bench.db'), 1));
  for (const processes of [1, 4]) {
    const db = await createEmptyServerDatabase();
    try {
      await productionDurability(db.url);
      line(`PostgreSQL, ${processes} process${processes > 1 ? 'es' : ''}`, await run(db.url, processes));
    } finally {
      await db.drop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(
  `  load after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);
