import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run as exportRun } from '../../src/cli/export.js';
import { run } from '../../src/cli/stats.js';
import { loadDeadlines } from '../../src/infra/db/load-deadlines.js';
import { closeDatabase, openDatabase } from '../../src/infra/db/open-database.js';
import { createSqliteTicketStore } from '../../src/infra/db/sqlite-ticket-store.js';
import { buildLedgerDb } from '../infra/export/ledger-fixture.js';
import { captureCli } from './export-capture.js';

let dbFile: string;

beforeAll(async () => {
  dbFile = join(mkdtempSync(join(tmpdir(), 'yishiting-stats-')), 'ledger.db');
  await buildLedgerDb(dbFile);
});

const statsCli = (...argv: string[]) => captureCli(run, argv);

describe('yishiting stats', () => {
  it('prints the assessment figures of a known month as JSON', async () => {
    const r = await statsCli('--from', '2025-03-01', '--to', '2025-03-31', '--db', dbFile, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      from: '2025-03-01',
      to: '2025-03-31',
      total: 5,
      byCategory: { lighting: 2, elevator: 1, parking: 1, sanitation: 1 },
      byStatus: { closed: 2, open: 1, resolved: 1, withdrawn: 1 },
      byBuilding: { '3号楼': 2, '5号楼': 2, '7号楼': 1 },
      onTimeRate: 0.5,
      onTime: 2,
      due: 4,
      medianResolveHours: 24,
      resolved: 3,
      satisfactionRate: 0.5,
      satisfied: 1,
      rated: 2,
      repeatRate: 0.25,
      repeats: 1,
    });
  });

  it('prints a readable Chinese summary by default, over all time without --from', async () => {
    const r = await statsCli('--db', dbFile);
    expect(r.code).toBe(0);
    expect(r.out).toContain('工单总数：6');
    expect(r.out).toContain('按时办结率：');
    expect(r.out).toContain('满意率：50.0%（1/2，4–5 分为满意）');
    expect(r.out).toContain('照明  3');
  });

  it('refuses --to before --from with one sentence and exit code 2', async () => {
    const r = await statsCli('--from', '2025-03-10', '--to', '2025-03-01', '--db', dbFile);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('--to（2025-03-01）早于 --from（2025-03-10），请把结束日期写在开始日期之后。');
  });
});

describe('yishiting stats for a district (every community) or one --community', () => {
  it('covers every community without --community, one with it, and names the known ones for an unknown name', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'yishiting-stats-')), 'district.db');
    await buildLedgerDb(file);
    const db = openDatabase(file);
    const store = createSqliteTicketStore(db);
    const other = await store.ensureCommunity('银河社区');
    const at = new Date('2025-03-05T09:00:00+08:00');
    await store.intake(
      {
        communityId: other.id,
        roomKey: null,
        messageId: 'g1',
        text: '2号楼楼道灯坏了',
        reporterName: '钱大妈',
        reporterKey: '钱大妈',
        at,
        category: 'lighting',
        urgent: false,
        building: '2号楼',
      },
      { mergeWindowHours: 72, deadlines: loadDeadlines('rules') },
    );
    await store.close();
    closeDatabase(db);
    const total = async (...args: string[]) =>
      (JSON.parse((await statsCli('--db', file, '--json', ...args)).out) as { total: number }).total;
    expect(await total()).toBe(7);
    expect(await total('--community', '金阳社区')).toBe(6);
    expect(await total('--community', '银河社区')).toBe(1);
    expect((await statsCli('--db', file, '--community', '银河社区')).out).toContain('统计范围：银河社区，全部');
    const csv = join(mkdtempSync(join(tmpdir(), 'yishiting-export-')), 'g.csv');
    const exported = await captureCli(exportRun, [
      '--db',
      file,
      '--community',
      '银河社区',
      '--from',
      '2025-03-01',
      '--to',
      '2025-03-31',
      '--out',
      csv,
    ]);
    expect(exported.out).toContain('已导出 1 件工单（银河社区，2025-03-01 至 2025-03-31）');
    const unknown = await statsCli('--db', file, '--community', '别的社区');
    expect(unknown.code).toBe(2);
    expect(unknown.err.trim()).toBe('数据库里没有名为「别的社区」的社区（有：金阳社区、银河社区）；不写 --community 则统计全部社区。');
  });
});
