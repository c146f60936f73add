// A district on one store: 4 bot processes × 2,000 reports for 3 communities, the due work of the
// same tickets claimed by several processes at once, and one process killed with SIGKILL half-way
// and started again (its messages delivered again). On the PostgreSQL server when one answers
// ($YISHITING_TEST_PG), else on one SQLite file in WAL mode (also several processes on one store).
// Its own script (`npm run test:district`, run by .ci/run): it takes longer than the whole unit suite.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isPgUrl } from '../../src/infra/pg/database-url.js';
import { closeDatabase, openDatabase } from '../../src/infra/db/open-database.js';
import { openPgDatabase } from '../../src/infra/pg/open-pg-database.js';
import { createEmptyServerDatabase, pgServerReachable } from '../helpers/pg-test-database.js';
import { tempDir } from '../infra/db/store-fixture.js';
import { type DistrictProcess, startDistrictProcess } from './district-process.js';

const COMMUNITIES = ['金阳社区', '银河社区', '青松社区'];
const PER_PROCESS = Number(process.env.DISTRICT_REPORTS ?? 2000);
const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-02T01:00:00.000Z');

let cleanups: (() => Promise<void> | void)[] = [];
const running: DistrictProcess[] = [];
afterEach(async () => {
  for (const p of running) p.child.kill('SIGKILL');
  running.length = 0;
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

/** Runs `sql` on the store the workers share and returns the rows. */
async function queryWith(target: string): Promise<(sql: string) => Promise<Record<string, unknown>[]>> {
  if (isPgUrl(target)) {
    const handle = await openPgDatabase(target, { poolSize: 1 });
    cleanups.push(() => handle.close());
    const { sql } = await import('drizzle-orm');
    return async (q) => {
      const r = (await handle.db.execute(sql.raw(q))) as unknown as { rows: Record<string, unknown>[] };
      return r.rows;
    };
  }
  const db = openDatabase(target);
  cleanups.push(() => closeDatabase(db));
  return async (q) => db.$client.prepare(q).all() as Record<string, unknown>[];
}

function start(target: string, i: number, communities: string[]): DistrictProcess {
  const p = startDistrictProcess(target, `account-${i}`, communities);
  running.push(p);
  return p;
}

describe('a district: many bot processes on one store', () => {
  it('4 processes × 2,000 reports for 3 communities: no duplicate tickets, no numbering gaps, every reminder queued once, a SIGKILL loses nothing', async () => {
    let target: string;
    if (await pgServerReachable()) {
      const server = await createEmptyServerDatabase();
      cleanups.push(() => server.drop());
      target = server.url;
    } else {
      const t = tempDir();
      cleanups.push(() => t.cleanup());
      target = join(t.dir, 'district.db');
    }
    // p0–p2: one community each; p3 writes into the first too, and does the due work of all three,
    // so every community's reminders are claimed by two processes at once.
    const serves = [[COMMUNITIES[0]!], [COMMUNITIES[1]!], [COMMUNITIES[2]!], COMMUNITIES];
    const procs = serves.map((c, i) => start(target, i, c));
    // One at a time: the first migrates, the others find the schema ready.
    for (const p of procs) await p.ready;

    const intakeOf = (i: number) => ({ cmd: 'intake', community: COMMUNITIES[i % 3], prefix: `p${i}`, from: 0, to: PER_PROCESS });
    const answers = procs.map((p, i) => p.send(intakeOf(i)));
    // Kill p1 half-way, mid-write.
    await procs[1]!.until(PER_PROCESS / 2);
    procs[1]!.child.kill('SIGKILL');
    await expect(answers[1]).rejects.toThrow('SIGKILL');
    const [a0, , a2, a3] = await Promise.all(answers.map((a) => a.catch(() => null)));
    for (const a of [a0, a2, a3]) expect(a).toMatchObject({ opened: PER_PROCESS, repeat: 0 });
    // Started again, its account's messages are delivered again from the first: what was committed is a repeat.
    const restarted = start(target, 1, serves[1]!);
    procs[1] = restarted;
    await restarted.ready;
    const again = await restarted.send(intakeOf(1));
    expect(again.opened! + again.repeat!).toBe(PER_PROCESS);
    expect(again.repeat).toBeGreaterThanOrEqual(PER_PROCESS / 2);

    const q = await queryWith(target);
    expect(Number((await q('select count(*) as n from reports'))[0]!.n)).toBe(4 * PER_PROCESS);
    expect(Number((await q('select count(distinct source_key) as n from reports'))[0]!.n)).toBe(4 * PER_PROCESS);
    // One ticket per report (each its own building), none twice.
    expect(Number((await q('select count(*) as n from tickets'))[0]!.n)).toBe(4 * PER_PROCESS);
    const numbers = await q('select c.name, t.number from tickets t join communities c on c.id = t.community_id');
    for (const [n, name] of COMMUNITIES.entries()) {
      const mine = numbers.filter((r) => r.name === name).map((r) => Number(r.number));
      const expected = n === 0 ? 2 * PER_PROCESS : PER_PROCESS;
      // Unique and gap-free: exactly 1..count.
      expect(mine.sort((x, y) => x - y)).toEqual(Array.from({ length: expected }, (_, k) => k + 1));
    }

    // 3 hours on, every ticket is past its acknowledge deadline: all four processes run their due
    // work at that moment, together, until nobody has anything left to claim.
    const dueAt = new Date(T0 + 3 * HOUR).toISOString();
    for (let round = 0; round < 5; round++) {
      const replies = await Promise.all(procs.map((p) => p.send({ cmd: 'due', at: dueAt })));
      if (replies.every((r) => r.replies === 0)) break;
    }
    const reminders = await q("select ticket_id, count(*) as n from ticket_events where kind = 'reminder' group by ticket_id");
    expect(reminders).toHaveLength(4 * PER_PROCESS);
    expect(reminders.filter((r) => Number(r.n) !== 1)).toEqual([]);
    // One combined reminder per community's staff group, queued once.
    const queued = await q("select to_room_key, count(*) as n from outbox where text like '%待接单提醒%' group by to_room_key");
    expect(queued.map((r) => Number(r.n))).toEqual([1, 1, 1]);
    // An hour later nothing is due again.
    const later = await Promise.all(procs.map((p) => p.send({ cmd: 'due', at: new Date(T0 + 4 * HOUR).toISOString() })));
    expect(later.map((r) => r.replies)).toEqual([0, 0, 0, 0]);

    for (const p of procs) p.child.stdin.end('{"cmd":"quit"}\n');
    for (const p of procs) expect((await p.exited).code).toBe(0);
  }, 600_000);
});
