// What a timeline entry is called, in the ledger and on the dashboard alike.
import type { EventKind } from './types.js';

const EVENT_LABELS: Record<EventKind, string> = {
  opened: '反映问题',
  merged: '同一问题再次反映',
  assigned: '派单',
  status: '状态变更',
  note: '进度',
  reminder: '提醒',
  escalation: '督办',
  follow_up: '回访',
  rating: '评价',
  reopened: '重新办理',
  split: '拆分',
  image: '补充图片',
  withdrawn_report: '撤回反映',
};

/** The Chinese name of a timeline entry's kind; an unknown kind (older rows) is shown as stored. */
export function eventKindLabel(kind: string): string {
  return (EVENT_LABELS as Record<string, string>)[kind] ?? kind;
}
