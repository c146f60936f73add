import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/stats.js';
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
