// A broken config file stops a command with one plain sentence and exit code 2, before any work.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as sim } from '../../src/cli/sim.js';
import { CONFIG_TEMPLATE } from '../../src/infra/config-template.js';

let dir: string;
let out: string[];
let err: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yishiting-cfgerr-'));
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err.push(String(s));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('config errors on the command line', () => {
  it('sim with timezone: Beijing exits 2 with one sentence naming the line, not a stack trace', async () => {
    const file = join(dir, 'cfg.yaml');
    writeFileSync(file, CONFIG_TEMPLATE.replace('timezone: Asia/Shanghai', 'timezone: Beijing'));
    writeFileSync(join(dir, 'script.jsonl'), '{"advance": "1m"}\n');
    expect(await sim(['--config', file, '--script', join(dir, 'script.jsonl')])).toBe(2);
    const message = err.join('');
    expect(message.trim().split('\n')).toHaveLength(1);
    expect(message).toMatch(/第 \d+ 行，字段「timezone」：「Beijing」不是有效的时区.*Asia\/Shanghai/);
    expect(message).not.toMatch(/\n\s+at /);
    expect(out).toEqual([]);
  });

  it('sim with a misspelt key names it and suggests the right one', async () => {
    const file = join(dir, 'cfg.yaml');
    writeFileSync(file, CONFIG_TEMPLATE.replace('sending:', 'sendig:'));
    expect(await sim(['--config', file, '--script', '-'])).toBe(2);
    expect(err.join('')).toMatch(/「sendig」.*是不是想写「sending」/);
  });
});
