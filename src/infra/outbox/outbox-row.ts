// The outbox table's rows in and out, the same for every store: replies are validated before they
// are queued, and a row read back becomes an OutboxItem.
import { z } from 'zod';
import { StoreInputError } from '../../core/tickets/ticket-store.js';
import type { Reply } from '../../core/types.js';
import type { outbox } from '../db/schema.js';
import type { OutboxItem } from './outbox-queue.js';

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

/** The columns a reply fills in an outbox row (beside its times and status). */
export function replyColumns(r: Reply) {
  return {
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
