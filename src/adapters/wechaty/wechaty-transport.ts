// Delivers merged outbox messages through Wechaty: rooms by our stable key (→ current topic →
// this session's Room), people by the remark the bot gave them, else by display name.
import type { Contact, Room, Wechaty } from 'wechaty';
import type { Transport } from '../../infra/outbox/outbox-sender.js';
import type { RecentContacts } from './recent-contacts.js';
import type { RoomRegistry } from './room-registry.js';

export interface SentMessage {
  room: string | null;
  to: string | null;
  text: string;
}

export function createWechatyTransport(
  bot: Wechaty,
  rooms: RoomRegistry,
  contacts: RecentContacts,
  onSent?: (sent: SentMessage) => void,
): Transport {
  const roomCache = new Map<string, Room>();

  async function findRoom(roomKey: string): Promise<{ room: Room; topic: string }> {
    const known = rooms.byKey(roomKey);
    if (!known) throw new Error(`room key ${roomKey} is not a configured group`);
    const cached = roomCache.get(roomKey);
    if (cached) return { room: cached, topic: known.topic };
    const room = await bot.Room.find({ topic: known.topic });
    if (!room) throw new Error(`no group with the configured topic is visible to the bot (room key ${roomKey})`);
    roomCache.set(roomKey, room);
    return { room, topic: known.topic };
  }

  async function findContact(name: string, remark: string | null): Promise<Contact> {
    const recent = contacts.get(remark ?? name);
    if (recent) return recent;
    const byRemark = remark ? await bot.Contact.find({ alias: remark }) : undefined;
    const contact = byRemark ?? (await bot.Contact.find({ name }));
    if (!contact) throw new Error('contact not found by remark or name');
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
      const contact = await findContact(batch.to.name, batch.to.remark);
      await contact.say(text);
      onSent?.({ room: null, to: batch.to.name, text });
    }
  };
}
