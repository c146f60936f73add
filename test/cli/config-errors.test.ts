// A broken config file stops a command with one plain sentence and exit code 2, before any work.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as sim } from '../../src/cli/sim.js';
import { CONFIG_TEMPLATE } from '../../src/infra/config-template.js';
import { useCliScratch } from '../helpers/cli-scratch.js';

const io = useCliScratch('yishiting-cfgerr-');

describe('config errors on the command line', () => {
  it('sim with timezone: Beijing exits 2 with one sentence naming the line, not a stack trace', async () => {
    const file = join(io.dir, 'cfg.yaml');
    writeFileSync(file, CONFIG_TEMPLATE.replace('timezone: Asia/Shanghai', 'timezone: Beijing'));
    writeFileSync(join(io.dir, 'script.jsonl'), '{"advance": "1m"}\n');
    expect(await sim(['--config', file, '--script', join(io.dir, 'script.jsonl')])).toBe(2);
    const message = io.err.join('');
    expect(message.trim().split('\n')).toHaveLength(1);
    expect(message).toMatch(/第 \d+ 行，字段「timezone」：「Beijing」不是有效的时区.*Asia\/Shanghai/);
    expect(message).not.toMatch(/\n\s+at /);
    expect(io.out).toEqual([]);
  });

  it('a bad PostgreSQL address in database: is one sentence, without the password', async () => {
    const file = join(io.dir, 'cfg.yaml');
    writeFileSync(file, `database: postgres://bot:s3cret@db.example\n${CONFIG_TEMPLATE.replace(/^database:.*$/m, '')}`);
    expect(await sim(['--config', file, '--script', '-'])).toBe(2);
    const message = io.err.join('');
    expect(message).toMatch(/字段「database」：数据库地址 postgres:\/\/bot:\*\*\*@db.example 缺少数据库名/);
    expect(message).not.toContain('s3cret');
  });

  it('sim --db with a bad PostgreSQL address says so in one sentence', async () => {
    writeFileSync(join(io.dir, 'script.jsonl'), '{"advance": "1m"}\n');
    expect(await sim(['--db', 'postgresql://bot:s3cret@/yst', '--script', join(io.dir, 'script.jsonl')])).toBe(2);
    expect(io.err.join('')).toBe('数据库地址 postgresql://bot:***@/yst 写法不对，应为 postgres://用户:密码@主机:端口/数据库名。\n');
    expect(io.err.join('')).not.toContain('s3cret');
  });

  it('sim with a misspelt key names it and suggests the right one', async () => {
    const file = join(io.dir, 'cfg.yaml');
    writeFileSync(file, CONFIG_TEMPLATE.replace('sending:', 'sendig:'));
    expect(await sim(['--config', file, '--script', '-'])).toBe(2);
    expect(io.err.join('')).toMatch(/「sendig」.*是不是想写「sending」/);
  });
});
