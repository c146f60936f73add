// What the send loop needs from the persistent outbox (the table is the queue, so nothing is
// lost across a crash or restart). The ticket store implements it over SQLite.
//
// Many processes, one store (a district): each process sends only what its own bot account can
// reach (OutboxScope), and takes rows under a lease — a process that dies holding rows leaves
// them to another once the lease ends. A send is therefore at-least-once: a process killed after
// WeChat accepted a message but before markSent lets another send it again.
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

/** Which rows a process sends, and how it marks the rows it took. */
export interface OutboxScope {
  /**
   * Who takes rows, written to claimed_by: the bot uses its account (bot.session), one process per
   * account, so that after a crash the account's next start takes its rows back at once; any other
   * process waits for the lease to end.
   */
  owner: string;
  /**
   * The bot account (config bot.session): private messages it queues carry it and only it sends
   * them (a contact id or remark means something to one account only); it takes private messages
   * with no account too. null: every private message (one process alone on its database).
   */
  account: string | null;
  /** Keys of the groups this account reaches; null: every group (one process alone on its database). */
  roomKeys(): readonly string[] | null;
  /** How long taken rows stay this process's; each pending() call renews the lease on what it returns. */
  leaseMs: number;
}

/** One process alone on its database: every row, a lease of five minutes. */
export const WHOLE_OUTBOX: Omit<OutboxScope, 'owner'> = { account: null, roomKeys: () => null, leaseMs: 5 * 60_000 };

export interface OutboxQueue {
  /** Persist replies (one transaction) before anything is sent; a reply whose key was queued before is skipped. */
  enqueue(replies: Reply[], at: Date): Promise<void>;
  /**
   * Takes (claims until now + leaseMs) and returns sendable rows in this process's scope: unsent,
   * not given up, notBefore <= now, and not taken by another process whose lease still runs.
   * Urgent first, then in the order they were queued.
   */
  pending(now: Date, limit: number): Promise<OutboxItem[]>;
  /** Earliest notBefore among unsent items in scope, or null when there are none. */
  nextAt(): Promise<Date | null>;
  /** Sent: the rows are done (and no longer taken). */
  markSent(ids: number[], at: Date): Promise<void>;
  /** When the latest send happened (max sentAt), or null: keeps the send gap across a restart. */
  lastSentAt(): Promise<Date | null>;
  /** Count a failed attempt and release the rows; retryAt null means give up (the row stays, marked dead). */
  markFailed(ids: number[], error: string, retryAt: Date | null): Promise<void>;
}
