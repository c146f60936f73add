// One timeline entry as a store writes it (the id is the store's), and the bot's own name in it.
import { StoreInputError } from './ticket-store.js';
import type { Actor, EventKind, Status } from './types.js';
import { validateDate } from './validate-input.js';

export interface TimelineEntry {
  at: Date;
  actor: Pick<Actor, 'name' | 'personId'>;
  kind: EventKind;
  action?: string;
  from?: Status | null;
  to?: Status | null;
  note?: string | null;
}

/** The bot itself, for entries nobody typed (recalls, reminders). */
export const SYSTEM_ACTOR: TimelineEntry['actor'] = { name: '系统', personId: null };

/** The row a store inserts for `entry` (the columns of ticket_events, the note trimmed, empty → null). */
export function timelineRow(ticketId: number, entry: TimelineEntry) {
  return {
    ticketId,
    at: entry.at,
    actorName: entry.actor.name,
    actorId: entry.actor.personId,
    kind: entry.kind,
    action: entry.action ?? null,
    fromStatus: entry.from ?? null,
    toStatus: entry.to ?? null,
    note: entry.note?.trim() || null,
  };
}

/** A picture added to a report (TicketStore.attachImage); throws on an empty path. */
export function imageEntry(path: string, at: Date, actorName: string): TimelineEntry {
  validateDate(at);
  if (!path.trim()) throw new StoreInputError('图片路径不能为空。');
  return { at, actor: { name: actorName, personId: null }, kind: 'image', note: '补充了一张图片' };
}
