// npm run bench:classify — realistic group messages (built from the labelled corpora plus
// generated chatter), measured two ways:
//
// 1. Whole processes (the contract's view): 200,000 lines, half chatter and half reports, through
//    (a) a bare nodejs-jieba process: load the package (its default dictionary), `cut` every line,
//        print the words; and (b) `yishiting classify` (built: dist/bin.js, warm file cache).
//    Wall time of each process including start-up, alternated RUNS times (BENCH_RUNS, default 3);
//    prints the medians and the speed ratio (a)/(b) (target ≥ 1.0; goal 2.0).
// 2. In one process, 200,000 messages with ~15% reports: (a) jieba `cut` with the bot's dictionary
//    and (b) the full classifier, alternately in chunks; messages/s, ratio b/a and RSS; then (c) the
//    classifier without the learned second opinion raced against (b) again: what the model costs.
//
// Options: BENCH_MESSAGES=N changes both sizes; `-- --profile` runs (b) of part 1 once more under
// `node --cpu-prof` and prints where its time goes; `-- --stream N` pipes N lines through
// `yishiting classify` and samples its RSS (flat-memory check).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClassifier } from '../../src/core/classify/create-classifier.js';
import { jiebaNative } from '../../src/infra/jieba-native.js';
import { createJiebaSegmenter } from '../../src/infra/jieba-segmenter.js';
import { loadRules } from '../../src/infra/rules/load-rules.js';
import { binNodeFlags } from '../helpers/bin-node-flags.js';

const root = path.resolve(import.meta.dirname, '../..');
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 200_000);
const REPORT_SHARE = 0.15;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const rand = rng(20261126);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

