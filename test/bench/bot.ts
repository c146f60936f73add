// npm run bench:bot — 20,000 messages (about 83% chatter, 15% reports, 2% commands) from 200
// members across 100 groups through the real bot (createApp on wechaty-puppet-mock, a file
// database, real clock, the outbox sending at its real pace), beside a baseline: the same stream
// through a bare Wechaty mock bot whose message handler does nothing. Prints messages/s,
// p50/p99 latency from the message event to the replies being in the outbox, and RSS.
//
// One bot serves two streams in turn, as a running bot does: a burst (capacity: at most
// IN_FLIGHT messages waiting) and then a second stream paced at the target rate (latency). RSS is
// read after each; the baseline runs last, so that its garbage is not counted as the bot's.
//
// Runs as production runs: the bot from dist/ (npm run build) and this script compiled by tsc
// (test/bench/tsconfig.json) and run by plain node, so that the RSS is the bot's. Under tsx the
// same process carries tsx's loader thread and transformed sources, about 30–40 MB that
// `yishiting start` does not have. Paths are taken from the working directory: npm runs scripts
// in the package root.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type { Message } from 'wechaty';
import type { MockWorld } from '../../src/sim/mock-world.js';

const dist = (file: string) => pathToFileURL(resolve('dist', file)).href;
const { createApp } = (await import(dist('app.js'))) as typeof import('../../src/app.js');
const { runDueWork } = (await import(dist('core/schedule/run-due-work.js'))) as typeof import('../../src/core/schedule/run-due-work.js');
const { createConfig } = (await import(dist('config.js'))) as typeof import('../../src/config.js');
const { createSilentLogger } = (await import(dist('infra/logger.js'))) as typeof import('../../src/infra/logger.js');
const { createMockWorld } = (await import(dist('sim/mock-world.js'))) as typeof import('../../src/sim/mock-world.js');
// The baseline builds its Wechaty the way the bot does (without the package entry's gRPC stack).
const { WechatyBuilder } = (await import(
  dist('adapters/wechaty/wechaty-builder.js')
)) as typeof import('../../src/adapters/wechaty/wechaty-builder.js');

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 20_000);
const MEMBERS = 200;
const GROUPS = 100;
/** Messages arriving together (a burst across groups) before the first is handled. */
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 10);
const BOT = '社区小助手';

interface Item {
  from: string;
  room: string;
  text: string;
}

// ---------- the stream ----------

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CHATTER = [
  '好的，谢谢',
  '收到',
  '今天天气真好',
  '有人一起拼单买水果吗',
  '晚上广场舞几点开始？',
  '谁家的快递放错了，在我家门口',
  '楼下超市今天打折',
  '哈哈哈',
  '明天早上幼儿园开门吗',
  '有没有人知道附近哪里修自行车',
  '[强]',
  '辛苦了👍',
  '周末社区有义诊活动吗',
  '孩子的疫苗去哪里打',
  '好的，我知道了',
  '物业费在哪里交',
  '感谢物业师傅，已经修好了',
  '大家早上好',
  '有谁家的猫跑出来了，橘色的',
  '谁有多余的纸箱',
  '明天下雨记得收衣服',
  '刚才停电了一下，现在好了',
  '这个月的水费怎么算的',
];

