// A recalled source message (TicketStore.withdrawBySourceKey), apart from how a store reads the
// counts it needs: remove just the report while others remain, withdraw an untouched ticket, else keep it.
import type { TimelineEntry } from './timeline-entry.js';
import { SYSTEM_ACTOR } from './timeline-entry.js';
import type { EventKind, Status } from './types.js';

/** Timeline entries that do not mean someone worked on the ticket (reports, pictures, the bot's reminders). */
export const NOT_ACTING: readonly EventKind[] = ['opened', 'merged', 'image', 'reminder', 'escalation', 'follow_up', 'withdrawn_report'];

export type RecallDecision =
  | { kind: 'report_removed'; entry: TimelineEntry }
  | { kind: 'withdrawn'; entry: TimelineEntry }
  | { kind: 'kept' };

/**
 * `others`: whether other current reports remain on the ticket; `acted`: whether the timeline holds
 * an entry outside NOT_ACTING (a store need only read it when there are no others).
 */
export function recallDecision(at: Date, reporterName: string, status: Status, others: boolean, acted: boolean): RecallDecision {
  if (others) {
    return {
      kind: 'report_removed',
      entry: { at, actor: SYSTEM_ACTOR, kind: 'withdrawn_report', note: `${reporterName} 撤回了一条反映消息` },
    };
  }
  if (status !== 'open' || acted) return { kind: 'kept' };
  return {
    kind: 'withdrawn',
    entry: { at, actor: SYSTEM_ACTOR, kind: 'status', action: 'withdraw', from: 'open', to: 'withdrawn', note: '反映人撤回了消息' },
  };
}
