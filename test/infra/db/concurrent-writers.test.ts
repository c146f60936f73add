import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/infra/db/open-database.js';
import { createSqliteTicketStore } from '../../../src/infra/db/sqlite-ticket-store.js';
import { startWriter, type ChildWriter } from './child-writer.js';
import { tempDir } from './store-fixture.js';

let cleanup = () => {};
let writers: ChildWriter[] = [];
afterEach(() => {
  for (const w of writers) w.child.kill('SIGKILL');
  writers = [];
  cleanup();
});

describe('ticket numbers under two processes writing one database file', () => {
  it('hands out unique, gap-free numbers when two processes open tickets at the same time', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = join(t.dir, 'shared.db');
    const db = openDatabase(file);
    const community = await createSqliteTicketStore(db).ensureCommunity('金阳社区');
    db.$client.close();

    const perWriter = 200;
    writers = [startWriter(file, 'a', perWriter, 'opened'), startWriter(file, 'b', perWriter, 'opened')];
    await Promise.all(writers.map((w) => w.ready));
    for (const w of writers) w.child.stdin.write('go\n');
    const results = await Promise.all(writers.map((w) => w.exited));
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });

    const [a, b] = writers.map((w) => w.numbers.map(Number));
    // Both really wrote while the other did: their numbers interleave.
    expect(Math.min(...a!)).toBeLessThan(Math.max(...b!));
    expect(Math.min(...b!)).toBeLessThan(Math.max(...a!));
    const all = [...a!, ...b!].sort((x, y) => x - y);
    expect(all).toEqual(Array.from({ length: 2 * perWriter }, (_, i) => i + 1));

    const check = openDatabase(file);
    const rows = check.$client.prepare('select number from tickets where community_id = ? order by id').all(community.id) as {
      number: string;
    }[];
    expect(rows.map((r) => Number(r.number)).sort((x, y) => x - y)).toEqual(all);
    check.$client.close();
  }, 180_000);
});
