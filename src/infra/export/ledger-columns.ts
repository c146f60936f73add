// The ledger's columns: Chinese headers and how one ticket fills them. xlsx and csv share this,
// so both formats always agree. Every free text (report, notes) is masked for phone/ID numbers.
import { formatDuration } from '../../core/schedule/format-duration.js';
import { ACTIVE_STATUSES, statusName, verbOf, isStatus, type ActionCode } from '../../core/tickets/lifecycle.js';
import { maskSensitive } from '../../core/mask-sensitive.js';
import { satisfactionVerdict } from '../../core/stats/ticket-stats.js';
import type { LedgerEvent, LedgerRow } from './ledger-row.js';
import { eventKindLabel } from '../../core/tickets/event-label.js';

export interface LedgerFormat {
  categoryName(code: string): string;
  /** "2026-11-26 14:05" in the configured zone. */
  formatTime(at: Date | number): string;
  /** For "是否超时" of tickets still open. */
  now: Date;
}

export interface LedgerColumn {
  header: string;
  /** Column width in characters (xlsx). */
  width: number;
}

export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { header: '编号', width: 8 },
  { header: '社区', width: 12 },
  { header: '类别', width: 10 },
  { header: '紧急', width: 6 },
  { header: '楼栋', width: 10 },
  { header: '反映内容', width: 40 },
  { header: '反映人数', width: 8 },
  { header: '首次反映时间', width: 17 },
  { header: '办结时限', width: 17 },
  { header: '状态', width: 10 },
  { header: '处理人', width: 10 },
  { header: '办结时间', width: 17 },
  { header: '用时', width: 12 },
  { header: '是否超时', width: 8 },
  { header: '评价', width: 8 },
  { header: '重复投诉', width: 10 },
  { header: '处理记录', width: 80 },
];

/** Excel refuses cells longer than this. */
const MAX_CELL = 32_000;

const ACTIVE: ReadonlySet<string> = new Set(ACTIVE_STATUSES);

/** The cells of one ticket, in LEDGER_COLUMNS order. */
export function ledgerCells(row: LedgerRow, f: LedgerFormat): (string | number)[] {
  return [
    row.number,
    row.community,
    f.categoryName(row.category),
    row.urgent ? '是' : '否',
    row.building ?? '',
    clip(maskSensitive(row.text)),
    row.reporterCount,
    f.formatTime(row.createdAt),
    f.formatTime(row.dueAt),
    statusLabel(row),
    row.assignee ?? '',
    row.resolvedAt ? f.formatTime(row.resolvedAt) : '',
    row.resolvedAt ? formatDuration(row.resolvedAt.getTime() - row.createdAt.getTime()) : '',
    overdueLabel(row, f.now),
    ratingLabel(row),
    row.repeatOf ? `是（#${row.repeatOf}）` : '否',
    clip(row.timeline.map((e) => eventLine(e, f)).join('\n')),
  ];
}

function statusLabel(row: LedgerRow): string {
  const name = statusName(row.status);
  if (row.status === 'referred' && row.referredTo) return `${name}（${maskSensitive(row.referredTo)}）`;
  if (row.status === 'duplicate' && row.duplicateOf) return `${name}（并入#${row.duplicateOf}）`;
  return name;
}

/**
 * 是否超时: resolved after the deadline, or still open past it; blank where it does not apply.
 * A reopened ticket has a new deadline, so an escalation in its timeline still shows it was late once.
 */
export function overdueLabel(row: LedgerRow, now: Date): string {
  const late = lateness(row, now);
  if (late === '否' && row.timeline.some((e) => e.kind === 'escalation')) return '曾超时（已督办）';
  return late;
}

function lateness(row: LedgerRow, now: Date): string {
  const due = row.dueAt.getTime();
  if (row.resolvedAt) return row.resolvedAt.getTime() > due ? '是' : '否';
  if (ACTIVE.has(row.status)) return now.getTime() > due ? '是（在办）' : '否';
  if (row.status === 'unresolved' && row.closedAt) return row.closedAt.getTime() > due ? '是' : '否';
  return '';
}

function ratingLabel(row: LedgerRow): string {
  if (row.rating !== null) return `${row.rating}分`;
  // Counted as unsatisfied in every satisfaction figure (satisfactionVerdict): say so here too.
  if (satisfactionVerdict(row) === 'unsatisfied') return '不满意（没修好）';
  if (row.status === 'closed' && row.resolvedAt) return '未评价';
  return '';
}

function eventLine(e: LedgerEvent, f: LedgerFormat): string {
  const what = e.action && e.kind !== 'reminder' && e.kind !== 'escalation' ? verbOf(e.action as ActionCode) : eventKindLabel(e.kind);
  const to = e.to && isStatus(e.to) && e.kind === 'status' ? `→${statusName(e.to)}` : '';
  const note = e.note ? maskSensitive(e.note) : '';
  // Some notes already say what happened ("评价 5 分"): no need to repeat the verb.
  const text = note.startsWith(what) ? note : `${what}${to}${note ? `：${note}` : ''}`;
  return `${f.formatTime(e.at)} ${e.actor} ${text}`;
}

function clip(s: string): string {
  return s.length > MAX_CELL ? `${s.slice(0, MAX_CELL)}…（已截断）` : s;
}
