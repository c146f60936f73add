// A scheduling mark (claimed by TicketStore.claimDueWork) and the timeline entry that records it.
import { StoreInputError } from './ticket-store.js';
import { SYSTEM_ACTOR, type TimelineEntry } from './timeline-entry.js';
import type { EventKind, TicketMarkKind } from './types.js';
import { validateDate } from './validate-input.js';

const MARK_EVENT: Record<TicketMarkKind, EventKind> = {
  ackRemindedAt: 'reminder',
  dueSoonRemindedAt: 'reminder',
  escalatedAt: 'escalation',
  followUpAskedAt: 'follow_up',
  followUpRemindedAt: 'follow_up',
};

/** Checks the mark and time (before the store reads anything) and returns the entry to record. */
export function markEntry(mark: TicketMarkKind, at: Date, note?: string | null): TimelineEntry {
  validateDate(at);
  if (!Object.hasOwn(MARK_EVENT, mark)) throw new StoreInputError(`未知的提醒标记「${String(mark)}」。`);
  return { at, actor: SYSTEM_ACTOR, kind: MARK_EVENT[mark], note: note ?? null };
}
