import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/infra/db/open-database.js';
import { startWriter, type ChildWriter } from './child-writer.js';
import { tempDir } from './store-fixture.js';

let cleanup = () => {};
let writers: ChildWriter[] = [];
afterEach(() => {
  for (const w of writers) w.child.kill('SIGKILL');
  writers = [];
  cleanup();
});

/** A seeded generator, so that a failing run can be repeated. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('crash safety', () => {
  it('keeps every committed ticket and an intact file when the writer is killed with SIGKILL at random moments', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = join(t.dir, 'crash.db');
    const next = random(20_260_302);
    const printed: string[] = [];

    // Every round's writer is started at once and loads (about a second under tsx) while the rounds
    // before it run; each opens the database only on 'go', once the writer before it was killed,
    // so that every round still opens the file as the last crash left it.
    writers = Array.from({ length: 5 }, (_, round) => startWriter(file, `r${round}`, 'forever', 'closed'));
    for (const writer of writers) {
      await writer.ready;
      writer.child.stdin.write('go\n');
      // Kill after a random number of committed tickets: the process is usually mid-transaction.
      const killAfter = 20 + Math.floor(next() * 150);
      await writer.until((n) => n.length >= killAfter);
      writer.child.kill('SIGKILL');
      const exit = await writer.exited;
      expect(exit.signal).toBe('SIGKILL');
      printed.push(...writer.numbers);
    }

    const db = openDatabase(file);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    const numbers = new Set((db.$client.prepare('select number from tickets').all() as { number: string }[]).map((r) => r.number));
    const missing = printed.filter((n) => !numbers.has(n));
    expect(missing).toEqual([]);
    // Every ticket still has its report and its opened event: no half-written intake survived.
    const orphans = db.$client
      .prepare(
        `select count(*) as n from tickets t where not exists (select 1 from reports r where r.ticket_id = t.id)
           or not exists (select 1 from ticket_events e where e.ticket_id = t.id and e.kind = 'opened')`,
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    // The counter never ran ahead of the tickets: numbers stay gap-free across the crashes.
    const max = Math.max(...[...numbers].map(Number));
    expect(numbers.size).toBe(max);
    expect((db.$client.prepare('select last_number as n from communities').get() as { n: number }).n).toBe(max);
    db.$client.close();
  }, 180_000);
});
