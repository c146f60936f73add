// `yishiting sim`: replays a script through the real bot on a simulated WeChat and prints the
// transcript as JSON lines (docs/cli.md), or lets a person type as any member
// (interactive mode) to rehearse before going live.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createConfig, demoConfigInput, type Config } from '../config.js';
import { formatLocalDateTime } from '../core/local-time.js';
import { isStatus, statusName } from '../core/tickets/lifecycle.js';
import { loadConfigFile } from '../infra/config-file.js';
import { resolveDatabaseTarget } from '../infra/database-target.js';
import { createLogger } from '../infra/logger.js';
import { resolveRulesDir } from '../infra/resolve-rules-dir.js';
import { HELP_OPTION, parseCliArgs } from './parse-cli-args.js';
import { INTERACTIVE_HELP, parseInteractiveLine } from '../sim/parse-interactive-line.js';
import { STAFF_ROLE_NAMES } from '../core/tickets/staff-roles.js';
import { parseStartTime } from '../sim/parse-start-time.js';
import { parseScript, ScriptError, type ScriptEvent } from '../sim/parse-script.js';
import type { Simulation, TranscriptLine } from '../sim/simulation.js';

const HELP = `用法：yishiting sim --script 文件 [--config 文件] [--rules 目录] [--db 数据库] [--start 时间]
      yishiting sim [--interactive] [同上参数]

用模拟的微信运行真实的机器人（与 yishiting start 相同的代码），回放脚本并输出对话记录（JSON 行），
最后一行是全部工单。不加 --script 时进入交互演练：可以扮演任何群成员说话。

  --script 文件    脚本（JSON 行；- 表示从标准输入读）。每行一个事件：
                   {"room": "群名", "from": "昵称", "text": "内容"}   群里有人说话
                   {"dm": true, "from": "昵称", "text": "内容"}        私聊机器人
                   {"advance": "90m"}                                  时间快进（s/m/h/d）
  --config 文件    配置文件（与 start 相同格式）；不给时使用内置演示配置（金阳社区）
  --rules 目录     规则目录（默认配置里的 rulesDir，即 rules/）
  --db 数据库      把数据库保存到这个文件（之后可用 export/stats 查看），或用这个 postgres:// 数据库；
                   默认用临时数据库，结束即删除
  --start 时间     模拟时钟的起点，ISO 8601，例如 2026-03-02T09:00:00+08:00；不写时区时按配置的时区理解（默认现在）
  --interactive    交互演练（不给 --script 时默认就是）
`;

interface SimArgs {
  script?: string;
  config?: string;
  rules?: string;
  db?: string;
  start?: string;
  interactive?: boolean;
  help?: boolean;
}

