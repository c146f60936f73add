// The core's MemberDirectory over Wechaty: who in a watched group currently shows a given name,
// as nickname or group nickname (compared the way names are normalised at intake).
import type { Wechaty } from 'wechaty';
import type { MemberDirectory } from '../../core/identity/member-directory.js';
import { normaliseName } from '../../core/text/normalise-text.js';
import { findCurrentRoom } from './find-current-room.js';
import type { RoomRegistry } from './room-registry.js';

export function createMemberDirectory(bot: Wechaty, rooms: RoomRegistry): MemberDirectory {
  return {
    async membersNamed(roomKey, name) {
      const known = rooms.byKey(roomKey);
      if (!known) return null;
      const room = await findCurrentRoom(bot, known.topic);
      if (!room) return null;
      const ids: string[] = [];
      for (const member of await room.memberAll()) {
        const nick = normaliseName(member.name() ?? '');
        const groupNick = normaliseName((await room.alias(member)) ?? '');
        if (nick === name || groupNick === name) ids.push(member.id);
      }
      return ids;
    },
  };
}
