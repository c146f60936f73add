// Picks what goes out next: the first eligible item and the later items of the same urgency to
// the same place, merged into one message (mentions combined) so a busy group costs one send.
import type { Reply } from '../../core/types.js';
import type { OutboxItem } from './outbox-queue.js';

export interface Batch {
  ids: number[];
  to: Reply['to'];
  urgent: boolean;
  text: string;
  mentions: string[];
  /** Highest attempt count among the merged items (drives back-off). */
  attempts: number;
}

export interface MergeLimits {
  maxItems: number;
  maxChars: number;
}

const DEFAULT_MERGE_LIMITS: MergeLimits = { maxItems: 8, maxChars: 1500 };

/** A stable key for where a reply goes. */
function destinationKey(to: Reply['to']): string {
  return to.kind === 'room' ? `room:${to.roomKey}` : `contact:${to.remark ?? ''}:${to.contactId ?? ''}:${to.name}`;
}

/** Merge `items` (already in send order) into the next batch; null when there is nothing. */
export function mergeBatch(items: OutboxItem[], limits: MergeLimits = DEFAULT_MERGE_LIMITS): Batch | null {
  const head = items[0];
  if (!head) return null;
  const key = destinationKey(head.reply.to);
  const batch: Batch = {
    ids: [head.id],
    to: head.reply.to,
    urgent: head.reply.urgent,
    text: head.reply.text,
    mentions: [...new Set(head.reply.mentions)],
    attempts: head.attempts,
  };
  for (const item of items.slice(1)) {
    if (batch.ids.length >= limits.maxItems) break;
    if (item.reply.urgent !== batch.urgent || destinationKey(item.reply.to) !== key) continue;
    if (batch.text.length + item.reply.text.length + 2 > limits.maxChars) break;
    batch.ids.push(item.id);
    batch.text += `\n\n${item.reply.text}`;
    for (const m of item.reply.mentions) if (!batch.mentions.includes(m)) batch.mentions.push(m);
    batch.attempts = Math.max(batch.attempts, item.attempts);
  }
  return batch;
}

/** The text as it goes out: room mentions first, as WeChat writes them. */
export function formatOutgoing(batch: Pick<Batch, 'to' | 'text' | 'mentions'>): string {
  if (batch.to.kind !== 'room' || batch.mentions.length === 0) return batch.text;
  return `${batch.mentions.map((m) => `@${m}`).join(' ')} ${batch.text}`;
}
