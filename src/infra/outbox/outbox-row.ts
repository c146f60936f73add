// The outbox table's rows in and out, the same for every store: replies are validated before they
// are queued, and a row read back becomes an OutboxItem.
import { and, eq, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { StoreInputError } from '../../core/tickets/ticket-store.js';
import type { Reply } from '../../core/types.js';
import type { outbox } from '../db/schema.js';
import type { outbox as pgOutbox } from '../pg/pg-schema.js';
import type { OutboxItem, OutboxScope } from './outbox-queue.js';

/** An outbox row as both schemas read it (src/infra/db/schema.ts, src/infra/pg/pg-schema.ts). */
type OutboxRow = typeof outbox.$inferSelect;

const replySchema = z.object({
  to: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('room'), roomKey: z.string().min(1) }),
    z.object({
      kind: z.literal('contact'),
      name: z.string().min(1),
      remark: z.string().min(1).nullable(),
      contactId: z.string().min(1).nullish(),
    }),
  ]),
  text: z.string().trim().min(1),
  mentions: z.array(z.string()),
  urgent: z.boolean(),
  key: z.string().min(1).optional(),
});

export function toOutboxItem(r: OutboxRow): OutboxItem {
  const to: Reply['to'] =
    r.toKind === 'room'
      ? { kind: 'room', roomKey: r.toRoomKey! }
      : { kind: 'contact', name: r.toName!, remark: r.toRemark, ...(r.toContactId ? { contactId: r.toContactId } : {}) };
  return {
    id: r.id,
    reply: { to, text: r.text, mentions: r.mentions, urgent: r.urgent },
    attempts: r.attempts,
    notBefore: r.notBefore,
    createdAt: r.createdAt,
  };
}

/** Refuses a reply without recipient or text before anything is queued. */
export function validateReplies(replies: readonly Reply[]): void {
  replies.forEach((reply, i) => {
    if (!replySchema.safeParse(reply).success) throw new StoreInputError(`第 ${i + 1} 条待发消息无效（缺少收件方或内容）。`);
  });
}

/**
 * The columns a reply fills in an outbox row (beside its times and status). A private message
 * carries `account`, the bot account that alone can reach the contact (null: any).
 */
export function replyColumns(r: Reply, account: string | null) {
  return {
    account: r.to.kind === 'contact' ? account : null,
    toKind: r.to.kind,
    toRoomKey: r.to.kind === 'room' ? r.to.roomKey : null,
    toName: r.to.kind === 'contact' ? r.to.name : null,
    toRemark: r.to.kind === 'contact' ? r.to.remark : null,
    toContactId: r.to.kind === 'contact' ? (r.to.contactId ?? null) : null,
    text: r.text,
    mentions: r.mentions,
    urgent: r.urgent,
    key: r.key ?? null,
  };
}

type OutboxTable = typeof outbox | typeof pgOutbox;

/**
 * Unsent rows in a process's scope (OutboxScope): its groups, its account's private messages and
 * those of no account; with `now`, only rows nobody else holds then (a dead process's lease ran out).
 */
export function inScope(t: OutboxTable, scope: OutboxScope, now: Date | null): SQL {
  const rooms = scope.roomKeys();
  const room = rooms === null ? undefined : rooms.length ? inArray(t.toRoomKey, [...rooms]) : sql`false`;
  const contact = scope.account === null ? undefined : or(isNull(t.account), eq(t.account, scope.account));
  return and(
    eq(t.status, 'pending'),
    or(and(eq(t.toKind, 'room'), room), and(eq(t.toKind, 'contact'), contact)),
    now ? or(isNull(t.claimedUntil), lte(t.claimedUntil, now), eq(t.claimedBy, scope.owner)) : undefined,
  )!;
}

/** When a row becomes takeable: its notBefore, or the end of another process's lease on it. */
export function takeableAt(t: OutboxTable, scope: OutboxScope): SQL {
  return sql`case when ${t.claimedBy} <> ${scope.owner} and ${t.claimedUntil} > ${t.notBefore} then ${t.claimedUntil} else ${t.notBefore} end`;
}
