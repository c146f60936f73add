// 统计: the figures of `yishiting stats` (one accumulator, core/stats) for the signed-in person's
// community and a chosen period: a weekly trend by category drawn by ECharts (served same-origin,
// the figures also in a table for phones without script), CSS bars and a building heat table.
import { z } from 'zod';
import type { CategoryName } from '../core/deps.js';
import { localParts, zonedTime } from '../core/local-time.js';
import { formatDuration } from '../core/schedule/format-duration.js';
import { formatRate, type TicketStats } from '../core/stats/ticket-stats.js';
import { statusName } from '../core/tickets/lifecycle.js';
import type { WeeklyByCategory } from '../core/stats/weekly-by-category.js';
import { chartAssets } from './chart-assets.js';
import { Html, html } from './html.js';
import type { CommunityRef, Viewer } from './viewed-community.js';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成 2026-11-01 这样')
  .refine((d) => !Number.isNaN(Date.parse(d)), '没有这一天');
export const periodSchema = z.object({ from: z.union([z.literal(''), day]).optional(), to: z.union([z.literal(''), day]).optional() });

export interface Period {
  from: Date;
  to: Date;
  fromDate: string;
  toDate: string;
}

/** [from 00:00, the day after `to` 00:00) in the zone; default: everything up to today. */
export function resolvePeriod(q: z.infer<typeof periodSchema>, now: Date, timeZone: string): Period | string {
  const today = localParts(now, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  const fromDate = q.from || '2000-01-01';
  const toDate = q.to || `${today.year}-${pad(today.month)}-${pad(today.day)}`;
  if (toDate < fromDate) return '结束日期早于开始日期。';
  const [fy, fm, fd] = fromDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = toDate.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(ty, tm - 1, td + 1));
  return {
    from: zonedTime(fy, fm, fd, 0, 0, timeZone),
    to: zonedTime(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0, timeZone),
    fromDate: q.from ? fromDate : '',
    toDate,
  };
}

function bars(title: string, m: Map<string, number>, name: (k: string) => string): Html {
  const max = Math.max(1, ...m.values());
  const rows = [...m]
    .sort((a, b) => b[1] - a[1])
    .map(
      ([k, n]) =>
        html`<tr><td>${name(k)}</td><td style="width:60%"><div style="background:#1f5fa8;height:.8em;width:${String(Math.round((n / max) * 100))}%"></div></td><td>${n}</td></tr>`,
    );
  return html`<div class="card"><h3>${title}</h3><table>${rows.length ? rows : html`<tr><td class="muted">无</td></tr>`}</table></div>`;
}

function heat(m: Map<string, number>): Html {
  const max = Math.max(1, ...m.values());
  const cells = [...m]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => {
      const alpha = (0.15 + 0.85 * (n / max)).toFixed(2);
      return html`<span class="tag" style="background:rgba(212,56,13,${alpha});color:${n / max > 0.5 ? '#fff' : '#222'};padding:.4em .6em;margin:.2em">${k} ${n}</span>`;
    });
  return html`<div class="card"><h3>热点楼栋</h3><div>${cells.length ? cells : html`<span class="muted">无</span>`}</div></div>`;
}

/** The chart's data as JSON in a data block (not run as script; `<` escaped so it cannot end it). */
function weeklyChartData(w: WeeklyByCategory, catName: (code: string) => string) {
  return { weeks: w.weeks, series: [...w.series].map(([code, counts]) => ({ code, name: catName(code), counts })) };
}

function weeklyTrend(w: WeeklyByCategory, catName: (code: string) => string): Html {
  if (w.weeks.length === 0) return html`<div class="card"><h3>每周趋势（按类别）</h3><p class="muted">无</p></div>`;
  const data = weeklyChartData(w, catName);
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const { echarts, drawWeekly } = chartAssets();
  const rows = data.series.map((s) => html`<tr><td>${s.name}</td>${s.counts.map((n) => html`<td>${n}</td>`)}</tr>`);
  return html`<div class="card"><h3>每周趋势（按类别）</h3><div id="weekly-chart"></div>
<script type="application/json" id="weekly-data">${new Html(json)}</script>
<script src="${echarts.path}"></script><script src="${drawWeekly.path}"></script>
<details><summary>按周数字</summary><div style="overflow-x:auto"><table id="weekly-table"><thead><tr><th>类别</th>${data.weeks.map((d) => html`<th>${d.slice(5)} 周</th>`)}</tr></thead><tbody>${rows}</tbody></table></div></details></div>`;
}

export function statsPage(
  s: TicketStats,
  period: Period,
  categories: readonly CategoryName[],
  weekly: WeeklyByCategory,
  scope: { viewer: Viewer; viewed: CommunityRef | null },
): Html {
  const catName = (code: string) => categories.find((c) => c.code === code)?.name ?? code;
  const { viewer, viewed } = scope;
  const choose = (value: string, label: string) =>
    html`<option value="${value}"${(viewed?.name ?? '') === value ? html` selected` : ''}>${label}</option>`;
  return html`<form class="filters card" method="get" action="/stats">
${viewer.district ? html`<label>社区<select name="community">${choose('', '全部社区')}${viewer.communities.map((c) => choose(c.name, c.name))}</select></label>` : ''}
<label>从<input type="date" name="from" value="${period.fromDate}"></label><label>到<input type="date" name="to" value="${period.toDate}"></label>
<label>&nbsp;<button class="primary">统计</button></label>
<label>&nbsp;<button class="primary" formaction="/ledger" name="format" value="xlsx">下载台账 xlsx</button></label>
<label>&nbsp;<button class="primary" formaction="/ledger" name="format" value="csv">下载台账 csv</button></label></form>
<div class="card"><p>统计范围：${viewed?.name ?? '全部社区'}，${period.fromDate ? `${period.fromDate} 至 ${period.toDate}` : `全部（至 ${period.toDate}）`}，按首次反映时间</p>
<p>工单总数：<strong>${s.total}</strong></p>
<p>按时办结率：<strong>${formatRate(s.onTimeRate)}</strong>（${s.onTimeCount}/${s.dueCount}）</p>
<p>办结用时中位数：<strong>${s.medianResolveMs === null ? '—' : formatDuration(s.medianResolveMs)}</strong>（已办结 ${s.resolvedCount} 件）</p>
<p>满意率：<strong>${formatRate(s.satisfactionRate)}</strong>（${s.satisfiedCount}/${s.ratedCount}，4–5 分为满意）</p>
<p>重复投诉率：<strong>${formatRate(s.repeatRate)}</strong>（${s.repeatCount} 件）</p></div>
${weeklyTrend(weekly, catName)}${bars('按类别', s.byCategory, catName)}${bars('按状态', s.byStatus as Map<string, number>, (k) => statusName(k as never))}${heat(s.byBuilding)}`;
}
