// `yishiting stats [--from 日期] [--to 日期] [--community 社区] [--db FILE] [--config FILE] [--json]`: the figures
// 12345 centres assess units by — counts by category/status/building, 按时办结率, median time to
// resolve, 满意率, 重复投诉率.
import { formatDuration } from '../core/schedule/format-duration.js';
import { createStatsAccumulator, formatRate, type TicketStats } from '../core/stats/ticket-stats.js';
import { statusName } from '../core/tickets/lifecycle.js';
import type { Status } from '../core/tickets/types.js';
import { openStore } from '../infra/open-store.js';
import { communityScope, ledgerSettings, resolveRange, runLedgerCommand, type ResolvedRange } from './ledger-args.js';

const HELP = `用法：yishiting stats [--from 日期] [--to 日期] [--community 社区] [--db 数据库] [--config 文件] [--json]

统计工单：按类别、状态、楼栋计数，按时办结率、办结用时中位数、满意率（4–5 分占已评价的比例）、
重复投诉率。范围按首次反映时间，默认全部；不写 --community 时统计数据库里的全部社区（街道汇总）。

  --from 日期    从哪天起（含），如 2026-11-01
  --to 日期      到哪天止（含）；默认今天
  --community 社区  只统计这个社区；默认全部社区
  --db 数据库    数据库文件或 postgres:// 地址；默认取配置文件里的 database（data/yishiting.db）
  --config 文件  配置文件；默认 yishiting.config.yaml（如有）
  --json         输出 JSON（给其他程序用）
`;

export async function run(argv: string[]): Promise<number> {
  const options = {
    from: { type: 'string' },
    to: { type: 'string' },
    community: { type: 'string' },
    db: { type: 'string' },
    config: { type: 'string' },
    json: { type: 'boolean' },
  } as const;
  return runLedgerCommand(argv, HELP, options, '统计失败：', async (values) => {
    const str = (k: string) => values[k] as string | undefined;
    const settings = ledgerSettings({ config: str('config'), db: str('db') });
    const now = new Date();
    const all = resolveRange(str('from'), str('to'), now, settings.timeZone, 'all');
    for (const w of settings.warnings) process.stderr.write(`注意：${w}\n`);
    const store = await openStore(settings.database, { readOnly: true });
    try {
      const { reader, range } = await communityScope(store, all, str('community'));
      const acc = createStatsAccumulator(now);
      for await (const t of reader.statsTickets(range)) acc.add(t);
      const stats = acc.result();
      process.stdout.write(
        values.json ? `${JSON.stringify(statsJson(stats, range), null, 2)}\n` : statsText(stats, range, settings.categoryName),
      );
    } finally {
      await store.close();
    }
  });
}

const round = (r: number | null) => (r === null ? null : Math.round(r * 10000) / 10000);

/** Machine-readable figures: rates in [0, 1], the median in hours. */
export function statsJson(s: TicketStats, range: ResolvedRange) {
  return {
    from: range.fromDate,
    to: range.toDate,
    total: s.total,
    byCategory: Object.fromEntries(s.byCategory),
    byStatus: Object.fromEntries(s.byStatus),
    byBuilding: Object.fromEntries(s.byBuilding),
    onTimeRate: round(s.onTimeRate),
    onTime: s.onTimeCount,
    due: s.dueCount,
    medianResolveHours: s.medianResolveMs === null ? null : Math.round((s.medianResolveMs / 3_600_000) * 100) / 100,
    resolved: s.resolvedCount,
    satisfactionRate: round(s.satisfactionRate),
    satisfied: s.satisfiedCount,
    rated: s.ratedCount,
    repeatRate: round(s.repeatRate),
    repeats: s.repeatCount,
  };
}

export function statsText(s: TicketStats, range: ResolvedRange, categoryName: (code: string) => string): string {
  const table = (title: string, m: Map<string, number>, name: (k: string) => string) =>
    [`${title}：`, ...[...m].map(([k, n]) => `  ${name(k)}  ${n}`)].join('\n');
  return [
    `统计范围：${range.label}，按首次反映时间`,
    `工单总数：${s.total}`,
    `按时办结率：${formatRate(s.onTimeRate)}（${s.onTimeCount}/${s.dueCount}，应办结的工单中按时办结的比例）`,
    `办结用时中位数：${s.medianResolveMs === null ? '—' : formatDuration(s.medianResolveMs)}（已办结 ${s.resolvedCount} 件）`,
    `满意率：${formatRate(s.satisfactionRate)}（${s.satisfiedCount}/${s.ratedCount}，4–5 分为满意）`,
    `重复投诉率：${formatRate(s.repeatRate)}（${s.repeatCount} 件）`,
    '',
    table('按类别', s.byCategory, categoryName),
    '',
    table('按状态', s.byStatus as Map<string, number>, (k) => statusName(k as Status)),
    '',
    table('按楼栋', s.byBuilding, (k) => k),
    '',
  ].join('\n');
}
