// export and stats only read: they work on a read-only database file, leave no -wal/-shm files
// behind, never change the database, and write exported files for the owner only (mode 600).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as exportRun } from '../../src/cli/export.js';
import { run as statsRun } from '../../src/cli/stats.js';
import { closeDatabase, openDatabase } from '../../src/infra/db/open-database.js';
import { buildLedgerDb } from '../infra/export/ledger-fixture.js';
import { captureCli } from './export-capture.js';

let dir: string;
let dbFile: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yishiting-ro-'));
  dbFile = join(dir, 'ledger.db');
  await buildLedgerDb(dbFile);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const MARCH = ['--from', '2025-03-01', '--to', '2025-03-31'];
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const sidecars = () => ['-wal', '-shm', '-journal'].filter((s) => existsSync(`${dbFile}${s}`));

describe('export and stats open the database read-only', () => {
  it('export (csv and xlsx) and stats work on a read-only file, change nothing and leave no -wal/-shm', async () => {
    expect(sidecars()).toEqual([]);
    chmodSync(dbFile, 0o400);
    const before = sha(dbFile);
    for (const format of ['csv', 'xlsx']) {
      const out = join(dir, `台账.${format}`);
      const r = await captureCli(exportRun, [...MARCH, '--db', dbFile, '--out', out]);
      expect(r.code, r.err).toBe(0);
      expect(statSync(out).mode & 0o777).toBe(0o600);
    }
    const s = await captureCli(statsRun, [...MARCH, '--db', dbFile, '--json']);
    expect(s.code, s.err).toBe(0);
    expect(JSON.parse(s.out).total).toBe(5);
    expect(sidecars()).toEqual([]);
    expect(sha(dbFile)).toBe(before);
    expect(statSync(dbFile).mode & 0o777).toBe(0o400); // not even its permissions were touched
  });

  it('works for a user who may not write the file or its directory (run as nobody when the tests run as root)', () => {
    // Root may write any file, so the real read-only case needs another user: the built CLI as nobody.
    const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    chmodSync(dir, 0o755);
    chmodSync(dbFile, 0o444);
    const [cmd, ...args] = [...asNobody, process.execPath, join(process.cwd(), 'dist/bin.js'), 'stats', ...MARCH, '--db', dbFile, '--json'];
    const out = execFileSync(cmd!, args, { encoding: 'utf8', env: { ...process.env, YISHITING_LOG_LEVEL: 'silent' } });
    expect(JSON.parse(out).total).toBe(5);
    expect(sidecars()).toEqual([]);
  });

  it('reads alongside the running bot without disturbing it', async () => {
    const bot = openDatabase(dbFile); // the bot keeps its connection (and the WAL) open
    try {
      const r = await captureCli(exportRun, [...MARCH, '--db', dbFile, '--out', join(dir, 'x.csv')]);
      expect(r.code, r.err).toBe(0);
      bot.$client.exec('create table probe (x); insert into probe values (1)'); // the bot can still write
    } finally {
      closeDatabase(bot);
    }
    expect(sidecars()).toEqual([]);
  });

  it('says so in one sentence when the database file does not exist, and creates nothing', async () => {
    const missing = join(dir, 'nope.db');
    const r = await captureCli(statsRun, ['--db', missing]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/找不到数据库文件/);
    expect(existsSync(missing)).toBe(false);
  });

  it('keeps the config file that init generates out of git', () => {
    expect(() => execFileSync('git', ['check-ignore', '-q', 'yishiting.config.yaml'])).not.toThrow();
  });
});
