// 人员 (admins): the roster with each person's last sign-in, and the audit log of page actions.
import { BINDING_CODE_MINUTES } from '../core/identity/binding-policy.js';
import { formatLocalDateTime } from '../core/local-time.js';
import type { Person } from '../core/tickets/types.js';
import { STAFF_ROLE_NAMES } from '../core/tickets/staff-roles.js';
import { html, type Html } from './html.js';
import { WEB_ACTIONS } from './web-actions.js';
import { communityQuery, type Viewer } from './viewed-community.js';
import type { AuditEntry } from './web-auth-store.js';

const LABELS: Record<string, string> = {
  signin: '登录',
  signout: '退出',
  rule: '采用规则建议',
  code: '生成绑定码',
  ...Object.fromEntries(WEB_ACTIONS.map((a) => [a.code, a.label])),
};

export interface PeoplePageInput {
  people: readonly Person[];
  audit: readonly AuditEntry[];
  timeZone: string;
  viewer: Viewer;
  /** The forms' anti-forgery token (binding codes). */
  csrf: string;
  /** A fresh binding code (shown once), or a refusal. */
  message: { text: string; error: boolean } | null;
}

export function peoplePage(input: PeoplePageInput): Html {
  const { people, audit, timeZone, viewer, csrf, message } = input;
  const at = (d: Date) => formatLocalDateTime(d, timeZone);
  const communityName = (id: number) => viewer.communities.find((c) => c.id === id)?.name ?? '';
  const where = (id: number) => (viewer.district ? html`<td>${communityName(id)}</td>` : '');
  const whereHead = viewer.district ? html`<th>社区</th>` : '';
  const nameOf = (id: number) => people.find((p) => p.id === id)?.name ?? `#${id}`;
  const lastSignIn = (id: number) => audit.find((e) => e.personId === id && e.action === 'signin')?.at;
  const roster = people.map((p) => {
    const last = lastSignIn(p.id);
    return html`<tr>${where(p.communityId)}<td>${p.name}</td><td>${p.remark}</td><td>${STAFF_ROLE_NAMES[p.role]}</td><td>${p.covers.join('、')}</td><td>${
      p.active ? '在名单' : html`<span class="muted">已移出</span>`
    }</td><td>${last ? at(last) : '—'}</td><td>${
      p.active
        ? html`<form method="post" action="/people/${String(p.id)}/code"><input type="hidden" name="_csrf" value="${csrf}"><button>生成绑定码</button></form>`
        : ''
    }</td></tr>`;
  });
  const log = audit.map(
    (e) =>
      html`<tr>${where(e.communityId)}<td>${at(e.at)}</td><td>${nameOf(e.personId)}</td><td>${LABELS[e.action] ?? e.action}</td><td>${
        e.ticketNumber ? html`<a href="/tickets/${e.ticketNumber}${communityQuery(viewer, e.communityId)}">#${e.ticketNumber}</a>` : ''
      }</td><td>${e.detail ?? ''}</td></tr>`,
  );
  return html`${message ? html`<div class="msg${message.error ? ' err' : ''}" style="white-space:pre-line">${message.text}</div>` : ''}<div class="card"><h3>工作人员名单</h3><p class="muted">名单以配置文件为准；新增人员用 <code>yishiting staff bind</code>。
“生成绑定码”给名单里的人一个一次性绑定码（${String(BINDING_CODE_MINUTES)} 分钟内有效），他用自己的微信私聊机器人发送“绑定 绑定码”后，机器人就认得他了（换了微信号或没设备注时用）。</p>
<table class="list"><thead><tr>${whereHead}<th>称呼</th><th>备注名</th><th>角色</th><th>负责范围</th><th>状态</th><th>最近登录工作台</th><th>绑定</th></tr></thead><tbody>${roster}</tbody></table></div>
<div class="card"><h3>操作记录</h3><table class="list"><thead><tr>${whereHead}<th>时间</th><th>人员</th><th>操作</th><th>工单</th><th>内容</th></tr></thead>
<tbody>${log.length ? log : html`<tr><td colspan="${viewer.district ? '6' : '5'}" class="muted">还没有记录</td></tr>`}</tbody></table></div>`;
}