interface Labelled {
  text: string;
  report: boolean;
}
const corpus: Labelled[] = ['dev', 'extra'].flatMap((n) =>
  readFileSync(path.join(root, `test/fixtures/corpus/${n}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled),
);
const reports = corpus.filter((g) => g.report).map((g) => g.text);
const nonReports = corpus.filter((g) => !g.report).map((g) => g.text);

// Generated chatter: greetings, small talk, plans, questions, emoji, shopping, kids, weather.
const OPENERS = ['', '', '哈哈', '嗯嗯', '对', '是啊', '真的', '刚才', '今天', '明天', '周末', '晚上', '早上'];
const BODIES = [
  '大家早上好',
  '晚安啦各位',
  '有人一起去买菜吗',
  '谁家孩子的作业本落在楼下了',
  '这天气真舒服',
  '下雨了 记得收衣服',
  '楼下新开的面包店挺好吃',
  '今天超市鸡蛋打折',
  '谁有多余的纸箱子',
  '孩子期末考得不错 开心',
  '有没有一起跳绳的',
  '周六带娃去公园 有约的吗',
  '这个视频笑死我了',
  '收到',
  '好的',
  '谢谢',
  '👍',
  '[强]',
  '[捂脸]',
  '😂😂😂',
  '同意',
  '我也想去',
  '几点集合',
  '在东门等你们',
  '辛苦了',
  '明天见',
  '外卖到了没',
  '快递放门卫了',
  '今天的夕阳好美',
  '有推荐的补习班吗',
  '谁家的狗狗好可爱',
  '小区的桂花开了 好香',
  '晚饭吃啥好呢',
  '刚跑完步 腿好酸',
  '谁会修自行车 教教我',
  '群里有卖水果的吗',
  '麻将三缺一',
  '广场上今晚放电影',
  '咱们群真热闹',
  '新年快乐',
  '中秋快乐 阖家团圆',
];
const CLOSERS = ['', '', '', '哈哈哈', '😊', '[呲牙]', '~', '！', '？', '呀', '啊'];
function chatter(): string {
  if (rand() < 0.15) return pick(nonReports);
  return `${pick(OPENERS)}${pick(BODIES)}${pick(CLOSERS)}`;
}
const BUILDINGS = ['', '', '3号楼', '5栋', '12#楼2单元', 'A区5栋', '二期', '东门'];
function report(): string {
  const t = pick(reports);
  return rand() < 0.3 ? `${pick(BUILDINGS)}${t}` : t;
}

function buildStream(n: number, reportShare = REPORT_SHARE): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rand() < reportShare ? report() : chatter());
  return out;
}

/**
 * Messages/s of `a` and `b` over the same messages. The two run alternately in chunks of 5,000
 * so that load from other processes on the machine hits both alike.
 */
function race(messages: string[], a: (t: string) => unknown, b: (t: string) => unknown): [number, number] {
  for (let i = 0; i < Math.min(20_000, messages.length); i++) {
    a(messages[i]!);
    b(messages[i]!);
  }
  let ta = 0;
  let tb = 0;
  const CHUNK = 5_000;
  for (let from = 0; from < messages.length; from += CHUNK) {
    const chunk = messages.slice(from, from + CHUNK);
    let t = process.hrtime.bigint();
    for (const m of chunk) a(m);
    ta += Number(process.hrtime.bigint() - t);
    t = process.hrtime.bigint();
    for (const m of chunk) b(m);
    tb += Number(process.hrtime.bigint() - t);
  }
  return [messages.length / (ta / 1e9), messages.length / (tb / 1e9)];
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function streamCheck(lines: number): Promise<void> {
  console.log(`\nflat-memory check: ${lines} lines through \`yishiting classify\` (child process), RSS sampled from /proc`);
  const child = spawn(process.execPath, [...binNodeFlags(), path.join(root, 'dist/bin.js'), 'classify'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const rss = () => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) * 1024 : NaN;
    } catch {
      return NaN;
    }
  };
  let outLines = 0;
  let nextSample = 0;
  const samples: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    for (const b of chunk) if (b === 10) outLines++;
    if (outLines >= nextSample) {
      samples.push(`${String(outLines).padStart(8)} lines → RSS ${mb(rss())}`);
      nextSample += lines / 10;
    }
  });
  const done = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  const start = Date.now();
  for (let i = 0; i < lines; i++) {
    const text = rand() < REPORT_SHARE ? report() : chatter();
    if (!child.stdin.write(`${JSON.stringify({ id: `m${i}`, text })}\n`)) await new Promise((r) => child.stdin.once('drain', r));
  }
  child.stdin.end();
  const code = await done;
  for (const s of samples) console.log(`  ${s}`);
  console.log(`  exit ${code}, ${outLines} result lines in ${((Date.now() - start) / 1000).toFixed(1)} s`);
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BARE_JIEBA = `
const { cut } = require('nodejs-jieba');
const lines = require('node:fs').readFileSync(0, 'utf8').split('\\n');
const out = [];
for (const line of lines) if (line.trim() !== '') out.push(cut(line).join(' '));
require('node:fs').writeFileSync(1, out.join('\\n') + '\\n');
`;

