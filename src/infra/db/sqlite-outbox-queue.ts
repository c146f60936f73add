// The persistent outbox (infra/outbox/outbox-queue.ts) over the `outbox` table: replies are written
// before anything is sent, and rows are never deleted (sent and given-up rows stay for the record).
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, lte, max, sql } from 'drizzle-orm';
import type { Reply } from '../../core/types.js';
import { type OutboxQueue, type OutboxScope, WHOLE_OUTBOX } from '../outbox/outbox-queue.js';
import { inScope, replyColumns, takeableAt, toOutboxItem, validateReplies } from '../outbox/outbox-row.js';
import type { Db } from './open-database.js';
import { perConnection } from './per-connection.js';
import { outbox } from './schema.js';
import { writeTransaction } from './write-transaction.js';

const p = sql.placeholder;

/** The outbox insert, prepared once per connection: it runs for every reply (placeholders in VALUES are encoded by their column). */
const insertReply = perConnection((db) => {
  const insert = db
    .insert(outbox)
    .values({
      toKind: p('toKind'),
      toRoomKey: p('toRoomKey'),
      toName: p('toName'),
      toRemark: p('toRemark'),
      toContactId: p('toContactId'),
      text: p('text'),
      mentions: p('mentions'),
      urgent: p('urgent'),
      status: 'pending',
      createdAt: p('at'),
      notBefore: p('at'),
      key: p('key'),
      account: p('account'),
    })
    .onConflictDoNothing({ target: outbox.key })
    .prepare();
  return (r: Reply, at: Date, account: string | null) => void insert.run({ ...replyColumns(r, account), at });
});

/**
 * Writes replies into the outbox inside the caller's transaction (the intake queues its
 * acknowledgement this way); a reply whose key is already there is skipped. Private messages
 * carry `account`, the bot account that alone can reach the contact (null: any).
 */
export function queueReplies(db: Db, replies: readonly Reply[], at: Date, account: string | null = null): void {
  validateReplies(replies);
  const insert = insertReply(db);
  for (const r of replies) insert(r, at, account);
}

/** The outbox of one process; without `scope`, one process alone on its database (every row). */
export function createSqliteOutboxQueue(db: Db, scope: OutboxScope = { owner: randomUUID(), ...WHOLE_OUTBOX }): OutboxQueue {
  const sendable = (now: Date, limit: number) =>
    db
      .select()
      .from(outbox)
      .where(and(inScope(outbox, scope, now), lte(outbox.notBefore, now)))
      .orderBy(desc(outbox.urgent), asc(outbox.id))
      .limit(limit)
      .all();
  return {
    async enqueue(replies, at) {
      validateReplies(replies);
      if (replies.length > 0) writeTransaction(db, () => queueReplies(db, replies, at, scope.account));
    },
    async pending(now, limit) {
      if (sendable(now, limit).length === 0) return []; // nothing to take: no write lock
      // BEGIN IMMEDIATE: no other process reads and takes the same rows in between.
      return writeTransaction(db, () => {
        const rows = sendable(now, limit);
        const ids = rows.map((r) => r.id);
        db.update(outbox)
          .set({ claimedBy: scope.owner, claimedUntil: new Date(now.getTime() + scope.leaseMs) })
          .where(inArray(outbox.id, ids))
          .run();
        return rows.map(toOutboxItem);
      });
    },
    async nextAt() {
      const row = db
        .select({ at: sql<number | null>`min(${takeableAt(outbox, scope)})` })
        .from(outbox)
        .where(inScope(outbox, scope, null))
        .get();
      return row?.at == null ? null : new Date(row.at);
    },
    async lastSentAt() {
      return (
        db
          .select({ at: max(outbox.sentAt) })
          .from(outbox)
          .get()?.at ?? null
      );
    },
    async markSent(ids, at) {
      if (ids.length === 0) return;
      db.update(outbox)
        .set({ status: 'sent', sentAt: at, claimedUntil: null })
        .where(and(inArray(outbox.id, ids), eq(outbox.status, 'pending')))
        .run();
    },
    async markFailed(ids, error, retryAt) {
      if (ids.length === 0) return;
      writeTransaction(db, () => {
        for (const id of ids) {
          const row = db.select({ attempts: outbox.attempts }).from(outbox).where(eq(outbox.id, id)).get();
          if (!row) continue;
          db.update(outbox)
            .set({
              attempts: row.attempts + 1,
              lastError: error.slice(0, 500),
              claimedUntil: null,
              ...(retryAt ? { notBefore: retryAt } : { status: 'dead' as const }),
            })
            .where(eq(outbox.id, id))
            .run();
        }
      });
    },
  };
}
