// TicketStore.claimDueWork on PostgreSQL, as in SQLite (src/infra/db/sqlite-due-claims.ts): every
// compare-and-set and the outbox rows in one transaction. Each claim is one conditional write
// (UPDATE … WHERE mark IS NOT DISTINCT FROM seen; a job run's upsert likewise): of two processes
// claiming the same item, the second waits for the first's row lock, then finds the value changed
// and loses; its transaction rolls back, so nothing of it is written.
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { validateClaims } from '../../core/schedule/due-claims.js';
import type { DueClaim } from '../../core/tickets/ticket-store.js';
import type { TimelineEntry } from '../../core/tickets/timeline-entry.js';
import type { Reply } from '../../core/types.js';
import type { PgDb } from './open-pg-database.js';
import { recordEvent } from './pg-actions.js';
import { queueReplies } from './pg-outbox-queue.js';
import { jobRuns, tickets } from './pg-schema.js';

/** Thrown inside the transaction to roll it back when a claim was lost. */
class ClaimLost extends Error {}

/** `column` still holds what the claimant saw (both unset, or the same instant). */
const holds = (column: (typeof tickets)['escalatedAt'] | typeof jobRuns.lastRunAt, seen: Date | null): SQL =>
  seen === null ? isNull(column) : eq(column, seen);

async function claimOne(tx: PgDb, c: DueClaim, entry: TimelineEntry | null, at: Date): Promise<boolean> {
  if (c.kind === 'mark') {
    const won = await tx
      .update(tickets)
      .set({ [c.mark]: at })
      .where(and(eq(tickets.id, c.ticketId), holds(tickets[c.mark], c.seen)))
      .returning({ id: tickets.id });
    if (won.length === 0) return false;
    await recordEvent(tx, c.ticketId, entry!);
    return true;
  }
  if (c.seen === null) {
    const won = await tx.insert(jobRuns).values({ name: c.name, lastRunAt: at }).onConflictDoNothing().returning({ name: jobRuns.name });
    return won.length > 0;
  }
  const won = await tx
    .update(jobRuns)
    .set({ lastRunAt: at })
    .where(and(eq(jobRuns.name, c.name), holds(jobRuns.lastRunAt, c.seen)))
    .returning({ name: jobRuns.name });
  return won.length > 0;
}

/**
 * The claims' indexes in the order their rows are locked: tickets by id, then job runs by name, the
 * same in every process, so that two processes claiming overlapping work wait instead of deadlocking.
 */
function lockOrder(claims: readonly DueClaim[]): number[] {
  const key = (c: DueClaim) => (c.kind === 'mark' ? `0:${String(c.ticketId).padStart(12, '0')}` : `1:${c.name}`);
  return claims.map((_, i) => i).sort((a, b) => (key(claims[a]!) < key(claims[b]!) ? -1 : key(claims[a]!) > key(claims[b]!) ? 1 : a - b));
}

export async function claimDueWork(
  db: PgDb,
  claims: readonly DueClaim[],
  replies: readonly Reply[],
  at: Date,
  account: string | null,
): Promise<boolean> {
  const entries = validateClaims(claims, at);
  try {
    await db.transaction(async (tx) => {
      for (const i of lockOrder(claims)) {
        if (!(await claimOne(tx, claims[i]!, entries[i]!, at))) throw new ClaimLost();
      }
      await queueReplies(tx, replies, at, account);
    });
    return true;
  } catch (err) {
    if (err instanceof ClaimLost) return false;
    throw err;
  }
}