/** Wall time (ms) of one process reading `input` on stdin, writing to /dev/null. */
function timeProcess(args: string[], input: string, extraNodeArgs: string[] = []): number {
  const fd = openSync(input, 'r');
  try {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [...extraNodeArgs, ...args], { cwd: root, stdio: [fd, 'ignore', 'inherit'], maxBuffer: 0 });
    if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}`);
    return Number(process.hrtime.bigint() - t) / 1e6;
  } finally {
    closeSync(fd);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function wholeProcess(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'yishiting-bench-classify-'));
  try {
    const lines = buildStream(MESSAGES, 0.5);
    const input = path.join(dir, 'messages.txt');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const bin = path.join(root, 'dist/bin.js');
    console.log(`1. whole processes: ${lines.length} lines (half chatter, half reports) on stdin, output to /dev/null, ${RUNS} runs each`);
    // The command as installed: the node flags of its shebang.
    const command = [...binNodeFlags(), bin, 'classify'];
    timeProcess(command, input); // fills the file cache
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      a.push(timeProcess(['-e', BARE_JIEBA], input));
      b.push(timeProcess(command, input));
    }
    const [ma, mb] = [median(a), median(b)];
    console.log(
      `(a) bare nodejs-jieba process (load, cut, print)  ${(ma / 1000).toFixed(2).padStart(6)} s  (${a.map((x) => (x / 1000).toFixed(2)).join(', ')})`,
    );
    console.log(
      `(b) yishiting classify                            ${(mb / 1000).toFixed(2).padStart(6)} s  (${b.map((x) => (x / 1000).toFixed(2)).join(', ')})`,
    );
    console.log(`speed (b) relative to (a): ${(ma / mb).toFixed(2)}  (target ≥ 1.00, goal 2.00)`);
    if (process.argv.includes('--profile')) {
      const profDir = path.join(dir, 'prof');
      timeProcess(command, input, ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
      printProfile(path.join(profDir, readdirSync(profDir)[0]!));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function, the top 15. */
function printProfile(file: string): void {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*node_modules\//, '').replace(`file://${root}/`, '')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + p.timeDeltas[i]!);
    total += p.timeDeltas[i]!;
  });
  console.log(`\nprofile of (b), ${(total / 1e6).toFixed(2)} s sampled; self time:`);
  for (const [k, us] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 15))
    console.log(`  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
}

async function main(): Promise<void> {
  await wholeProcess();
  console.log('');
  const messages = buildStream(MESSAGES);
  const chars = messages.reduce((s, m) => s + m.length, 0);
  console.log(
    `2. in one process: ${messages.length} messages, ${(chars / messages.length).toFixed(1)} chars on average, ~${REPORT_SHARE * 100}% reports`,
  );
  const before = process.memoryUsage().rss;
  const rules = loadRules(path.join(root, 'rules'));
  const segmenter = createJiebaSegmenter(rules);
  const classifier = createClassifier(rules, segmenter);
  const jieba = jiebaNative();
  const cut = (t: string) => jieba.cut(t, false);
  cut('预热词典'); // first cut outside the timing
  console.log(
    `RSS before loading: ${mb(before)}; after loading jieba (trimmed dictionary + rule terms), rules and classifier: ${mb(process.memoryUsage().rss)}`,
  );
  const [a, b] = race(
    messages,
    (t) => cut(t),
    (t) => classifier.classify(t),
  );
  console.log(`(a) baseline: bare nodejs-jieba cut  ${a.toFixed(0).padStart(9)} msg/s`);
  console.log(`(b) full classifier                ${b.toFixed(0).padStart(9)} msg/s`);
  if (rules.learned !== undefined) {
    // What the learned second opinion costs: the same classifier without it, raced against it.
    const { learned: _, ...only } = rules;
    const byRules = createClassifier(only, segmenter);
    const [c, d] = race(
      messages,
      (t) => byRules.classify(t),
      (t) => classifier.classify(t),
    );
    console.log(
      `(c) rules only, no learned model   ${c.toFixed(0).padStart(9)} msg/s; (b) again beside it ${d.toFixed(0)} msg/s: ratio ${(d / c).toFixed(2)}`,
    );
  }
  const segmented = messages.filter((m) => classifier.explain(m).segmented).length;

  console.log(`ratio (b)/(a): ${(b / a).toFixed(2)}  (for reference: the target is the whole-process ratio of part 1)`);
  console.log(
    `messages that reached jieba in (b): ${segmented} of ${messages.length} (${((100 * segmented) / messages.length).toFixed(1)}%)`,
  );
  console.log(`RSS at the end: ${mb(process.memoryUsage().rss)}`);

  const i = process.argv.indexOf('--stream');
  if (i >= 0) await streamCheck(Number(process.argv[i + 1] ?? 1_000_000));
}

await main();
