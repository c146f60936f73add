// What every store checks before claiming due work (TicketStore.claimDueWork), whatever the
// database, and when a claim still holds.
import { markEntry } from '../tickets/mark-entry.js';
import { StoreInputError, type DueClaim } from '../tickets/ticket-store.js';
import type { TimelineEntry } from '../tickets/timeline-entry.js';
import { validateDate } from '../tickets/validate-input.js';

/**
 * Refuses a malformed claim before any write (StoreInputError, in Chinese); returns the timeline
 * entry of each claim (null for a job run).
 */
export function validateClaims(claims: readonly DueClaim[], at: Date): (TimelineEntry | null)[] {
  validateDate(at);
  return claims.map((c) => {
    if (c.seen !== null) validateDate(c.seen);
    if (c.kind === 'mark') return markEntry(c.mark, at, c.note);
    if (typeof c.name !== 'string' || c.name === '') throw new StoreInputError('定时任务名称不能为空。');
    return null;
  });
}

/** Whether a stored value still is what the claimant saw (both unset, or the same instant). */
export function stillSeen(stored: Date | null, seen: Date | null): boolean {
  return stored === null ? seen === null : seen !== null && stored.getTime() === seen.getTime();
}
