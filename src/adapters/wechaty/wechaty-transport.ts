// Delivers merged outbox messages through Wechaty: rooms by our stable key (→ current topic →
// this session's Room), people by the account id of this login (a reply to whoever wrote) or by
// the remark the bot gave them (staff). Never by display name: anyone can take anyone's name.
import type { Contact, Room, Wechaty } from 'wechaty';
import { normaliseName } from '../../core/text/normalise-text.js';
import type { Transport } from '../../infra/outbox/outbox-sender.js';
import { findCurrentRoom } from './find-current-room.js';
import type { RecentContacts } from './recent-contacts.js';
import type { RoomRegistry } from './room-registry.js';

export interface SentMessage {
  room: string | null;
  to: string | null;
  /** For a private message: the contact id it was delivered to. */
  toId?: string;
  text: string;
}

export function createWechatyTransport(
  bot: Wechaty,
  rooms: RoomRegistry,
  contacts: RecentContacts,
  onSent?: (sent: SentMessage) => void,
): Transport {
  const roomCache = new Map<string, Room>();
  // A new login gives every group a new id: rooms found before it are dead ends.
  bot.on('login', () => roomCache.clear());

  async function findRoom(roomKey: string): Promise<{ room: Room; topic: string }> {
    const known = rooms.byKey(roomKey);
    if (!known) throw new Error(`room key ${roomKey} is not a configured group`);
    const cached = roomCache.get(roomKey);
    if (cached) return { room: cached, topic: known.topic };
    const room = await findCurrentRoom(bot, known.topic);
    if (!room) throw new Error(`no group with the configured topic is visible to the bot (room key ${roomKey})`);
    roomCache.set(roomKey, room);
    return { room, topic: known.topic };
  }

  async function byRemark(remark: string): Promise<Contact | undefined> {
    // Only the bot account sets remarks; still, take nothing but the remark, compared as the edge
    // normalises it (WeChat may hold it with a zero-width character the config has not), never a
    // name. After a re-login in the same process wechat4u also lists the previous login's contact
    // (dead id) with the same remark: the most recently listed one is this login's.
    const wanted = normaliseName(remark);
    if (!wanted) return undefined;
    const all = await bot.Contact.findAll();
    for (const contact of all.reverse()) if (normaliseName((await contact.alias()) ?? '') === wanted) return contact;
    return undefined;
  }

  async function findContact(to: { remark: string | null; contactId?: string | null }): Promise<Contact> {
    if (to.contactId) {
      const exact = contacts.get(to.contactId) ?? (await bot.Contact.find({ id: to.contactId }));
      if (exact) return exact;
    }
    const contact = to.remark ? await byRemark(to.remark) : undefined;
    if (!contact) throw new Error(to.remark ? 'no contact with this remark' : 'the account is not reachable in this login');
    return contact;
  }

  return async (batch, text) => {
    if (batch.to.kind === 'room') {
      const { room, topic } = await findRoom(batch.to.roomKey);
      try {
        await room.say(text);
      } catch (err) {
        roomCache.delete(batch.to.roomKey);
        throw err;
      }
      onSent?.({ room: topic, to: null, text });
    } else {
      const contact = await findContact(batch.to);
      await contact.say(text);
      onSent?.({ room: null, to: batch.to.name, toId: contact.id, text });
    }
  };
}