function buildStream(seed: number): Item[] {
  const corpus = readFileSync(resolve('test/fixtures/corpus/dev.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { text: string; report: boolean });
  const reports = corpus.filter((c) => c.report).map((c) => c.text);
  const chatter = [...CHATTER, ...corpus.filter((c) => !c.report).map((c) => c.text)];
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const items: Item[] = [];
  for (let i = 0; i < MESSAGES; i++) {
    const member = Math.floor(rand() * MEMBERS);
    const group = member % GROUPS; // each member lives in one group, two members per group … plus visitors
    const room = `小区${(rand() < 0.9 ? group : Math.floor(rand() * GROUPS)) + 1}业主群`;
    const r = rand();
    let text: string;
    if (r < 0.15) text = pick(reports).replace(/\d+(号楼|栋|幢)/, `${1 + Math.floor(rand() * 30)}$1`);
    else if (r < 0.17) text = `#查询 ${1 + Math.floor(rand() * 50)}`;
    else text = pick(chatter);
    items.push({ from: `居民${member + 1}`, room, text });
  }
  return items;
}

// ---------- measuring ----------

/** When each message was handed to the mock puppet (performance.now()). */
const injectedAt = new Map<string, number>();
/** inject → Wechaty 'message' event, per run. */
let wechatyLatencies: number[] = [];

function onEvent(id: string): void {
  const at = injectedAt.get(id);
  if (at !== undefined) wechatyLatencies.push(performance.now() - at);
  injectedAt.delete(id);
}

interface Result {
  label: string;
  perSecond: number;
  /** Process CPU time per message (user + system): less sensitive to other processes' load than msg/s. */
  cpuUsPerMessage: number;
  p50: number;
  p99: number;
  wechatyP50: number;
  wechatyP99: number;
  /** RSS when the stream has been handled. */
  rssMb: number;
  /** Highest RSS seen while the stream ran (read every 100 messages). */
  peakRssMb: number;
  heapMb: number;
  replies: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Injects the stream with at most IN_FLIGHT messages awaiting their handling. The mock keeps
 * every message payload forever (it plays the WeChat server, which is not in our process in
 * production): handled messages are dropped from its cache so RSS shows the bot, not the mock.
 */
type Load = { kind: 'burst'; inFlight: number } | { kind: 'paced'; perSecond: number };

/** Wall time (ms) and process CPU time (µs) of injecting the stream and handling it. */
async function drive(
  world: MockWorld,
  stream: Item[],
  done: (id: string) => Promise<void>,
  load: Load,
): Promise<{ ms: number; cpuUs: number; peakRss: number }> {
  const started = performance.now();
  let peakRss = process.memoryUsage.rss();
  const cpu = process.cpuUsage();
  const window: Promise<void>[] = [];
  const pool = (world.mocker.MessageMock as unknown as { pool: Map<string, unknown> }).pool;
  const forget = (id: string) => () => {
    world.mocker.cacheMessagePayload.delete(id);
    pool.delete(id);
  };
  for (const [i, item] of stream.entries()) {
    if (load.kind === 'paced') {
      const due = started + (i * 1000) / load.perSecond;
      const wait = due - performance.now();
      if (wait > 1) await delay(wait);
    }
    if (i % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
    const at = performance.now();
    const id = world.say(item.from, item.room, item.text);
    injectedAt.set(id, at);
    window.push(done(id).then(forget(id)));
    if (load.kind === 'burst' && window.length >= load.inFlight) await window.shift();
  }
  await Promise.all(window);
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuUs: used.user + used.system, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
}

function summarise(
  label: string,
  { ms, cpuUs, peakRss }: { ms: number; cpuUs: number; peakRss: number },
  latencies: number[],
  replies: number,
): Result {
  latencies.sort((a, b) => a - b);
  const w = wechatyLatencies.sort((a, b) => a - b);
  wechatyLatencies = [];
  return {
    label,
    perSecond: MESSAGES / (ms / 1000),
    cpuUsPerMessage: cpuUs / MESSAGES,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    wechatyP50: percentile(w, 50),
    wechatyP99: percentile(w, 99),
    rssMb: process.memoryUsage().rss / 2 ** 20,
    peakRssMb: peakRss / 2 ** 20,
    heapMb: process.memoryUsage().heapUsed / 2 ** 20,
    replies,
  };
}

const topics = Array.from({ length: GROUPS }, (_, i) => `小区${i + 1}业主群`);

const BURST: Load = { kind: 'burst', inFlight: IN_FLIGHT };
/** Offered load for the latency run: the throughput target. */
const PACED: Load = { kind: 'paced', perSecond: Number(process.env.BENCH_RATE ?? 300) };

async function baseline(stream: Item[]): Promise<Result> {
  const world = createMockWorld(BOT, () => new Date());
  const bot = WechatyBuilder.build({ puppet: world.puppet });
  bot.on('error', () => undefined);
  const t0 = new Map<string, number>();
  const latencies: number[] = [];
  const waiters = new Map<string, () => void>();
  bot.on('message', async (msg: Message) => {
    onEvent(msg.id);
    t0.set(msg.id, performance.now());
    latencies.push(performance.now() - t0.get(msg.id)!);
    waiters.get(msg.id)?.();
  });
  for (const t of topics) world.room(t);
  await bot.start();
  const loggedIn = new Promise((resolve) => bot.once('login', resolve));
  world.login();
  await loggedIn;
  const run = await drive(world, stream, (id) => new Promise<void>((r) => waiters.set(id, r)), BURST);
  const result = summarise(`baseline: bare Wechaty mock bot, no-op handler, bursts of ${IN_FLIGHT}`, run, latencies, 0);
  await bot.stop();
  return result;
}

interface BotUnderTest {
  run(stream: Item[], load: Load): Promise<Result>;
  /** Times one runDueWork over the open tickets, stops the bot and removes its files. */
  stop(): Promise<void>;
}

async function startBot(): Promise<BotUnderTest> {
  const dir = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'yishiting-bench-'));
  const config = createConfig({
    bot: { name: BOT },
    sending: { quietHours: null },
    communities: [
      {
        name: '金阳社区',
        groups: [
          ...topics.map((topic) => ({ topic, role: 'residents', xiaoqu: topic.replace('业主群', '') })),
          { topic: '金阳社区工作群', role: 'staff' },
        ],
        staff: [
          { remark: '李网格员', name: '李网格员', role: 'worker', covers: ['*'] },
          { remark: '王主任', name: '王主任', role: 'admin', covers: ['*'] },
        ],
      },
    ],
  });
  const world = createMockWorld(BOT, () => new Date());
  const t0 = new Map<string, number>();
  let latencies: number[] = [];
  let replies = 0;
  const app = await createApp({
    config,
    database: join(dir, 'bench.db'),
    rulesDir: resolve('rules'),
    puppet: world.puppet,
    clock: () => new Date(),
    sleep: (ms) => delay(ms),
    logger: createSilentLogger(),
    dataDir: dir,
    timers: 'real',
    onQueued: (id, r) => {
      const start = t0.get(id);
      if (start !== undefined) latencies.push(performance.now() - start);
      t0.delete(id);
      replies += r.length;
    },
  });
  // Registered after the adapter's listener: the same emit, so the same moment.
  app.bot.on('message', (msg: Message) => {
    if (msg.self()) return;
    onEvent(msg.id);
    t0.set(msg.id, performance.now());
  });
  for (const t of [...topics, '金阳社区工作群']) world.room(t);
  await app.start();
  const loggedIn = new Promise((resolve) => app.bot.once('login', resolve));
  world.login();
  await loggedIn;
  process.stdout.write(`  RSS with the bot loaded (Wechaty, jieba, rules, database): ${rssMb()} MB\n`);
  return {
    async run(stream, load) {
      latencies = [];
      replies = 0;
      const run = await drive(world, stream, (id) => app.settled(id), load);
      const how =
        load.kind === 'burst'
          ? `bursts of ${load.inFlight} (capacity)`
          : `paced at ${load.perSecond} msg/s offered (latency), the same bot`;
      return summarise(`yishiting: createApp on the mock puppet, file database, ${how}`, run, latencies, replies);
    },
    async stop() {
      const tickets = (await app.store.listTickets({ statuses: ['open', 'assigned', 'in_progress'] })).length;
      const tickStart = performance.now();
      await runDueWork(app.deps);
      process.stdout.write(`  one runDueWork over ${tickets} open tickets: ${(performance.now() - tickStart).toFixed(1)} ms\n`);
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const rssMb = () => (process.memoryUsage().rss / 2 ** 20).toFixed(0);
process.stdout.write(`bench:bot — ${MESSAGES} messages, ${MEMBERS} members, ${GROUPS} groups\n`);
process.stdout.write(`  RSS at start: ${rssMb()} MB\n`);
// The bot runs first so that its RSS is not inflated by the baseline's garbage.
const bot = await startBot();
const capacity = await bot.run(buildStream(42), BURST);
const paced = await bot.run(buildStream(43), PACED);
await bot.stop();
const base = await baseline(buildStream(42));
for (const r of [base, capacity, paced]) {
  process.stdout.write(
    `${r.label}\n  ${r.perSecond.toFixed(0).padStart(6)} msg/s   CPU ${r.cpuUsPerMessage.toFixed(0)} µs/msg   event → replies queued: p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms` +
      `   (puppet → event: p50 ${r.wechatyP50.toFixed(2)} ms, p99 ${r.wechatyP99.toFixed(2)} ms)   RSS ${r.rssMb.toFixed(0)} MB, peak ${r.peakRssMb.toFixed(0)} MB (JS heap in use ${r.heapMb.toFixed(0)} MB)\n`,
  );
}
const rss = Math.max(capacity.peakRssMb, paced.peakRssMb);
process.stdout.write(
  `targets: ≥ 300 msg/s ${capacity.perSecond >= 300 ? 'ok' : 'MISSED'} (capacity run), p99 ≤ 50 ms ${paced.p99 <= 50 ? 'ok' : 'MISSED'} (paced run; ${capacity.p99.toFixed(0)} ms under bursts), RSS ≤ 250 MB ${rss <= 250 ? 'ok' : 'MISSED'} (peak ${rss.toFixed(0)} MB while the bot ran)\n`,
);
process.exit(0);
