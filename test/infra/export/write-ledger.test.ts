import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalFormatter } from '../../../src/core/local-time.js';
import { computeStats } from '../../../src/core/stats/ticket-stats.js';
import { overdueLabel } from '../../../src/infra/export/ledger-columns.js';
import type { LedgerRow } from '../../../src/infra/export/ledger-row.js';
import type { LedgerSource } from '../../../src/infra/export/ledger-source.js';
import { csvField, writeLedgerCsv } from '../../../src/infra/export/write-ledger-csv.js';
import { sheetName, writeLedgerXlsx } from '../../../src/infra/export/write-ledger-xlsx.js';

function row(n: number): LedgerRow {
  return {
    community: '金阳社区',
    number: String(n),
    category: 'lighting',
    urgent: false,
    building: '3号楼',
    text: '楼道灯坏了',
    reporterCount: 1,
    createdAt: new Date('2025-03-03T01:00:00Z'),
    dueAt: new Date('2025-03-06T01:00:00Z'),
    status: 'open',
    assignee: null,
    resolvedAt: null,
    closedAt: null,
    rating: null,
    reopenCount: 0,
    repeatOf: null,
    referredTo: null,
    duplicateOf: null,
    timeline: [],
  };
}

function* rows(total: number, failAfter: number): Generator<LedgerRow> {
  for (let i = 1; i <= total; i++) {
    if (i > failAfter) throw new Error('disk I/O error');
    yield row(i);
  }
}

/** A source whose rows fail after `failAfter` rows, like a database error in the middle of an export. */
function failingSource(total: number, failAfter: number): LedgerSource {
  return {
    total,
    categories: ['lighting'],
    rows: () => rows(total, failAfter),
    rowsByCategory: () => rows(total, failAfter),
    summary: { rangeLabel: 'x', generatedAt: 'y', overall: computeStats([], new Date()), byCategory: new Map() },
    format: { categoryName: (c) => c, formatTime: createLocalFormatter('Asia/Shanghai'), now: new Date('2025-04-01T00:00:00Z') },
  };
}

describe('ledger writers never leave a half-written file', () => {
  for (const [name, write] of [
    ['xlsx', writeLedgerXlsx],
    ['csv', writeLedgerCsv],
  ] as const) {
    it(`${name}: a failure mid-way keeps the previous file and leaves no temporary file`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
      const target = join(dir, `ledger.${name}`);
      writeFileSync(target, 'previous export');
      await expect(write(target, failingSource(5000, 2500))).rejects.toThrow('disk I/O error');
      expect(readFileSync(target, 'utf8')).toBe('previous export');
      expect(readdirSync(dir)).toEqual([`ledger.${name}`]);
    });

    it(`${name}: a failure on a new target leaves nothing behind`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
      await expect(write(join(dir, `new.${name}`), failingSource(10, 3))).rejects.toThrow();
      expect(readdirSync(dir)).toEqual([]);
      expect(existsSync(join(dir, `new.${name}`))).toBe(false);
    });
  }

  it('reports progress while writing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    const seen: number[] = [];
    await writeLedgerCsv(join(dir, 'p.csv'), failingSource(2500, 2500), (done) => seen.push(done));
    expect(seen).toEqual([1000, 2000, 2500]);
  });
});

describe('是否超时', () => {
  const now = new Date('2025-04-01T00:00:00Z');
  const at = (iso: string) => new Date(iso);
  it('compares the resolve time with the deadline, or now for open tickets', () => {
    expect(overdueLabel({ ...row(1), status: 'closed', resolvedAt: at('2025-03-05T00:00:00Z') }, now)).toBe('否');
    expect(overdueLabel({ ...row(1), status: 'closed', resolvedAt: at('2025-03-07T00:00:00Z') }, now)).toBe('是');
    expect(overdueLabel({ ...row(1), status: 'in_progress' }, now)).toBe('是（在办）');
    expect(overdueLabel({ ...row(1), status: 'in_progress' }, at('2025-03-04T00:00:00Z'))).toBe('否');
    expect(overdueLabel({ ...row(1), status: 'withdrawn' }, now)).toBe('');
  });

  it('still shows a reopened ticket was escalated as overdue before its deadline was restarted', () => {
    const escalated = {
      at: Date.parse('2025-03-06T02:00:00Z'),
      actor: '系统',
      kind: 'escalation',
      action: null,
      to: null,
      note: '超时1小时，督办',
    };
    const reopened = { ...row(1), status: 'assigned' as const, dueAt: at('2025-04-10T00:00:00Z'), timeline: [escalated] };
    expect(overdueLabel(reopened, now)).toBe('曾超时（已督办）');
  });
});

describe('csv fields', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('普通文字')).toBe('普通文字');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"修好了"')).toBe('"他说""修好了"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(3)).toBe('3');
  });
});

describe('sheet names', () => {
  it('removes characters Excel refuses, keeps names short and unique', () => {
    const taken = new Set<string>();
    expect(sheetName('噪音/油烟*扰民', taken)).toBe('噪音_油烟_扰民');
    expect(sheetName('噪音/油烟*扰民', taken)).toBe('噪音_油烟_扰民(2)');
    expect(sheetName('很'.repeat(40), taken)).toHaveLength(28);
  });
});
