// 工单: the list with its filters; overdue and urgent tickets stand out (row colour and tags).
import type { CategoryName } from '../core/deps.js';
import { formatLocalShort } from '../core/local-time.js';
import { STATUS_CODES, statusName } from '../core/tickets/lifecycle.js';
import type { Person } from '../core/tickets/types.js';
import { html, type Html } from './html.js';
import { isOverdue, SORTS, type ListQuery, type ListResult } from './ticket-query.js';
import { communityQuery, type Viewer } from './viewed-community.js';

export interface ListPageInput {
  query: ListQuery;
  result: ListResult;
  categories: readonly CategoryName[];
  staff: readonly Person[];
  viewer: Viewer;
  now: Date;
  timeZone: string;
}

export function ticketListPage(input: ListPageInput): Html {
  const { query: q, result, categories, now, timeZone } = input;
  const catName = (code: string) => categories.find((c) => c.code === code)?.name ?? code;
  const option = (value: string, label: string, current: string | undefined) =>
    html`<option value="${value}"${current === value ? html` selected` : ''}>${label}</option>`;
  // Page links walk by keyset from this page's first or last ticket; back to page 1 needs none.
  const link = (page: number, cursor: { after: number } | { before: number } | null) => {
    const { after: _a, before: _b, page: _p, ...filters } = q;
    const fields = { ...filters, ...(cursor ? { page: String(page), ...cursor } : {}) };
    const params = new URLSearchParams(
      Object.entries(fields)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]): [string, string] => [k, String(v)]),
    );
    return `/?${params.toString()}`;
  };
  const first = result.tickets[0];
  const last = result.tickets.at(-1);
  const { viewer } = input;
  const communityName = (id: number) => viewer.communities.find((c) => c.id === id)?.name ?? '';
  const rows = result.tickets.map((t) => {
    const late = isOverdue(t, now);
    return html`<tr class="${[late ? 'overdue' : '', t.urgent ? 'urgent' : ''].join(' ').trim()}">
<td><a href="/tickets/${t.number}${communityQuery(viewer, t.communityId)}">#${t.number}</a></td>${viewer.district ? html`<td>${communityName(t.communityId)}</td>` : ''}
<td>${t.urgent ? html`<span class="tag urgent">紧急</span>` : ''}${late ? html`<span class="tag overdue">超期</span>` : ''}${
      t.repeatOf ? html`<span class="tag repeat">重复投诉</span>` : ''
    }${catName(t.category)}</td>
<td>${t.building ?? '—'}</td><td>${statusName(t.status)}</td><td>${t.assigneeName ?? html`<span class="muted">待派单</span>`}</td>
<td>${t.reporterCount} 户</td><td>${formatLocalShort(t.createdAt, timeZone)}</td><td>${formatLocalShort(t.dueAt, timeZone)}</td></tr>`;
  });
  return html`<form class="filters card" method="get" action="/">
<label>状态<select name="status">${option('active', '办理中（全部未完结）', q.status || 'active')}${option('all', '全部', q.status)}${STATUS_CODES.map(
    (s) => option(s, statusName(s), q.status),
  )}</select></label>
<label>类别<select name="category">${option('', '全部', q.category)}${categories.map((c) => option(c.code, c.name, q.category))}</select></label>
<label>楼栋<input name="building" value="${q.building ?? ''}" size="6"></label>
<label>社区<select name="community">${
    viewer.district
      ? html`${option('', '全部社区', q.community ?? '')}${viewer.communities.map((c) => option(c.name, c.name, q.community))}`
      : option(viewer.community.name, viewer.community.name, viewer.community.name)
  }</select></label>
<label>负责人<select name="assignee">${option('', '全部', q.assignee)}${option('-', '待派单', q.assignee)}${input.staff.map((p) =>
    option(p.name, p.name, q.assignee),
  )}</select></label>
<label>紧急<select name="urgent">${option('', '不限', q.urgent)}${option('1', '只看紧急', q.urgent)}</select></label>
<label>超期<select name="overdue">${option('', '不限', q.overdue)}${option('1', '只看超期', q.overdue)}</select></label>
<label>搜索<input name="q" value="${q.q ?? ''}" placeholder="反映内容" size="10"></label>
<label>排序<select name="sort">${Object.entries(SORTS).map(([k, v]) => option(k, v, q.sort || 'priority'))}</select></label>
<label>&nbsp;<button class="primary">筛选</button></label></form>
<p>共 ${result.total} 件${result.pages > 1 ? `，第 ${result.page}/${result.pages} 页` : ''}</p>
<table class="list"><thead><tr><th>编号</th>${viewer.district ? html`<th>社区</th>` : ''}<th>类别</th><th>楼栋</th><th>状态</th><th>负责人</th><th>反映</th><th>反映时间</th><th>办结期限</th></tr></thead>
<tbody>${rows.length ? rows : html`<tr><td colspan="${viewer.district ? '9' : '8'}" class="muted">没有符合条件的工单</td></tr>`}</tbody></table>
<p class="pager">${
    result.hasPrev && first ? html`<a href="${link(result.page - 1, result.page - 1 <= 1 ? null : { before: first.id })}">上一页</a>` : ''
  }${result.hasNext && last ? html`<a href="${link(result.page + 1, { after: last.id })}">下一页</a>` : ''}</p>`;
}
