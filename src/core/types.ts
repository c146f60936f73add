// Shared types of the pure core. Nothing here knows about WeChat, files or the clock.

/** Where a message came from or where a reply goes: a group (by our stable key) or a private chat. */
type Channel = { kind: 'room'; roomKey: string; topic: string } | { kind: 'dm' };

/**
 * Who sent a message. `sessionId` is the WeChat contact id of this login only (it changes on
 * every login, never store it as identity); `remark` is the alias the bot account gave the
 * contact (stable, set by hand on the phone), `name` the display name (not an identity).
 */
export interface Sender {
  sessionId: string;
  name: string;
  remark: string | null;
  /** Which login of the bot account `sessionId` belongs to (ids mean nothing in another login). */
  login?: string;
}

/** One message as the core sees it, stamped with our own receive time. */
export interface IncomingMessage {
  /** Source message id; with the channel it makes the idempotency key of a report. */
  id: string;
  /** Our own receive time (msg.age() is unreliable). */
  receivedAt: Date;
  /** When WeChat says the message was sent, if known; older than start-up ⇒ ignored. */
  sentAt?: Date;
  /** For rooms, `roomKey` is the store's stable key (store.ensureRoom / findRoomByTopic). */
  channel: Channel;
  sender: Sender;
  kind: 'text' | 'image' | 'recall' | 'other';
  text: string;
  /** The message @-mentions the bot. */
  mentionsBot: boolean;
  /** For images: where the adapter stored the file (under data/). */
  imagePath?: string;
  /** For recalls: the id of the message that was recalled. */
  recalledId?: string;
}

/** Something the bot wants to say; the sender queues it in the outbox before it goes out. */
export interface Reply {
  /**
   * A private message goes to the contact with `remark` (staff), or to the account `contactId` of
   * this login (a reply to whoever wrote); never to whoever carries `name`, which is display only.
   */
  to: { kind: 'room'; roomKey: string } | { kind: 'contact'; name: string; remark: string | null; contactId?: string | null };
  text: string;
  /** Display names to @-mention in a room. */
  mentions: string[];
  /** Urgent replies jump the queue and ignore quiet hours. */
  urgent: boolean;
  /** Idempotency key: the outbox holds at most one reply with this key, queuing it again is a no-op. */
  key?: string;
}

/** The injected clock: the only source of "now" in the core. */
export type Clock = () => Date;

/** The logger the core writes to (pino-compatible subset). */
export interface Logger {
  debug(obj: object | string, msg?: string): void;
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}
