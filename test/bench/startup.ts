// npm run bench:startup — wall time and peak RSS of short runs of the built command, beside bare
// node and bare nodejs-jieba (its default dictionary, one cut). Each command runs RUNS times
// (BENCH_RUNS, default 10), interleaved so machine load hits all alike; prints p50/p90 wall time
// and p50 peak RSS. Run after `npm run build`; the first classify run fills the file cache
// (node_modules/.cache/yishiting) and is reported apart as the cold start.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { binNodeFlags } from '../helpers/bin-node-flags.js';

const root = path.resolve(import.meta.dirname, '../..');
// The command as installed: its entry with the node flags of its shebang.
const bin = path.join(root, 'dist/bin.js');
const yishiting = [...binNodeFlags(), bin];
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const scratch = mkdtempSync(path.join(tmpdir(), 'yishiting-startup-'));
// Preloaded into every measured process: its peak RSS (kB) goes to $RSS_FILE at exit.
const REPORT_RSS = `data:text/javascript,${encodeURIComponent(
  "import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.RSS_FILE,String(process.resourceUsage().maxRSS)))",
)}`;

interface Command {
  label: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

const COMMANDS: Command[] = [
  { label: 'node -e 0', args: ['-e', '0'] },
  { label: "nodejs-jieba: import + cut('测试') (full dictionary)", args: ['-e', "require('nodejs-jieba').cut('测试')"] },
  { label: 'yishiting --help', args: [...yishiting, '--help'] },
  { label: 'yishiting classify < /dev/null', args: [...yishiting, 'classify'] },
];

function once(c: Command): { ms: number; rssMb: number } {
  const rssFile = path.join(scratch, 'rss');
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', REPORT_RSS, ...c.args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...c.env, RSS_FILE: rssFile },
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${c.label}: exit ${r.status}`);
  return { ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

try {
  const coldCache = path.join(scratch, 'cold-cache');
  const cold = once({ label: 'cold', args: [...yishiting, 'classify'], env: { YISHITING_CACHE_DIR: coldCache } });
  console.log(`classify with an empty file cache (cold start): ${cold.ms.toFixed(0)} ms, peak RSS ${cold.rssMb.toFixed(0)} MB`);
  once({ label: 'warm-up', args: [...yishiting, 'classify'] }); // fill the default cache
  const results = COMMANDS.map(() => ({ ms: [] as number[], rss: [] as number[] }));
  for (let i = 0; i < RUNS; i++) {
    COMMANDS.forEach((c, k) => {
      const r = once(c);
      results[k]!.ms.push(r.ms);
      results[k]!.rss.push(r.rssMb);
    });
  }
  console.log(`\n${RUNS} runs each, interleaved:`);
  console.log(`${'command'.padEnd(52)} ${'p50 ms'.padStart(8)} ${'p90 ms'.padStart(8)} ${'RSS MB'.padStart(8)}`);
  COMMANDS.forEach((c, k) => {
    const r = results[k]!;
    console.log(
      `${c.label.padEnd(52)} ${pct(r.ms, 50).toFixed(0).padStart(8)} ${pct(r.ms, 90).toFixed(0).padStart(8)} ${pct(r.rss, 50).toFixed(0).padStart(8)}`,
    );
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
