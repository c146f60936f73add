// One ticket: reports (masked), photos, reporter count, deadlines, the full timeline, and the
// actions staff can take (each one a chat command, see run-web-action.ts).
import type { CategoryName } from '../core/deps.js';
import { formatLocalDateTime } from '../core/local-time.js';
import { maskSensitive } from '../core/mask-sensitive.js';
import { ACTIVE_STATUSES, statusName } from '../core/tickets/lifecycle.js';
import type { Person, Report, Ticket, TicketEvent } from '../core/tickets/types.js';
import { html, type Html } from './html.js';
import { isOverdue } from './ticket-query.js';
import { WEB_ACTIONS } from './web-actions.js';
import { eventKindLabel } from '../core/tickets/event-label.js';

export interface TicketPageInput {
  ticket: Ticket;
  reports: readonly Report[];
  timeline: readonly TicketEvent[];
  categories: readonly CategoryName[];
  staff: readonly Person[];
  /** The forms' anti-forgery token; null: no actions (a district admin on another community's ticket). */
  csrf: string | null;
  /** `?community=…` for the ticket's own links (photos) when it is not the viewer's community. */
  query: string;
  now: Date;
  timeZone: string;
  /** What the last action said (the confirmation the chat command gave), or a refusal. */
  message?: { text: string; error: boolean } | null;
}

export function ticketPage(input: TicketPageInput): Html {
  const { ticket: t, categories, timeZone } = input;
  const at = (d: Date | null) => (d ? formatLocalDateTime(d, timeZone) : '—');
  const catName = (code: string) => categories.find((c) => c.code === code)?.name ?? code;
  const late = isOverdue(t, input.now);
  const reports = input.reports.map(
    (r) =>
      html`<li><span class="muted">${at(r.at)} ${r.reporterName}${r.building ? ` · ${r.building}` : ''}</span><br>${maskSensitive(r.text)}${r.images.map(
        (_, i) => html`<img class="photo" loading="lazy" alt="照片" src="/tickets/${t.number}/photos/${r.id}/${i}${input.query}">`,
      )}</li>`,
  );
  const events = input.timeline.map(
    (e) =>
      html`<li><span class="muted">${at(e.at)}</span> ${e.actorName}：${eventLabel(e)}${e.note ? `（${maskSensitive(e.note)}）` : ''}</li>`,
  );
  const active = ACTIVE_STATUSES.includes(t.status);
  return html`${input.message ? html`<div class="msg${input.message.error ? ' err' : ''}">${input.message.text}</div>` : ''}
<div class="card"><h2>#${t.number} ${catName(t.category)} ${t.urgent ? html`<span class="tag urgent">紧急</span>` : ''}${
    late ? html`<span class="tag overdue">超期</span>` : ''
  }${t.repeatOf ? html`<span class="tag repeat">重复投诉（#${t.repeatOf}）</span>` : ''}</h2>
<p>状态：<strong>${statusName(t.status)}</strong>${t.referredTo ? `（转办：${t.referredTo}）` : ''}${t.duplicateOf ? `（并入 #${t.duplicateOf}）` : ''}
 · 楼栋：${t.building ?? '—'} · 负责人：${t.assigneeName ?? '待派单'} · 反映：${t.reporterCount} 户${t.rating ? ` · 评价：${t.rating} 分` : ''}</p>
<p>反映时间：${at(t.createdAt)} · 接单期限：${at(t.ackDueAt)}（${t.acknowledgedAt ? `已于 ${at(t.acknowledgedAt)} 接单` : '未接单'}）
 · 办结期限：${at(t.dueAt)}${t.resolvedAt ? ` · 办结：${at(t.resolvedAt)}` : ''}${t.closedAt ? ` · 关闭：${at(t.closedAt)}` : ''}</p></div>
<div class="card"><h3>办理</h3>${
    input.csrf === null
      ? html`<p class="muted">其他社区的工单只能查看，请由该社区的工作人员办理。</p>`
      : active || t.status === 'resolved'
        ? actionForms(input, input.csrf)
        : html`<p class="muted">工单已${statusName(t.status)}。</p>`
  }</div>
<div class="card"><h3>反映内容（${input.reports.length} 条）</h3><ol>${reports}</ol></div>
<div class="card"><h3>办理经过</h3><ol>${events}</ol></div>`;
}

function eventLabel(e: TicketEvent): string {
  if (e.from && e.to && e.from !== e.to) return `${statusName(e.from)} → ${statusName(e.to)}`;
  return eventKindLabel(e.kind);
}

function actionForms(input: TicketPageInput, csrf: string): Html {
  const { ticket: t } = input;
  const forms = WEB_ACTIONS.filter((a) => a.when(t)).map((a) => {
    const field =
      a.field === 'person'
        ? html`<select name="person" required><option value="">选择工作人员</option>${input.staff.map((p) => html`<option value="${p.remark}">${p.name}</option>`)}</select>`
        : a.field === 'category'
          ? html`<select name="category" required>${input.categories.filter((c) => c.code !== t.category).map((c) => html`<option value="${c.code}">${c.name}</option>`)}</select>`
          : a.field === 'reporter'
            ? html`<select name="reporter" required>${[...new Set(input.reports.map((r) => r.reporterName))].map((n) => html`<option value="${n}">${n}</option>`)}</select>`
            : a.field === 'ticket'
              ? html`<input name="into" inputmode="numeric" pattern="[0-9]{1,9}" required placeholder="并入的工单编号" size="8">`
              : a.field === 'text'
                ? html`<input name="text" maxlength="200" ${a.textRequired ? html`required` : ''} placeholder="${a.placeholder}" size="24">`
                : '';
    return html`<details class="action"><summary>${a.label}</summary><form method="post" action="/tickets/${t.number}/actions">
<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="action" value="${a.code}">${field}<button class="primary">${a.label}</button></form></details>`;
  });
  return html`${forms}<p class="muted">每项操作与在微信里发命令相同，会在群里通知居民。</p>`;
}
