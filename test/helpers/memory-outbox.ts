// An in-memory OutboxQueue with the same ordering contract as the SQLite one, for send-loop tests.
import type { Reply } from '../../src/core/types.js';
import type { OutboxItem, OutboxQueue } from '../../src/infra/outbox/outbox-queue.js';

export interface MemoryRow extends OutboxItem {
  sentAt: Date | null;
  dead: boolean;
  lastError: string | null;
}

export function createMemoryOutbox(): OutboxQueue & { rows: MemoryRow[] } {
  const rows: MemoryRow[] = [];
  let nextId = 1;
  const open = () => rows.filter((r) => !r.sentAt && !r.dead);
  return {
    rows,
    async enqueue(replies: Reply[], at: Date) {
      for (const reply of replies) {
        if (reply.key !== undefined && rows.some((r) => r.reply.key === reply.key)) continue;
        rows.push({ id: nextId++, reply, attempts: 0, notBefore: at, createdAt: at, sentAt: null, dead: false, lastError: null });
      }
    },
    async pending(now, limit) {
      return open()
        .filter((r) => r.notBefore.getTime() <= now.getTime())
        .sort((a, b) => Number(b.reply.urgent) - Number(a.reply.urgent) || a.id - b.id)
        .slice(0, limit);
    },
    async nextAt() {
      const times = open().map((r) => r.notBefore.getTime());
      return times.length ? new Date(Math.min(...times)) : null;
    },
    async lastSentAt() {
      const times = rows.flatMap((r) => (r.sentAt ? [r.sentAt.getTime()] : []));
      return times.length ? new Date(Math.max(...times)) : null;
    },
    async markSent(ids, at) {
      for (const r of rows) if (ids.includes(r.id)) r.sentAt = at;
    },
    async markFailed(ids, error, retryAt) {
      for (const r of rows) {
        if (!ids.includes(r.id)) continue;
        r.attempts += 1;
        r.lastError = error;
        if (retryAt) r.notBefore = retryAt;
        else r.dead = true;
      }
    },
  };
}
