// `start` with a log file it cannot write says so in one sentence and exits, instead of a stack trace.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONFIG_TEMPLATE } from '../../src/infra/config-template.js';
import { runStart } from '../../src/main.js';

let dir: string;
const saved = process.env.YISHITING_LOG_FILE;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yishiting-log-'));
});
afterEach(() => {
  if (saved === undefined) delete process.env.YISHITING_LOG_FILE;
  else process.env.YISHITING_LOG_FILE = saved;
  rmSync(dir, { recursive: true, force: true });
});

async function start(logFile: string): Promise<{ code: number; said: string }> {
  const configFile = join(dir, 'cfg.yaml');
  writeFileSync(configFile, CONFIG_TEMPLATE);
  process.env.YISHITING_LOG_FILE = logFile;
  const out = new PassThrough();
  let said = '';
  out.on('data', (chunk) => {
    said += String(chunk);
  });
  const code = await runStart({ configFile, database: join(dir, 'bot.db'), out });
  return { code, said };
}

describe('yishiting start with an unwritable log file', () => {
  it.each([
    [
      'a directory',
      (d: string) => {
        mkdirSync(join(d, 'logs.log'));
        return join(d, 'logs.log');
      },
    ],
    [
      'under a regular file',
      (d: string) => {
        writeFileSync(join(d, 'plain'), '');
        return join(d, 'plain', 'bot.log');
      },
    ],
  ])('says in one sentence that the log file (%s) cannot be written, and exits', async (_what, make) => {
    const logFile = make(dir);
    const { code, said } = await start(logFile);
    expect(code).not.toBe(0);
    const lines = said.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`无法写入日志文件 ${logFile}`);
    expect(lines[0]).toContain('YISHITING_LOG_FILE');
    expect(said).not.toMatch(/\n\s+at /);
  });
});
