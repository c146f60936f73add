// The group with this topic in the bot's current login. After a re-login in the same process
// wechat4u still lists the previous login's groups, under the same topic and their dead ids
// (docs/wechat4u-protocol.md): take the one whose members include this login's account, else the
// most recently listed one. Topics are compared as normalised at the edge: WeChat may hold the
// topic with a zero-width character that the configured (normalised) topic does not have.
import type { Room, Wechaty } from 'wechaty';
import { normaliseName } from '../../core/text/normalise-text.js';

export async function findCurrentRoom(bot: Wechaty, topic: string): Promise<Room | undefined> {
  const wanted = normaliseName(topic);
  const found: Room[] = [];
  for (const room of await bot.Room.findAll()) if (normaliseName(await room.topic()) === wanted) found.push(room);
  if (found.length <= 1 || !bot.isLoggedIn) return found[0];
  const newestFirst = [...found].reverse();
  for (const room of newestFirst) if (await room.has(bot.currentUser).catch(() => false)) return room;
  return newestFirst[0];
}
