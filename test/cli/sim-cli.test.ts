import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as simRun } from '../../src/cli/sim.js';
import { captureCli } from './export-capture.js';

let dir: string;

const SCRIPT = [
  { room: '金阳花园业主群', from: '张阿姨', text: '3号楼的路灯坏了，晚上黑漆漆的' },
  { room: '金阳花园业主群', from: '刘大爷', text: '3号楼路灯确实不亮' },
  { room: '金阳花园业主群', from: '王阿姨', text: '6号楼电梯又坏了，困了好几个人' },
  { room: '金阳社区工作群', from: '李网格员', text: '#接单 1' },
  { advance: '90m' },
  { room: '金阳社区工作群', from: '李网格员', text: '#完成 1 已更换灯泡' },
  { dm: true, from: '王主任', text: '#待办' },
  { room: '金阳花园业主群', from: '张阿姨', text: '#评价 1 满意' },
]
  .map((e) => JSON.stringify(e))
  .join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yishiting-simcli-'));
  writeFileSync(join(dir, 'script.jsonl'), SCRIPT);
  writeFileSync(join(dir, 'bad.jsonl'), '{"advance": "1m"}\n{"room": "金阳花园业主群", "text": "没有 from"}\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `yishiting sim` in-process (its exported run()); rejects like a failed process would. */
async function sim(...args: string[]) {
  const r = await captureCli(simRun, args);
  if (r.code !== 0) throw Object.assign(new Error(r.err), { code: r.code, stdout: r.out, stderr: r.err });
  return { stdout: r.out, stderr: r.err };
}

// Starting the bot on the mock puppet and replaying a script takes seconds on a shared machine.
const SLOW = 60_000;

describe('yishiting sim (the black-box contract)', () => {
  it(
    'prints the same transcript and ticket numbers for the same script on a fresh database',
    async () => {
      const args = ['--script', join(dir, 'script.jsonl'), '--start', '2026-03-02T09:00:00+08:00'];
      const [a, b] = [await sim(...args), await sim(...args)];
      expect(a.stdout).toBe(b.stdout);
      const lines = a.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const last = lines.at(-1);
      expect(Object.keys(last)).toEqual(['tickets']);
      expect(last.tickets.map((t: { number: string; category: string }) => [t.number, t.category])).toEqual([
        ['1', 'lighting'],
        ['2', 'elevator'],
      ]);
      expect(last.tickets[0]).toEqual({
        number: '1',
        category: 'lighting',
        status: 'closed',
        urgent: false,
        building: '3号楼',
        reporters: 2,
        assignee: '李网格员',
      });
      for (const line of lines.slice(0, -1)) {
        // What the bot sends privately also names the account it reached (to_id).
        const privateFromBot = line.room === null && line.from === '社区小助手';
        expect(Object.keys(line)).toEqual(
          privateFromBot ? ['t', 'room', 'to', 'to_id', 'from', 'text'] : ['t', 'room', 'to', 'from', 'text'],
        );
      }
      // Inputs are echoed in order, the first at the start time.
      expect(lines[0]).toEqual({
        t: '2026-03-02T01:00:00.000Z',
        room: '金阳花园业主群',
        to: null,
        from: '张阿姨',
        text: '3号楼的路灯坏了，晚上黑漆漆的',
      });
      expect(lines.find((l) => l.from === '王主任')).toMatchObject({ room: null, to: '社区小助手' });
      expect(lines.some((l) => l.from === '社区小助手' && l.to === '王主任' && l.room === null)).toBe(true);
    },
    SLOW,
  );

  it(
    'stops on a bad script line with a Chinese error naming the line, before running anything',
    async () => {
      const err = await sim('--script', join(dir, 'bad.jsonl')).catch((e: { code: number; stdout: string; stderr: string }) => e);
      expect(err).toMatchObject({ code: 2, stdout: '' });
      expect((err as { stderr: string }).stderr).toMatch(/第 2 行.*from/);
    },
    SLOW,
  );

  it(
    'keeps the database with --db for export and stats',
    async () => {
      const db = join(dir, 'kept.db');
      await sim('--script', join(dir, 'script.jsonl'), '--start', '2026-03-02T09:00:00+08:00', '--db', db);
      const kept = new Database(db, { readonly: true });
      expect(kept.prepare('select count(*) c from tickets').get()).toEqual({ c: 2 });
      kept.close();
    },
    SLOW,
  );
});
