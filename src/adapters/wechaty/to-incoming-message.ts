// Wechaty Message → IncomingMessage. Returns early, with the reason, for what the bot must not
// read: its own messages, messages from before start-up, unwatched groups, unsupported types.
import * as types from 'wechaty-puppet/types';
import type { Message } from 'wechaty';
import { isOlderThanStart } from '../../core/filters/is-older-than-start.js';
import { nameOrFallback, normaliseName, normaliseText } from '../../core/text/normalise-text.js';
import type { Clock, IncomingMessage, Sender } from '../../core/types.js';
import { recalledMessageId } from './recalled-message-id.js';
import type { RecentContacts } from './recent-contacts.js';
import type { RoomRegistry } from './room-registry.js';
import { stripSelfMention } from './strip-self-mention.js';

export interface TranslateContext {
  rooms: RoomRegistry;
  botName(): string;
  clock: Clock;
  /** Messages WeChat dates before this are ignored (msg.age() is unreliable). */
  startedAt: Date;
  /** This login of the bot account (contact ids are only meaningful within it). */
  login?(): string;
  /** Remembers who wrote (by contact id), so a private reply reaches exactly them. */
  contacts?: RecentContacts;
  /** Stores an image when it may belong to a report; returns its path under data/, or null. */
  saveImage(msg: Message, channel: IncomingMessage['channel'], sender: Sender, at: Date): Promise<string | null>;
}

export type Translation = { kind: 'message'; message: IncomingMessage } | { kind: 'ignored'; reason: string };

const ignored = (reason: string): Translation => ({ kind: 'ignored', reason });

export async function toIncomingMessage(msg: Message, ctx: TranslateContext): Promise<Translation> {
  // The bot's own messages never reach the core: only WeChat can tell them apart.
  if (msg.self()) return ignored('own message');
  const receivedAt = ctx.clock();
  const sentAt = msg.date();
  if (isOlderThanStart({ sentAt, receivedAt }, ctx.startedAt)) return ignored('older than start-up');

  const type = msg.type();
  const kind: IncomingMessage['kind'] | null =
    type === types.Message.Text ? 'text' : type === types.Message.Image ? 'image' : type === types.Message.Recalled ? 'recall' : null;
  if (!kind) return ignored(`unsupported message type ${type}`);

  const room = msg.room();
  let channel: IncomingMessage['channel'];
  if (room) {
    const topic = normaliseName(await room.topic());
    const known = ctx.rooms.byTopic(topic);
    if (!known?.watched) return ignored('unwatched room');
    channel = { kind: 'room', roomKey: known.key, topic: known.topic };
  } else {
    channel = { kind: 'dm' };
  }

  const talker = msg.talker();
  // Names and text are normalised here, once, so that stored keys, lookups and replies agree.
  // Wechaty caches contact payloads for days: without a refresh, a remark the bot's account sets
  // on the phone while the bot runs (pushed by WeChat as a contact update) is never seen.
  await talker.sync().catch(() => undefined);
  const remark = normaliseName((await talker.alias()) ?? '') || null;
  const groupNick = room ? normaliseName((await room.alias(talker)) ?? '') : '';
  const sender: Sender = { sessionId: talker.id, name: nameOrFallback(groupNick || talker.name()), remark, login: ctx.login?.() };
  ctx.contacts?.remember(talker);

  const base = { id: msg.id, receivedAt, sentAt, channel, sender, kind, mentionsBot: false, text: '' };
  if (kind === 'recall') {
    const recalledId = recalledMessageId(msg.text());
    if (!recalledId) return ignored('recall without a message id');
    return { kind: 'message', message: { ...base, recalledId } };
  }
  if (kind === 'image') {
    const imagePath = await ctx.saveImage(msg, channel, sender, receivedAt);
    return { kind: 'message', message: imagePath ? { ...base, imagePath } : base };
  }
  const mentionsBot = room ? await msg.mentionSelf() : false;
  const raw = normaliseText(msg.text());
  const text = mentionsBot ? stripSelfMention(raw, ctx.botName()) : raw.trim();
  return { kind: 'message', message: { ...base, text, mentionsBot } };
}
