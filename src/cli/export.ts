// `yishiting export --from <date> --to <date> [--community 社区] [--format xlsx|csv] [--out file] [--db FILE] [--config FILE]`:
// the ledger (台账), one row per ticket, xlsx (summary sheet + one sheet per category) or csv.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { openStore } from '../infra/open-store.js';
import { createLedgerSource } from '../infra/export/create-ledger-source.js';
import { writeLedgerCsv } from '../infra/export/write-ledger-csv.js';
import { writeLedgerXlsx } from '../infra/export/write-ledger-xlsx.js';
import { communityScope, ledgerSettings, resolveRange, runLedgerCommand, UsageError } from './ledger-args.js';
import { progressPrinter } from './progress-printer.js';

const HELP = `用法：yishiting export [--from 日期] [--to 日期] [--community 社区] [--format xlsx|csv] [--out 文件] [--db 数据库] [--config 文件]

导出台账：每张工单一行（编号、类别、楼栋、反映人数、首次反映时间、状态、处理人、办结时间、
用时、是否超时、评价、重复投诉、处理记录……），电话和身份证号已打码。
xlsx 含“汇总”表和每个类别一张表；csv 带 BOM，可直接用 Excel 打开。

  --from 日期    首次反映时间从哪天起（含），如 2026-11-01；默认本月 1 日
  --to 日期      到哪天止（含）；默认今天
  --community 社区  只导出这个社区的工单；默认全部社区（街道汇总，表中有“社区”一列）
  --format 格式  xlsx（默认）或 csv；不写时按 --out 的扩展名判断
  --out 文件     输出文件；默认 台账_开始日期_结束日期.xlsx
  --db 数据库    数据库文件或 postgres:// 地址；默认取配置文件里的 database（data/yishiting.db）
  --config 文件  配置文件（时区、数据库、规则目录）；默认 yishiting.config.yaml（如有）

例：yishiting export --from 2026-11-01 --to 2026-11-30 --out 11月台账.xlsx
`;

type Format = 'xlsx' | 'csv';

export async function run(argv: string[]): Promise<number> {
  const options = {
    from: { type: 'string' },
    to: { type: 'string' },
    community: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    db: { type: 'string' },
    config: { type: 'string' },
  } as const;
  return runLedgerCommand(argv, HELP, options, '导出失败（未留下不完整的文件）：', async (values) => {
    const str = (k: string) => values[k] as string | undefined;
    const settings = ledgerSettings({ config: str('config'), db: str('db') });
    const now = new Date();
    const all = resolveRange(str('from'), str('to'), now, settings.timeZone, 'month-start');
    const format = chooseFormat(str('format'), str('out'));
    const community = str('community');
    const out = resolve(str('out') ?? `台账_${community ? `${community}_` : ''}${all.fromDate}_${all.toDate}.${format}`);
    checkWritable(out);
    for (const w of settings.warnings) process.stderr.write(`注意：${w}\n`);
    const store = await openStore(settings.database, { readOnly: true });
    try {
      const { reader, range } = await communityScope(store, all, community);
      const source = await createLedgerSource(reader, range, settings.categoryName, settings.timeZone, now);
      const progress = progressPrinter(process.stderr, '导出台账');
      if (format === 'xlsx') await writeLedgerXlsx(out, source, progress);
      else await writeLedgerCsv(out, source, progress);
      process.stdout.write(`已导出 ${source.total} 件工单（${range.label}）到 ${out}\n`);
    } finally {
      await store.close();
    }
  });
}

function chooseFormat(format: string | undefined, out: string | undefined): Format {
  const wanted = format ?? (out ? extname(out).slice(1).toLowerCase() : '') ?? '';
  if (wanted === 'xlsx' || wanted === 'csv') return wanted;
  if (format !== undefined) throw new UsageError(`--format 只能是 xlsx 或 csv，收到的是「${format}」。`);
  return 'xlsx';
}

/** The target's directory must exist and be writable, and the target must not be a directory. */
export function checkWritable(out: string): void {
  if (existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`--out 指向的 ${out} 是一个目录，请写上文件名。`);
  const dir = dirname(out);
  try {
    accessSync(dir, constants.W_OK);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError(`无法写入 ${out}：${missing ? '目录不存在' : '没有写入权限'}，请换一个 --out 位置。`);
  }
}
