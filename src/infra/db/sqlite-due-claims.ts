// TicketStore.claimDueWork over SQLite: every compare-and-set and the outbox rows in one
// BEGIN IMMEDIATE transaction, so two processes on one database file never both send a reminder.
import { eq } from 'drizzle-orm';
import { stillSeen, validateClaims } from '../../core/schedule/due-claims.js';
import type { DueClaim } from '../../core/tickets/ticket-store.js';
import type { TimelineEntry } from '../../core/tickets/timeline-entry.js';
import type { Reply } from '../../core/types.js';
import type { Db } from './open-database.js';
import { jobRuns, tickets } from './schema.js';
import { recordEvent } from './sqlite-actions.js';
import { queueReplies } from './sqlite-outbox-queue.js';
import { writeTransaction } from './write-transaction.js';

/** Thrown inside the transaction to roll it back when a claim was lost. */
class ClaimLost extends Error {}

function claimOne(db: Db, c: DueClaim, entry: TimelineEntry | null, at: Date): boolean {
  if (c.kind === 'mark') {
    const column = tickets[c.mark];
    const row = db.select({ value: column }).from(tickets).where(eq(tickets.id, c.ticketId)).get();
    if (!row || !stillSeen(row.value, c.seen)) return false;
    db.update(tickets)
      .set({ [c.mark]: at })
      .where(eq(tickets.id, c.ticketId))
      .run();
    recordEvent(db, c.ticketId, entry!);
    return true;
  }
  const row = db.select({ at: jobRuns.lastRunAt }).from(jobRuns).where(eq(jobRuns.name, c.name)).get();
  if (!stillSeen(row?.at ?? null, c.seen)) return false;
  if (row) db.update(jobRuns).set({ lastRunAt: at }).where(eq(jobRuns.name, c.name)).run();
  else db.insert(jobRuns).values({ name: c.name, lastRunAt: at }).run();
  return true;
}

export function claimDueWork(db: Db, claims: readonly DueClaim[], replies: readonly Reply[], at: Date, account: string | null): boolean {
  const entries = validateClaims(claims, at);
  try {
    writeTransaction(db, () => {
      claims.forEach((c, i) => {
        if (!claimOne(db, c, entries[i]!, at)) throw new ClaimLost();
      });
      queueReplies(db, replies, at, account);
    });
    return true;
  } catch (err) {
    if (err instanceof ClaimLost) return false;
    throw err;
  }
}