function fail(message: string, code = 2): number {
  process.stderr.write(`${message}\n`);
  return code;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(
    argv,
    {
      script: { type: 'string' },
      config: { type: 'string' },
      rules: { type: 'string' },
      db: { type: 'string' },
      start: { type: 'string' },
      interactive: { type: 'boolean', short: 'i' },
      ...HELP_OPTION,
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const args: SimArgs = parsed.values;

  let config: Config;
  try {
    config = args.config ? loadConfigFile(args.config) : createConfig(demoConfigInput, '内置演示配置');
  } catch (err) {
    return fail(`无法读取配置：${(err as Error).message}`);
  }

  let start = new Date();
  if (args.start !== undefined) {
    const parsed = parseStartTime(args.start, config.timezone);
    if (!parsed)
      return fail(
        `--start「${args.start}」不是有效的 ISO 8601 时间，例如 2026-03-02T09:00:00+08:00（不写时区时按配置的时区 ${config.timezone} 理解）。`,
      );
    start = parsed;
  }

  let events: ScriptEvent[] | null = null;
  if (args.script !== undefined && !args.interactive) {
    let text: string;
    try {
      text = args.script === '-' ? readFileSync(0, 'utf8') : readFileSync(args.script, 'utf8');
    } catch (err) {
      return fail(
        `无法读取脚本 ${args.script}：${(err as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (err as Error).message}。`,
      );
    }
    try {
      events = parseScript(text);
    } catch (err) {
      if (err instanceof ScriptError) return fail(`${args.script}：${err.message}`);
      throw err;
    }
  }

  const rulesDir = resolveRulesDir(args.rules ?? config.rulesDir, args.rules !== undefined);
  let tempDir: string | null = null;
  let database: string;
  if (args.db) {
    try {
      database = resolveDatabaseTarget(args.db);
    } catch (err) {
      return fail((err as Error).message);
    }
    if (existsSync(database)) process.stderr.write(`注意：数据库 ${database} 已存在，本次模拟在其基础上继续（工单编号接着编）。\n`);
  } else {
    tempDir = mkdtempSync(join(tmpdir(), 'yishiting-sim-'));
    database = join(tempDir, 'sim.db');
  }
  const dataDir = tempDir ?? resolve('data');
  const logger = createLogger({ level: process.env.YISHITING_LOG_LEVEL ?? 'error' });

  // `yishiting sim … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const write = (obj: unknown): void => void process.stdout.write(`${JSON.stringify(obj)}\n`);
  // The banner and notes are for the person watching: with a script, stdout is the JSON-lines
  // transcript (docs/cli.md), so they go to stderr; interactively, to the screen.
  const note = (text: string): void => void (events ? process.stderr : process.stdout).write(`${text}\n`);
  note(banner(args.config, config, start));
  let sim: Simulation | null = null;
  try {
    try {
      // Loaded only now: Wechaty and jieba take seconds to load, --help and script errors should not wait.
      const { createSimulation } = await import('../sim/simulation.js');
      sim = await createSimulation({
        config,
        rulesDir,
        database,
        start,
        logger,
        dataDir,
        onLine: events ? write : printReadable,
        onHeld: ({ room, until, kind }) =>
          note(
            `（安静时段：给「${room}」的${kind === 'reply' ? '回复' : '提醒等定时消息'}已暂存，将在 ${formatLocalDateTime(until, config.timezone)} 发出）`,
          ),
      });
    } catch (err) {
      return fail(`模拟器无法启动：${(err as Error).message}`);
    }
    if (events) {
      for (const event of events) {
        if (event.kind === 'room') await sim.say(event.from, event.room, event.text, event.who);
        else if (event.kind === 'dm') await sim.dm(event.from, event.text, event.who);
        else await sim.advance(event.ms);
      }
      write({ tickets: await sim.tickets() });
      return 0;
    }
    return await interactive(sim, config);
  } finally {
    await sim?.close().catch(() => undefined);
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

/** Which config, which simulated time, and what quiet hours will do to replies. */
function banner(configFile: string | undefined, config: Config, start: Date): string {
  const quiet = config.sending.quietHours;
  return [
    `议事亭模拟器（模拟微信，消息不会发到真实的群）`,
    `配置：${configFile ? resolve(configFile) : '内置演示配置（金阳社区）'}`,
    `模拟开始时间：${formatLocalDateTime(start, config.timezone)}（${config.timezone}）`,
    quiet
      ? `安静时段 ${quiet.start}–${quiet.end}：这段时间里给群的普通回复先暂存，到点再发；紧急回复和私聊照常发出。`
      : '未设安静时段：回复随时发出。',
  ].join('\n');
}

function localTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

let displayZone = 'Asia/Shanghai';

function printReadable(line: TranscriptLine): void {
  const where = line.room ?? `私聊${line.to ? ` → ${line.to}` : ''}`;
  const body = line.text.replace(/\n/g, '\n    ');
  process.stdout.write(`[${localTime(line.t, displayZone)}] ${where} | ${line.from}：${body}\n`);
}

async function interactive(sim: Simulation, config: Config): Promise<number> {
  displayZone = config.timezone;
  const residents = config.communities.flatMap((c) => c.groups.filter((g) => g.role === 'residents').map((g) => g.topic));
  let lastRoom = residents[0] ?? config.communities[0]!.groups[0]!.topic;
  const staff = config.communities.flatMap((c) => c.staff.map((s) => `${s.name}（${STAFF_ROLE_NAMES[s.role]}）`));
  process.stdout.write(
    `交互演练\n群：${config.communities.flatMap((c) => c.groups.map((g) => g.topic)).join('、')}\n` +
      `工作人员：${staff.join('、') || '（无）'}；其他名字都当作居民。\n${INTERACTIVE_HELP}\n`,
  );
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const prompt = (): void => {
    if (process.stdin.isTTY) rl.prompt();
  };
  rl.setPrompt('> ');
  prompt();
  for await (const raw of rl) {
    const input = parseInteractiveLine(raw);
    switch (input.kind) {
      case 'empty':
        break;
      case 'error':
        process.stdout.write(`${input.message}\n`);
        break;
      case 'help':
        process.stdout.write(`${INTERACTIVE_HELP}\n`);
        break;
      case 'quit':
        rl.close();
        return 0;
      case 'tickets': {
        const tickets = await sim.tickets();
        if (tickets.length === 0) process.stdout.write('还没有工单。\n');
        const names = new Map(sim.app.deps.categories.map((c) => [c.code, c.name]));
        for (const t of tickets) {
          const status = isStatus(t.status) ? statusName(t.status) : t.status;
          process.stdout.write(
            `${t.number}号 ${names.get(t.category) ?? t.category} ${t.building ?? '未注明位置'} ${status}${t.urgent ? ' 紧急' : ''} ${t.reporters}户反映 处理人：${t.assignee ?? '未指派'}\n`,
          );
        }
        break;
      }
      case 'advance':
        await sim.advance(input.ms);
        process.stdout.write(`（时间快进 ${input.label}，现在是 ${localTime(sim.clock.now().toISOString(), config.timezone)}）\n`);
        break;
      case 'dm':
        await sim.dm(input.from, input.text);
        break;
      case 'room':
        lastRoom = input.room ?? lastRoom;
        await sim.say(input.from, lastRoom, input.text);
        break;
    }
    prompt();
  }
  return 0;
}
