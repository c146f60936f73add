// What the send loop needs from the persistent outbox (the table is the queue, so nothing is
// lost across a crash or restart). The ticket store implements it over SQLite.
import type { Reply } from '../../core/types.js';

export interface OutboxItem {
  id: number;
  reply: Reply;
  /** Failed sends so far. */
  attempts: number;
  /** Not to be sent before this time (retry back-off). */
  notBefore: Date;
  createdAt: Date;
}

export interface OutboxQueue {
  /** Persist replies (one transaction) before anything is sent; a reply whose key was queued before is skipped. */
  enqueue(replies: Reply[], at: Date): Promise<void>;
  /** Unsent, not given up, notBefore <= now; urgent first, then in the order they were queued. */
  pending(now: Date, limit: number): Promise<OutboxItem[]>;
  /** Earliest notBefore among unsent items, or null when the queue is empty. */
  nextAt(): Promise<Date | null>;
  markSent(ids: number[], at: Date): Promise<void>;
  /** When the latest send happened (max sentAt), or null: keeps the send gap across a restart. */
  lastSentAt(): Promise<Date | null>;
  /** Count a failed attempt; retryAt null means give up (the row stays, marked dead). */
  markFailed(ids: number[], error: string, retryAt: Date | null): Promise<void>;
}
