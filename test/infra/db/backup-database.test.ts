import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/backup.js';
import { backupDatabase, BackupError } from '../../../src/infra/db/backup-database.js';
import { openDatabase } from '../../../src/infra/db/open-database.js';
import { createSqliteTicketStore } from '../../../src/infra/db/sqlite-ticket-store.js';
import { startWriter, type ChildWriter } from './child-writer.js';
import { DEADLINES, T0, tempDir } from './store-fixture.js';

let cleanup = () => {};
let writer: ChildWriter | null = null;
afterEach(() => {
  writer?.child.kill('SIGKILL');
  writer = null;
  vi.restoreAllMocks();
  cleanup();
});

async function seededDatabase(dir: string, tickets: number): Promise<string> {
  const file = join(dir, 'live.db');
  const db = openDatabase(file);
  const store = createSqliteTicketStore(db);
  const { id } = await store.ensureCommunity('金阳社区');
  for (let i = 0; i < tickets; i++) {
    await store.intake(
      {
        communityId: id,
        roomKey: 'g1',
        messageId: `seed-${i}`,
        text: `${i}号楼楼道灯坏了，晚上上下楼很不方便`,
        reporterName: '张阿姨',
        reporterKey: '张阿姨',
        at: T0,
        category: 'lighting',
        urgent: false,
        building: `${i}号楼`,
      },
      { mergeWindowHours: 72, deadlines: DEADLINES },
    );
  }
  db.$client.close();
  return file;
}

describe('backup while the bot keeps writing', () => {
  it('produces a consistent copy that holds every ticket committed before the backup started', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = await seededDatabase(t.dir, 4000);
    writer = startWriter(file, 'live', 'forever');
    await writer.until((n) => n.length >= 30);
    const before = [...writer.numbers];

    const target = join(t.dir, 'copy.db');
    const progress: number[] = [];
    const result = await backupDatabase(file, target, { onProgress: (p) => progress.push(p.remainingPages) });
    writer.child.kill('SIGKILL');
    await writer.exited;

    expect(result.pages).toBeGreaterThan(256);
    expect(progress.at(-1)).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const numbers = (copy.prepare('select number from tickets').all() as { number: string }[]).map((r) => Number(r.number));
    const held = new Set(numbers);
    expect(before.filter((n) => !held.has(Number(n)))).toEqual([]);
    expect(numbers.length).toBeGreaterThanOrEqual(4000 + before.length);
    // A snapshot of one moment: numbers 1..n without gaps, and every ticket with its report.
    expect(Math.max(...numbers)).toBe(numbers.length);
    const reportless = copy
      .prepare('select count(*) as n from tickets t where not exists (select 1 from reports r where r.ticket_id = t.id)')
      .get() as { n: number };
    expect(reportless.n).toBe(0);
    copy.close();
    expect(readdirSync(t.dir).filter((f) => f.includes('partial'))).toEqual([]);
  }, 180_000);
});

describe('backup refusals', () => {
  it('refuses to overwrite an existing file unless forced', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = await seededDatabase(t.dir, 3);
    const target = join(t.dir, 'copy.db');
    writeFileSync(target, 'old');
    await expect(backupDatabase(file, target)).rejects.toThrow('已存在；如要覆盖请加 --force');
    await backupDatabase(file, target, { force: true });
    const copy = new Database(target, { readonly: true });
    expect((copy.prepare('select count(*) as n from tickets').get() as { n: number }).n).toBe(3);
    copy.close();
  });

  it('refuses a missing directory, a directory as target and the database itself', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = await seededDatabase(t.dir, 1);
    await expect(backupDatabase(file, join(t.dir, 'nope', 'copy.db'))).rejects.toThrow(BackupError);
    await expect(backupDatabase(file, join(t.dir, 'nope', 'copy.db'))).rejects.toThrow('不存在，请先创建它');
    mkdirSync(join(t.dir, 'folder'));
    await expect(backupDatabase(file, join(t.dir, 'folder'))).rejects.toThrow('是一个目录');
    await expect(backupDatabase(file, file)).rejects.toThrow('不能和数据库是同一个文件');
    await expect(backupDatabase(join(t.dir, 'missing.db'), join(t.dir, 'x.db'))).rejects.toThrow('找不到数据库文件');
  });
});

describe('yishiting backup', () => {
  function capture() {
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      out.push(String(s));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      err.push(String(s));
      return true;
    });
    return { out, err };
  }

  it('copies the database named by --db and reports what it did', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = await seededDatabase(t.dir, 2);
    const io = capture();
    const code = await run([join(t.dir, 'b.db'), '--db', file]);
    expect(code).toBe(0);
    expect(io.out.join('')).toMatch(/^备份完成：.* → .*b\.db（\d+ KB，\d+ 页，用时 [\d.]+ 秒）\n$/);
    expect(io.err.join('')).toContain('备份中… 100%');
    expect(existsSync(join(t.dir, 'b.db'))).toBe(true);
  });

  it('exits non-zero with one sentence for an unwritable target, and 2 for a missing argument', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = await seededDatabase(t.dir, 1);
    const io = capture();
    expect(await run([join(t.dir, 'no', 'such', 'dir', 'b.db'), '--db', file])).toBe(1);
    expect(io.err.join('')).toMatch(/^备份目录 .* 不存在，请先创建它或换一个位置。\n$/);
    expect(await run(['--db', file])).toBe(2);
    expect(await run(['--bogus'])).toBe(2);
    expect(await run(['--help'])).toBe(0);
    expect(io.out.join('')).toContain('用法：yishiting backup');
  });

  it('sends a PostgreSQL database to pg_dump, without showing the password', async () => {
    const io = capture();
    expect(await run(['b.db', '--db', 'postgres://bot:s3cret@db.example/district'])).toBe(2);
    expect(io.err.join('')).toMatch(
      /^backup 只用于 SQLite 数据库文件；PostgreSQL 数据库（postgres:\/\/bot:\*\*\*@db.example\/district）请用 pg_dump 备份/,
    );
    expect(io.err.join('')).not.toContain('s3cret');
    expect(existsSync('b.db')).toBe(false);
  });
});
