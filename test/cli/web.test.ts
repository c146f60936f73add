import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run as init } from '../../src/cli/init.js';
import { run as web } from '../../src/cli/web.js';
import { useCliScratch } from '../helpers/cli-scratch.js';

const io = useCliScratch('yishiting-web-');

async function setUp(): Promise<string[]> {
  const config = join(io.dir, 'cfg.yaml');
  expect(await init(['--out', config])).toBe(0);
  io.out.length = 0;
  return ['--config', config, '--db', join(io.dir, 'y.db')];
}

describe('yishiting web link', () => {
  it('prints exactly one line: an absolute one-time login URL on the default base', async () => {
    const args = await setUp();
    expect(await web(['link', '--remark', '王主任', ...args])).toBe(0);
    expect(io.out.join('')).toMatch(/^http:\/\/127\.0\.0\.1:8080\/login\/[\w-]{43}\n$/);
  });

  it('takes another base, and refuses someone not on the roster', async () => {
    const args = await setUp();
    expect(await web(['link', '--remark', '王主任', '--base', 'https://ting.example.org/', ...args])).toBe(0);
    expect(io.out.join('')).toMatch(/^https:\/\/ting\.example\.org\/login\/[\w-]{43}\n$/);
    io.out.length = 0;
    expect(await web(['link', '--remark', '路人甲', ...args])).toBe(1);
    expect(io.out).toEqual([]);
    expect(io.err.join('')).toContain('路人甲');
    expect(await web(['link', ...args])).toBe(2);
  });
});

describe('yishiting web', () => {
  it('serves the dashboard on 127.0.0.1 until SIGTERM', async () => {
    const args = await setUp();
    const running = web(['--port', '0', ...args]);
    await vi.waitFor(() => expect(io.out.join('')).toMatch(/http:\/\/127\.0\.0\.1:\d+\//), { timeout: 10_000 });
    const base = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(io.out.join(''))![1]!;
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
