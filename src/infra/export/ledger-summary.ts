// The ledger's summary (汇总) sheet: the assessment figures for the whole range and per category.
import { formatDuration } from '../../core/schedule/format-duration.js';
import { formatRate, type TicketStats } from '../../core/stats/ticket-stats.js';
import { statusName } from '../../core/tickets/lifecycle.js';

export interface LedgerSummary {
  /** "2026-11-01 至 2026-11-30". */
  rangeLabel: string;
  generatedAt: string;
  overall: TicketStats;
  byCategory: Map<string, TicketStats>;
}

/** Rows of the summary sheet (first cell a label); empty arrays are spacer rows. */
export function summaryRows(s: LedgerSummary, categoryName: (code: string) => string): (string | number)[][] {
  const o = s.overall;
  const median = (st: TicketStats) => (st.medianResolveMs === null ? '—' : formatDuration(st.medianResolveMs));
  const rows: (string | number)[][] = [
    ['台账汇总'],
    ['统计范围（首次反映时间）', s.rangeLabel],
    ['导出时间', s.generatedAt],
    ['工单总数', o.total],
    ['按时办结率', formatRate(o.onTimeRate), `${o.onTimeCount}/${o.dueCount}`],
    ['办结用时中位数', median(o)],
    ['满意率', formatRate(o.satisfactionRate), `${o.satisfiedCount}/${o.ratedCount}`],
    ['重复投诉率', formatRate(o.repeatRate), `${o.repeatCount}`],
    [],
    ['类别', '件数', '已办结', '按时办结率', '办结用时中位数', '满意率', '重复投诉'],
  ];
  for (const [code, st] of s.byCategory) {
    rows.push([
      categoryName(code),
      st.total,
      st.resolvedCount,
      formatRate(st.onTimeRate),
      median(st),
      formatRate(st.satisfactionRate),
      st.repeatCount,
    ]);
  }
  rows.push([], ['状态', '件数']);
  for (const [status, n] of o.byStatus) rows.push([statusName(status), n]);
  rows.push([], ['楼栋', '件数']);
  for (const [building, n] of o.byBuilding) rows.push([building, n]);
  return rows;
}
