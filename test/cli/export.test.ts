import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/export.js';
import { buildLedgerDb } from '../infra/export/ledger-fixture.js';
import { captureCli } from './export-capture.js';

let dir: string;
let dbFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yishiting-export-'));
  dbFile = join(dir, 'ledger.db');
  await buildLedgerDb(dbFile);
});

const exportCli = (...argv: string[]) => captureCli(run, argv);

const MARCH = ['--from', '2025-03-01', '--to', '2025-03-31'];

function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

describe('yishiting export (xlsx)', () => {
  it('writes a summary sheet and one sheet per category, with Chinese headers and one row per ticket', async () => {
    const out = join(dir, '三月台账.xlsx');
    const r = await exportCli(...MARCH, '--db', dbFile, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('已导出 5 件工单');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '照明', '电梯', '停车', '环境卫生']);

    const lighting = sheetRows(wb.getWorksheet('照明')!);
    expect(lighting[0]).toEqual([
      '编号',
      '社区',
      '类别',
      '紧急',
      '楼栋',
      '反映内容',
      '反映人数',
      '首次反映时间',
      '办结时限',
      '状态',
      '处理人',
      '办结时间',
      '用时',
      '是否超时',
      '评价',
      '重复投诉',
      '处理记录',
    ]);
    expect(lighting).toHaveLength(3);
    const [, first, repeat] = lighting;
    expect(first!.slice(0, 16)).toEqual([
      '1',
      '金阳社区',
      '照明',
      '否',
      '3号楼',
      '3号楼楼道灯坏了，联系我138****5678',
      '1',
      '2025-03-03 09:00',
      '2025-03-06 09:00',
      '已关闭',
      '李网格员',
      '2025-03-04 09:00',
      '1天',
      '否',
      '5分',
      '否',
    ]);
    expect(first![16]).toContain('2025-03-03 10:00 李网格员 接单');
    expect(first![16]).toContain('已更换灯泡，业主电话 139****4321');
    expect(first![16]).not.toMatch(/1398765|13812345678/);
    const log = String(sheetRows(wb.getWorksheet('停车')!)[1]![16]);
    expect(log).toContain('车主电话１３６****２２２２');
    expect(log).toContain('身份证 110101******123');
    expect(repeat!.slice(0, 2)).toEqual(['4', '金阳社区']);
    expect(repeat![12]).toBe('6小时');
    expect(repeat![15]).toBe('是（#1）');

    const parking = sheetRows(wb.getWorksheet('停车')!);
    expect(parking[1]!.slice(9, 15)).toEqual(['已关闭', '赵师傅', '2025-03-08 10:00', '5天', '是', '3分']);
    const elevator = sheetRows(wb.getWorksheet('电梯')!);
    expect(elevator[1]!.slice(9, 15)).toEqual(['已受理', '', '', '', '是（在办）', '']);

    const summary = sheetRows(wb.getWorksheet('汇总')!);
    const figure = (label: string) => summary.find((row) => row[0] === label);
    expect(figure('统计范围（首次反映时间）')![1]).toBe('2025-03-01 至 2025-03-31');
    expect(figure('工单总数')![1]).toBe('5');
    expect(figure('按时办结率')!.slice(1)).toEqual(['50.0%', '2/4']);
    expect(figure('办结用时中位数')![1]).toBe('1天');
    expect(figure('满意率')!.slice(1)).toEqual(['50.0%', '1/2']);
    expect(figure('重复投诉率')!.slice(1)).toEqual(['25.0%', '1']);
    expect(summary.find((row) => row[0] === '照明')!.slice(0, 3)).toEqual(['照明', '2', '2']);
  });

  it('leaves out tickets outside the range', async () => {
    const out = join(dir, 'april.xlsx');
    const r = await exportCli('--from', '2025-04-01', '--to', '2025-04-30', '--db', dbFile, '--out', out);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '照明']);
    expect(sheetRows(wb.getWorksheet('照明')!)).toHaveLength(2);
  });
});

describe('yishiting export (csv)', () => {
  it('writes UTF-8 with a BOM, the same headers, one line per ticket, masked and formula-safe', async () => {
    const out = join(dir, 'march.csv');
    const r = await exportCli(...MARCH, '--db', dbFile, '--out', out);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '编号,社区,类别,紧急,楼栋,反映内容,反映人数,首次反映时间,办结时限,状态,处理人,办结时间,用时,是否超时,评价,重复投诉,处理记录',
    );
    expect(text).toContain('138****5678');
    expect(text).not.toContain('13812345678');
    expect(text).toContain(",'=7号楼垃圾没人清运,");
    const numbers = lines
      .slice(1)
      .filter((l) => /^\d+,金阳社区,/.test(l))
      .map((l) => l.split(',')[0]);
    expect(numbers).toEqual(['1', '2', '3', '4', '5']);
  });

  it('takes the format from --format over the file name', async () => {
    const out = join(dir, 'ledger.data');
    expect((await exportCli(...MARCH, '--db', dbFile, '--out', out, '--format', 'csv')).code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('\uFEFF编号,')).toBe(true);
  });
});

describe('yishiting export: bad arguments get one clear sentence and a non-zero exit', () => {
  it.each([
    [['--from', '2025-13-01'], '--from 的日期「2025-13-01」不存在'],
    [['--from', 'yesterday'], '--from 的日期「yesterday」无法识别'],
    [['--from', '2025-03-31', '--to', '2025-03-01'], '--to（2025-03-01）早于 --from（2025-03-31）'],
    [[...MARCH, '--format', 'pdf'], '--format 只能是 xlsx 或 csv'],
    [[...MARCH, '--bogus'], '参数有误'],
  ])('%j', async (args, message) => {
    const r = await exportCli(...args, '--db', dbFile, '--out', join(dir, 'bad.xlsx'));
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(message);
    expect(existsSync(join(dir, 'bad.xlsx'))).toBe(false);
  });

  it('refuses a missing database without creating it', async () => {
    const missing = join(dir, 'nope.db');
    const r = await exportCli(...MARCH, '--db', missing);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`找不到数据库文件 ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses an --out in a directory that does not exist', async () => {
    const r = await exportCli(...MARCH, '--db', dbFile, '--out', join(dir, 'no-such-dir', 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('目录不存在');
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('refuses an --out that is a directory', async () => {
    const r = await exportCli(...MARCH, '--db', dbFile, '--out', dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('是一个目录');
  });

  it('prints usage for --help', async () => {
    const r = await exportCli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('用法：yishiting export');
  });
});
