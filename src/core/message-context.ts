// What one message's handlers share: the deps, a child logger, "now", where it came from (the
// store's room and the configured group), who sent it and how to answer them.
import type { CommunityConfig } from '../config.js';
import type { Deps } from './deps.js';
import type { Actor, Person, Room } from './tickets/types.js';
import type { IncomingMessage, Logger, Reply } from './types.js';

export interface MessageContext {
  msg: IncomingMessage;
  deps: Deps;
  log: Logger;
  now: Date;
  /** The store's room for a group message; null in a private chat. */
  room: Room | null;
  /** The community the message belongs to; null when a private chat cannot tell (several communities). */
  community: { id: number; config: CommunityConfig } | null;
  /**
   * The sender as staff (by remark or binding, in this community), or null for a resident.
   * Looked up only for messages that need it (commands, reports, images): see identify().
   */
  person: Person | null;
  actor: Actor;
  identified: boolean;
  /** Set once the message turned out to be meant for the bot (a report or a command): errors then get an apology. */
  addressed: boolean;
}

/** A reply in the chat the message came from: the group with an @ of the sender, or a private message. */
export function replyHere(ctx: MessageContext, text: string, urgent = false): Reply {
  return replyToSender(ctx.msg, ctx.room?.key ?? null, text, urgent);
}

/** A reply to the sender of `msg`: in the group `roomKey` with an @, or privately when null. */
export function replyToSender(msg: IncomingMessage, roomKey: string | null, text: string, urgent = false): Reply {
  return roomKey !== null
    ? { to: { kind: 'room', roomKey }, text, mentions: [msg.sender.name], urgent }
    : {
        to: { kind: 'contact', name: msg.sender.name, remark: msg.sender.remark, contactId: msg.sender.sessionId },
        text,
        mentions: [],
        urgent,
      };
}
