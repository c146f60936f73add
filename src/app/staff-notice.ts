// A notice for the staff group(s): config/rule problems, silence alerts.
import type { Reply } from '../core/types.js';
import type { WatchedRoom } from '../adapters/wechaty/room-registry.js';

export function staffGroupReplies(rooms: WatchedRoom[], text: string): Reply[] {
  return rooms
    .filter((r) => r.role === 'staff')
    .map((r) => ({ to: { kind: 'room' as const, roomKey: r.key }, text, mentions: [], urgent: false }));
}
