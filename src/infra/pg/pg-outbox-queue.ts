// The persistent outbox (infra/outbox/outbox-queue.ts) on PostgreSQL, as in SQLite
// (src/infra/db/sqlite-outbox-queue.ts): replies are written before anything is sent, rows are
// never deleted, and a process takes rows under a lease (FOR UPDATE SKIP LOCKED: two processes
// taking rows at the same moment get different rows, neither waits for the other).
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, lte, max, sql } from 'drizzle-orm';
import type { Reply } from '../../core/types.js';
import { type OutboxQueue, type OutboxScope, WHOLE_OUTBOX } from '../outbox/outbox-queue.js';
import { inScope, replyColumns, takeableAt, toOutboxItem, validateReplies } from '../outbox/outbox-row.js';
import type { PgDb } from './open-pg-database.js';
import { outbox } from './pg-schema.js';

/**
 * Writes replies into the outbox inside the caller's transaction (the intake queues its
 * acknowledgement this way); a reply whose key is already there is skipped. Private messages
 * carry `account`, the bot account that alone can reach the contact (null: any).
 * @public for the PostgreSQL intake (src/infra/pg/pg-intake.ts)
 */
export async function queueReplies(tx: PgDb, replies: readonly Reply[], at: Date, account: string | null = null): Promise<void> {
  validateReplies(replies);
  if (replies.length === 0) return;
  await tx
    .insert(outbox)
    .values(replies.map((r) => ({ ...replyColumns(r, account), status: 'pending' as const, createdAt: at, notBefore: at })))
    .onConflictDoNothing({ target: outbox.key });
}

/** The outbox of one process; without `scope`, one process alone on its database (every row). */
export function createPgOutboxQueue(db: PgDb, scope: OutboxScope = { owner: randomUUID(), ...WHOLE_OUTBOX }): OutboxQueue {
  return {
    async enqueue(replies, at) {
      await queueReplies(db, replies, at, scope.account);
    },
    async pending(now, limit) {
      return db.transaction(async (tx) => {
        const rows = await tx
          .select()
          .from(outbox)
          .where(and(inScope(outbox, scope, now), lte(outbox.notBefore, now)))
          .orderBy(desc(outbox.urgent), asc(outbox.id))
          .limit(limit)
          .for('update', { skipLocked: true });
        if (rows.length === 0) return [];
        await tx
          .update(outbox)
          .set({ claimedBy: scope.owner, claimedUntil: new Date(now.getTime() + scope.leaseMs) })
          .where(
            inArray(
              outbox.id,
              rows.map((r) => r.id),
            ),
          );
        return rows.map(toOutboxItem);
      });
    },
    async nextAt() {
      const [row] = await db
        .select({ at: sql<Date | string | null>`min(${takeableAt(outbox, scope)})` })
        .from(outbox)
        .where(inScope(outbox, scope, null));
      return row?.at == null ? null : new Date(row.at);
    },
    async lastSentAt() {
      const [row] = await db.select({ at: max(outbox.sentAt) }).from(outbox);
      return row?.at ?? null;
    },
    async markSent(ids, at) {
      if (ids.length === 0) return;
      await db
        .update(outbox)
        .set({ status: 'sent', sentAt: at, claimedUntil: null })
        .where(and(inArray(outbox.id, ids), eq(outbox.status, 'pending')));
    },
    async markFailed(ids, error, retryAt) {
      if (ids.length === 0) return;
      await db
        .update(outbox)
        .set({
          attempts: sql`${outbox.attempts} + 1`,
          lastError: error.slice(0, 500),
          claimedUntil: null,
          ...(retryAt ? { notBefore: retryAt } : { status: 'dead' as const }),
        })
        .where(inArray(outbox.id, ids));
    },
  };
}
