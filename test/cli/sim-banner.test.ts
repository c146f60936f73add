// sim's banner names the config in use and the simulated start time, and says when a reply is
// held for quiet hours — on stderr, so that stdout stays exactly the JSON-lines transcript.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as sim } from '../../src/cli/sim.js';
import { CONFIG_TEMPLATE } from '../../src/infra/config-template.js';
import { captureCli } from './export-capture.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yishiting-banner-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const script = (events: object[]) => {
  const file = join(dir, 'script.jsonl');
  writeFileSync(file, events.map((e) => JSON.stringify(e)).join('\n'));
  return file;
};

describe('yishiting sim banner', { timeout: 120_000 }, () => {
  it('names the built-in demo config and the start time on stderr; stdout is only the transcript', async () => {
    const file = script([{ room: '金阳花园业主群', from: '张阿姨', text: '3号楼的路灯坏了' }]);
    const r = await captureCli(sim, ['--script', file, '--start', '2026-03-02T10:00:00+08:00']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/配置：内置演示配置/);
    expect(r.err).toMatch(/模拟开始时间：2026-03-02 10:00（Asia\/Shanghai）/);
    for (const line of r.out.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    expect(r.out).not.toMatch(/配置|模拟开始/);
  });

  it('names a config file given with --config, and says when a reply is held for quiet hours', async () => {
    const config = join(dir, 'my.yaml');
    writeFileSync(config, CONFIG_TEMPLATE);
    const file = script([{ room: '金阳花园业主群', from: '张阿姨', text: '3号楼的路灯坏了' }, { advance: '9h' }]);
    const r = await captureCli(sim, ['--script', file, '--config', config, '--start', '2026-03-02T23:00:00+08:00']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`配置：${config}`);
    expect(r.err).toMatch(/模拟开始时间：2026-03-02 23:00/);
    expect(r.err).toMatch(/安静时段.*金阳花园业主群.*暂存.*03-03 07:00/);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.some((l) => l.from === '社区小助手' && l.room === '金阳花园业主群')).toBe(true);
  });

  it('says so, once a night per group, when a reminder falls due in quiet hours while time is advanced and waits for the morning', async () => {
    // Reported at 21:00, before quiet hours: the acknowledgement goes out at once; the ack
    // reminder falls due at 23:00, inside quiet hours, and is sent at 07:00.
    const file = script([{ room: '金阳花园业主群', from: '张阿姨', text: '3号楼的路灯坏了' }, { advance: '12h' }]);
    const r = await captureCli(sim, ['--script', file, '--start', '2026-03-02T21:00:00+08:00']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toMatch(/金阳花园业主群.*暂存/);
    expect(r.err.match(/安静时段.*金阳社区工作群.*提醒.*暂存.*03-03 07:00/g)).toHaveLength(1);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const reminder = lines.find((l) => l.from === '社区小助手' && l.room === '金阳社区工作群');
    expect(reminder).toMatchObject({ t: '2026-03-02T23:00:00.000Z', text: expect.stringContaining('待接单提醒') });
  });
});
