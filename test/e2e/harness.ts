// Drives the real bot (createApp via the simulator) on wechaty-puppet-mock with a stepped clock,
// capturing everything it sends. Awaits processing deterministically: no sleeps.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createConfig, demoConfigInput, type Config } from '../../src/config.js';
import { createSimulation, type Simulation, type SimulationOptions, type TranscriptLine } from '../../src/sim/simulation.js';
import { createRecordingLogger } from '../helpers/recording-logger.js';

export const RULES_DIR = resolve('rules');
export const RESIDENTS = '金阳花园业主群';
export const STAFF = '金阳社区工作群';

export interface Harness {
  sim: Simulation;
  lines: TranscriptLine[];
  /** What the bot sent (optionally only to one room or person) since the harness started or since `mark`. */
  botSaid(where?: string): TranscriptLine[];
  /** Forget what was captured so far. */
  mark(): void;
  dir: string;
  dbFile: string;
  logger: ReturnType<typeof createRecordingLogger>;
  close(options?: { keepDir?: boolean }): Promise<void>;
}

export interface HarnessOptions {
  /** ISO time; default a Monday 10:00 in Shanghai. */
  start?: string;
  dir?: string;
  config?: Config;
  rulesDir?: string;
  /** Clock steps while advancing (default: the simulator's minute/five-minute steps). */
  steps?: SimulationOptions['steps'];
}

export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'yishiting-e2e-'));
  const dbFile = join(dir, 'test.db');
  const config = options.config ?? createConfig(demoConfigInput);
  const logger = createRecordingLogger();
  let lines: TranscriptLine[] = [];
  const sim = await createSimulation({
    config,
    rulesDir: options.rulesDir ?? RULES_DIR,
    database: dbFile,
    start: new Date(options.start ?? '2026-03-02T10:00:00+08:00'),
    logger,
    dataDir: dir,
    onLine: (line) => void lines.push(line),
    ...(options.steps ? { steps: options.steps } : {}),
  });
  const botName = config.bot.name;
  return {
    sim,
    get lines() {
      return lines;
    },
    botSaid: (where) => lines.filter((l) => l.from === botName && (!where || l.room === where || l.to === where)),
    mark: () => {
      lines = [];
    },
    dir,
    dbFile,
    logger,
    async close(opts = {}) {
      await sim.close();
      if (!opts.keepDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
