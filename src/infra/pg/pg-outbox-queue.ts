// The persistent outbox (infra/outbox/outbox-queue.ts) on PostgreSQL, as in SQLite
// (src/infra/db/sqlite-outbox-queue.ts): replies are written before anything is sent, and rows
// are never deleted.
import { and, asc, desc, eq, inArray, lte, max, min, sql } from 'drizzle-orm';
import type { Reply } from '../../core/types.js';
import type { OutboxQueue } from '../outbox/outbox-queue.js';
import { replyColumns, toOutboxItem, validateReplies } from '../outbox/outbox-row.js';
import type { PgDb } from './open-pg-database.js';
import { outbox } from './pg-schema.js';

/**
 * Writes replies into the outbox inside the caller's transaction (the intake queues its
 * acknowledgement this way); a reply whose key is already there is skipped.
 * @public for the PostgreSQL intake (src/infra/pg/pg-intake.ts)
 */
export async function queueReplies(tx: PgDb, replies: readonly Reply[], at: Date): Promise<void> {
  validateReplies(replies);
  if (replies.length === 0) return;
  await tx
    .insert(outbox)
    .values(replies.map((r) => ({ ...replyColumns(r), status: 'pending' as const, createdAt: at, notBefore: at })))
    .onConflictDoNothing({ target: outbox.key });
}

export function createPgOutboxQueue(db: PgDb): OutboxQueue {
  return {
    async enqueue(replies, at) {
      await queueReplies(db, replies, at);
    },
    async pending(now, limit) {
      const rows = await db
        .select()
        .from(outbox)
        .where(and(eq(outbox.status, 'pending'), lte(outbox.notBefore, now)))
        .orderBy(desc(outbox.urgent), asc(outbox.id))
        .limit(limit);
      return rows.map(toOutboxItem);
    },
    async nextAt() {
      const [row] = await db
        .select({ at: min(outbox.notBefore) })
        .from(outbox)
        .where(eq(outbox.status, 'pending'));
      return row?.at ?? null;
    },
    async lastSentAt() {
      const [row] = await db.select({ at: max(outbox.sentAt) }).from(outbox);
      return row?.at ?? null;
    },
    async markSent(ids, at) {
      if (ids.length === 0) return;
      await db
        .update(outbox)
        .set({ status: 'sent', sentAt: at })
        .where(and(inArray(outbox.id, ids), eq(outbox.status, 'pending')));
    },
    async markFailed(ids, error, retryAt) {
      if (ids.length === 0) return;
      await db
        .update(outbox)
        .set({
          attempts: sql`${outbox.attempts} + 1`,
          lastError: error.slice(0, 500),
          ...(retryAt ? { notBefore: retryAt } : { status: 'dead' as const }),
        })
        .where(inArray(outbox.id, ids));
    },
  };
}
