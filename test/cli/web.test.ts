import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as init } from '../../src/cli/init.js';
import { run as web } from '../../src/cli/web.js';

let dir: string;
let out: string[];
let err: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yishiting-web-'));
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

async function setUp(): Promise<string[]> {
  const config = join(dir, 'cfg.yaml');
  expect(await init(['--out', config])).toBe(0);
  out.length = 0;
  return ['--config', config, '--db', join(dir, 'y.db')];
}

describe('yishiting web link', () => {
  it('prints exactly one line: an absolute one-time login URL on the default base', async () => {
    const args = await setUp();
    expect(await web(['link', '--remark', '王主任', ...args])).toBe(0);
    expect(out.join('')).toMatch(/^http:\/\/127\.0\.0\.1:8080\/login\/[\w-]{43}\n$/);
  });

  it('takes another base, and refuses someone not on the roster', async () => {
    const args = await setUp();
    expect(await web(['link', '--remark', '王主任', '--base', 'https://ting.example.org/', ...args])).toBe(0);
    expect(out.join('')).toMatch(/^https:\/\/ting\.example\.org\/login\/[\w-]{43}\n$/);
    out.length = 0;
    expect(await web(['link', '--remark', '路人甲', ...args])).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('')).toContain('路人甲');
    expect(await web(['link', ...args])).toBe(2);
  });
});

describe('yishiting web', () => {
  it('serves the dashboard on 127.0.0.1 until SIGTERM', async () => {
    const args = await setUp();
    const running = web(['--port', '0', ...args]);
    await vi.waitFor(() => expect(out.join('')).toMatch(/http:\/\/127\.0\.0\.1:\d+\//), { timeout: 10_000 });
    const base = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out.join(''))![1]!;
    expect((await fetch(`${base}/signin`)).status).toBe(200);
    expect((await fetch(`${base}/api/tickets`)).status).toBe(401);
    process.emit('SIGTERM');
    expect(await running).toBe(0);
    await expect(fetch(`${base}/signin`)).rejects.toThrow();
  });

  it('refuses a bad port', async () => {
    const args = await setUp();
    expect(await web(['--port', 'http', ...args])).toBe(2);
  });
});
