// The persistent outbox (infra/outbox/outbox-queue.ts) over the `outbox` table: replies are written
// before anything is sent, and rows are never deleted (sent and given-up rows stay for the record).
import { and, asc, desc, eq, inArray, lte, max, min, sql } from 'drizzle-orm';
import type { Reply } from '../../core/types.js';
import type { OutboxQueue } from '../outbox/outbox-queue.js';
import { replyColumns, toOutboxItem, validateReplies } from '../outbox/outbox-row.js';
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
    })
    .onConflictDoNothing({ target: outbox.key })
    .prepare();
  return (r: Reply, at: Date) => void insert.run({ ...replyColumns(r), at });
});

/**
 * Writes replies into the outbox inside the caller's transaction (the intake queues its
 * acknowledgement this way); a reply whose key is already there is skipped.
 */
export function queueReplies(db: Db, replies: readonly Reply[], at: Date): void {
  validateReplies(replies);
  const insert = insertReply(db);
  for (const r of replies) insert(r, at);
}

export function createSqliteOutboxQueue(db: Db): OutboxQueue {
  // The send loop's reads, prepared once: they run before every send.
  const pending = db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), lte(outbox.notBefore, p('now'))))
    .orderBy(desc(outbox.urgent), asc(outbox.id))
    .limit(p('limit'))
    .prepare();
  const nextAt = db
    .select({ at: min(outbox.notBefore) })
    .from(outbox)
    .where(eq(outbox.status, 'pending'))
    .prepare();
  return {
    async enqueue(replies, at) {
      validateReplies(replies);
      if (replies.length > 0) writeTransaction(db, () => queueReplies(db, replies, at));
    },
    async pending(now, limit) {
      return pending.all({ now: now.getTime(), limit }).map(toOutboxItem);
    },
    async nextAt() {
      return nextAt.get()?.at ?? null;
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
        .set({ status: 'sent', sentAt: at })
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
              ...(retryAt ? { notBefore: retryAt } : { status: 'dead' as const }),
            })
            .where(eq(outbox.id, id))
            .run();
        }
      });
    },
  };
}
