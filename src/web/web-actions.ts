// The actions the ticket page offers. Each is written as the chat command a staff member would
// type, so the page runs the very same command module (names, permission gate, lifecycle check,
// announcement): the table only says which form field it needs and how the command reads.
import { ACTIVE_STATUSES } from '../core/tickets/lifecycle.js';
import type { Ticket } from '../core/tickets/types.js';

export interface WebAction {
  code: string;
  label: string;
  field: 'none' | 'text' | 'person' | 'category' | 'ticket' | 'reporter';
  textRequired?: boolean;
  placeholder?: string;
  /** Whether the page offers it for this ticket (the command itself still decides). */
  when(t: Ticket): boolean;
  /** The chat command text, from validated field values. */
  command(number: string, value: string): string;
}

const active = (t: Ticket) => ACTIVE_STATUSES.includes(t.status);

export const WEB_ACTIONS: readonly WebAction[] = [
  { code: 'take', label: '接单', field: 'none', when: (t) => t.status === 'open' || t.status === 'assigned', command: (n) => `#接单 ${n}` },
  { code: 'handover', label: '指派/转派', field: 'person', when: active, command: (n, who) => `#转派 ${n} @${who}` },
  {
    code: 'note',
    label: '进度',
    field: 'text',
    textRequired: true,
    placeholder: '办理进度',
    when: active,
    command: (n, text) => `#进度 ${n} ${text}`,
  },
  {
    code: 'resolve',
    label: '办结',
    field: 'text',
    textRequired: true,
    placeholder: '处理结果',
    when: active,
    command: (n, text) => `#完成 ${n} ${text}`,
  },
  {
    code: 'return',
    label: '退回',
    field: 'text',
    placeholder: '原因（可不填）',
    when: (t) => t.status === 'assigned' || t.status === 'in_progress',
    command: (n, text) => `#退回 ${n}${text ? ` ${text}` : ''}`,
  },
  {
    code: 'refer',
    label: '转办',
    field: 'text',
    textRequired: true,
    placeholder: '承办单位，如供电公司',
    when: active,
    command: (n, text) => `#转办 ${n} ${text}`,
  },
  { code: 'recategorise', label: '改类', field: 'category', when: active, command: (n, category) => `#改类 ${n} ${category}` },
  { code: 'not_report', label: '不是诉求', field: 'none', when: active, command: (n) => `#不是诉求 ${n}` },
  {
    code: 'split',
    label: '拆分',
    field: 'reporter',
    when: (t) => active(t) && t.reporterCount > 1,
    command: (n, reporter) => `#拆分 ${n} @${reporter}`,
  },
  { code: 'merge', label: '合并', field: 'ticket', when: active, command: (n, into) => `#合并 ${n} ${into}` },
  {
    code: 'close',
    label: '关闭',
    field: 'text',
    placeholder: '原因（未办结的必填）',
    when: (t) => active(t) || t.status === 'resolved',
    command: (n, text) => `#关闭 ${n}${text ? ` ${text}` : ''}`,
  },
];
