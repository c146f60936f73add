// Runs the real `yishiting start` as a child process against a fake web WeChat: the bin as
// package.json defines it, preloaded with resolve-wechat-hosts.mjs (WeChat's hosts → the fake,
// in that process only) and trusting the test CA through NODE_EXTRA_CA_CERTS.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import type { FakeWechat } from './fake-wechat/fake-wechat-server.js';
import { binNodeFlags } from '../helpers/bin-node-flags.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PRELOAD = fileURLToPath(new URL('./fake-wechat/resolve-wechat-hosts.mjs', import.meta.url));

/** The bin of `yishiting`, as package.json declares it. */
function binPath(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.yishiting;
  if (!bin) throw new Error('package.json has no yishiting bin');
  return join(ROOT, bin);
}

const workDirs = new Set<string>();

/** A scratch directory: the bot's working directory (data/ lives there), config, CA. */
export function makeWorkDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-wechat4u-'));
  workDirs.add(dir);
  return dir;
}

/** Removes every scratch directory made in this test file (setup.ts, after all its tests). */
export function removeWorkDirs(): void {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
  workDirs.clear();
}

function writeConfig(dir: string, config: unknown): string {
  const file = join(dir, 'yishiting.config.yaml');
  writeFileSync(file, stringify(config));
  return file;
}

export interface BotProcess {
  child: ChildProcess;
  /** Everything the bot printed on stdout so far (status lines, QR). */
  readonly stdout: string;
  readonly stderr: string;
  /** Resolves with the exit code. */
  exited: Promise<number>;
  /** Waits until stdout matches. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** The JSON log lines written so far. */
  logs(): Record<string, unknown>[];
  /** Waits until a log line satisfies `check`. */
  waitForLog(check: (line: Record<string, unknown>) => boolean, what: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** SIGTERM, then the exit code (SIGKILL after a timeout). */
  stop(timeoutMs?: number): Promise<number>;
}

export function startBot(options: { dir: string; fake: FakeWechat; config: unknown }): BotProcess {
  const { dir, fake } = options;
  mkdirSync(join(dir, 'data'), { recursive: true });
  const caFile = join(dir, 'test-ca.pem');
  writeFileSync(caFile, fake.ca.caPem);
  const configFile = writeConfig(dir, options.config);
  const logFile = join(dir, 'data', 'bot.log');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env))
    if (/^(https?|no|all)_proxy$/i.test(key) || /^(YISHITING_|WECHATY_)/.test(key) || key.startsWith('VITEST')) delete env[key];
  Object.assign(env, {
    NODE_EXTRA_CA_CERTS: caFile,
    YISHITING_FAKE_WECHAT: `127.0.0.1:${fake.port}`,
    YISHITING_LOG_FILE: logFile,
    YISHITING_LOG_LEVEL: 'debug',
    WECHATY_LOG: 'warn',
    NODE_ENV: 'production',
  });
  // The node flags of the bin's shebang, as the installed command runs.
  const child = spawn(
    process.execPath,
    [...binNodeFlags(binPath()), '--import', PRELOAD, binPath(), 'start', '--config', configFile, '--rules', join(ROOT, 'rules')],
    {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  const changed = (): void => {
    for (const l of [...listeners]) l();
  };
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString('utf8');
    changed();
  });
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
    changed();
  });
  let exitCode: number | null = null;
  const exited = new Promise<number>((resolveExit) =>
    child.on('exit', (code, signal) => {
      exitCode = code ?? (signal ? 128 : 1);
      resolveExit(exitCode);
      changed();
    }),
  );

  const logs = (): Record<string, unknown>[] =>
    existsSync(logFile)
      ? readFileSync(logFile, 'utf8')
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as Record<string, unknown>)
      : [];

  /** Re-checks on output, on fake-server traffic, and every 100 ms (the log file has no events). */
  function until<T>(probe: () => T | undefined, what: string, timeoutMs: number): Promise<T> {
    return new Promise((resolveWait, reject) => {
      const check = (): void => {
        const value = probe();
        if (value !== undefined) {
          cleanup();
          resolveWait(value);
        } else if (exitCode !== null) {
          cleanup();
          reject(
            new Error(
              `the bot exited (code ${exitCode}) while waiting for ${what}\n--- stdout ---\n${stdout.slice(-3000)}\n--- stderr ---\n${stderr.slice(-3000)}`,
            ),
          );
        }
      };
      const poll = setInterval(check, 100);
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `timed out after ${timeoutMs} ms waiting for ${what}\n--- stdout ---\n${stdout.slice(-3000)}\n--- stderr ---\n${stderr.slice(-3000)}`,
          ),
        );
      }, timeoutMs);
      const cleanup = (): void => {
        clearInterval(poll);
        clearTimeout(timer);
        listeners.delete(check);
        fake.off('change', check);
      };
      listeners.add(check);
      fake.on('change', check);
      check();
    });
  }

  return {
    child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    exited,
    waitForOutput: (pattern, timeoutMs = 15_000) =>
      until(() => (pattern.test(stdout) ? true : undefined), `stdout matching ${pattern}`, timeoutMs).then(() => undefined),
    logs,
    waitForLog: (check, what, timeoutMs = 15_000) => until(() => logs().find(check), what, timeoutMs),
    async stop(timeoutMs = 10_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(killer);
      return code;
    },
  };
}
