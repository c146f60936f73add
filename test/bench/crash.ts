// npm run bench:crash — issue #8 §3, the durable acknowledgement: a bot process taking in reports
// is killed with SIGKILL at random moments (BENCH_KILLS, default 50) and restarted where it stopped,
// with the message in flight delivered again. Prints, for the acknowledgement queued in the
// intake's transaction (current) and queued after it (legacy, as before), how many reports lost
// their acknowledgement (neither sent nor waiting in the outbox) and how many sends were repeats.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crashIntake, type CrashFigures } from '../helpers/crash-intake.js';

const KILLS = Number(process.env.BENCH_KILLS ?? 50);
const SEED = Number(process.env.BENCH_SEED ?? 20_261_201);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-crash-'));
  try {
    const rows: [string, CrashFigures, number][] = [];
    for (const [label, legacy] of [
      ['queued in the intake transaction (current)', false],
      ['queued after the intake transaction (legacy)', true],
    ] as const) {
      if (process.env.BENCH_ONLY === 'current' && legacy) continue;
      process.stderr.write(`${KILLS} kills, acknowledgement ${label}…\n`);
      const started = Date.now();
      const figures = await crashIntake({ file: join(dir, `${legacy ? 'legacy' : 'current'}.db`), kills: KILLS, seed: SEED, legacy });
      rows.push([label, figures, (Date.now() - started) / 1000]);
    }
    console.log(`\nSIGKILL during intake, ${KILLS} times (seed ${SEED})`);
    const table = [
      ['acknowledgement', 'reports', 'lost acks', 'duplicate sends', 'max dup/crash', 'sends', 'seconds'],
      ...rows.map(([label, f, s]) => [
        label,
        String(f.reports),
        String(f.lost),
        String(f.duplicateSends),
        String(f.maxDuplicatesPerCrash),
        String(f.sends),
        s.toFixed(0),
      ]),
    ];
    const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
    for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
    const current = rows[0]![1];
    const met = current.lost === 0 && current.maxDuplicatesPerCrash <= 1;
    console.log(`\ntarget (current): 0 lost, at most one duplicate send per crash -> ${met ? 'met' : 'NOT met'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
