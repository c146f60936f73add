// Every sub-command behaves the same on PostgreSQL (--db postgres://…) as on an SQLite file:
// the same fixture in both, the same output. Needs a server: the CLI connects over the network,
// which PGlite (the tests' fallback) does not offer.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as exportRun } from '../../src/cli/export.js';
import { run as initRun } from '../../src/cli/init.js';
import { run as staffRun } from '../../src/cli/staff.js';
import { run as webRun } from '../../src/cli/web.js';
import { run as simRun } from '../../src/cli/sim.js';
import { run as statsRun } from '../../src/cli/stats.js';
import { run as rulesRun } from '../../src/cli/rules.js';
import { openStore } from '../../src/infra/open-store.js';
import { hashToken } from '../../src/web/tokens.js';
import { createEmptyServerDatabase, pgServerReachable } from '../helpers/pg-test-database.js';
import { buildLedger, buildLedgerDb } from '../infra/export/ledger-fixture.js';
import { captureCli } from './export-capture.js';

const server = await pgServerReachable();

describe.runIf(server)('the CLI on PostgreSQL', () => {
  let dir: string;
  let file: string;
  let ledger: Awaited<ReturnType<typeof createEmptyServerDatabase>>;
  let simDb: Awaited<ReturnType<typeof createEmptyServerDatabase>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yishiting-pgcli-'));
    file = join(dir, 'ledger.db');
    await buildLedgerDb(file);
    ledger = await createEmptyServerDatabase();
    const store = await openStore(ledger.url);
    try {
      await buildLedger(() => store.tickets);
    } finally {
      await store.close();
    }
    simDb = await createEmptyServerDatabase();
  }, 60_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await ledger?.drop();
    await simDb?.drop();
  });

  it('stats gives the same figures as on the SQLite file', async () => {
    const args = ['--from', '2025-03-01', '--to', '2025-03-31', '--json'];
    const [onFile, onPg] = [await captureCli(statsRun, [...args, '--db', file]), await captureCli(statsRun, [...args, '--db', ledger.url])];
    expect(onPg.code).toBe(0);
    expect(JSON.parse(onPg.out)).toEqual(JSON.parse(onFile.out));
    expect(JSON.parse(onPg.out).total).toBe(5);
  });

  it('export writes the same ledger, for every community or one', async () => {
    for (const scope of [[], ['--community', '金阳社区']]) {
      const args = ['--from', '2025-03-01', '--to', '2025-03-31', '--format', 'csv', ...scope];
      const a = await captureCli(exportRun, [...args, '--db', file, '--out', join(dir, 'a.csv')]);
      const b = await captureCli(exportRun, [...args, '--db', ledger.url, '--out', join(dir, 'b.csv')]);
      expect([a.code, b.code]).toEqual([0, 0]);
      expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe(readFileSync(join(dir, 'a.csv'), 'utf8'));
    }
    const unknown = await captureCli(exportRun, ['--db', ledger.url, '--community', '无此社区', '--out', join(dir, 'c.csv')]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('数据库里没有名为「无此社区」的社区（有：金阳社区）');
  });

  it('rules suggest reads the corrections from PostgreSQL', async () => {
    const [onFile, onPg] = [
      await captureCli(rulesRun, ['suggest', '--db', file]),
      await captureCli(rulesRun, ['suggest', '--db', ledger.url]),
    ];
    expect(onPg.code).toBe(0);
    expect(onPg.out).toBe(onFile.out);
  });

  it('sim on a PostgreSQL database prints the same transcript as on a fresh file', async () => {
    const script = join(dir, 'script.jsonl');
    writeFileSync(
      script,
      [
        { room: '金阳花园业主群', from: '张阿姨', text: '3号楼的路灯坏了，晚上黑漆漆的' },
        { room: '金阳花园业主群', from: '刘大爷', text: '3号楼路灯确实不亮' },
        { room: '金阳社区工作群', from: '李网格员', text: '#接单 1' },
        { advance: '3h' },
      ]
        .map((e) => JSON.stringify(e))
        .join('\n'),
    );
    const args = ['--script', script, '--start', '2026-03-02T09:00:00+08:00'];
    const onFile = await captureCli(simRun, args);
    const onPg = await captureCli(simRun, [...args, '--db', simDb.url]);
    expect(onPg.code).toBe(0);
    expect(onPg.out).toBe(onFile.out);
  }, 60_000);

  it('staff bind and web link write to PostgreSQL: the code binds, the link signs in once', async () => {
    const cfg = join(dir, 'cfg.yaml');
    await captureCli(initRun, ['--out', cfg, '--force']);
    const bind = await captureCli(staffRun, ['bind', '孙师傅', '--role', 'worker', '--config', cfg, '--db', ledger.url]);
    expect(bind.code).toBe(0);
    const code = /绑定码：(\d{6})/.exec(bind.out)?.[1];
    const link = await captureCli(webRun, ['link', '--remark', '孙师傅', '--config', cfg, '--db', ledger.url]);
    expect(link.code).toBe(0);
    const token = /^http:\/\/127\.0\.0\.1:8080\/login\/(\S+)\n$/.exec(link.out)?.[1];
    const store = await openStore(ledger.url);
    try {
      const person = await store.tickets.redeemBindingCode(code!, 'session-1', new Date());
      expect(person).toMatchObject({ ok: true, person: { name: '孙师傅' } });
      const signIn = await store.webAuth.redeemLoginToken(hashToken(token!), new Date());
      expect(signIn).toEqual({ ok: true, personId: person.ok ? person.person.id : -1 });
      expect(await store.webAuth.redeemLoginToken(hashToken(token!), new Date())).toEqual({ ok: false, reason: 'used' });
    } finally {
      await store.close();
    }
  });
});
