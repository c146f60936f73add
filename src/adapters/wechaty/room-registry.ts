// Which groups the bot watches and their stable keys. WeChat room ids change on every login and
// topics can change, so rooms are known by our own key (stored with the topic by the ticket
// store); this registry maps a topic seen now to that key and follows renames. Topics are compared
// and kept as the WeChat edge normalises names (invisible characters, spacing), so a topic that
// WeChat holds with a zero-width character still matches the configured one.
import { normaliseName } from '../../core/text/normalise-text.js';
import type { Room as StoredRoom } from '../../core/tickets/types.js';

export interface WatchedRoom {
  key: string;
  topic: string;
  role: StoredRoom['role'];
  communityId: number;
  watched: boolean;
}

export interface RoomRegistry {
  /** The configured room with this topic, or null (an unknown group). */
  byTopic(topic: string): WatchedRoom | null;
  byKey(key: string): WatchedRoom | null;
  /** Follow a topic change; returns the room when it was one of ours. */
  rename(oldTopic: string, newTopic: string): WatchedRoom | null;
  all(): WatchedRoom[];
  /** Replace the rooms after a config reload. */
  reset(rooms: WatchedRoom[]): void;
}

export function createRoomRegistry(rooms: WatchedRoom[]): RoomRegistry {
  const byTopic = new Map<string, WatchedRoom>();
  const byKey = new Map<string, WatchedRoom>();
  const fill = (list: WatchedRoom[]): void => {
    byTopic.clear();
    byKey.clear();
    for (const given of list) {
      const room = { ...given, topic: normaliseName(given.topic) };
      byTopic.set(room.topic, room);
      byKey.set(room.key, room);
    }
  };
  fill(rooms);
  return {
    byTopic: (topic) => byTopic.get(normaliseName(topic)) ?? null,
    byKey: (key) => byKey.get(key) ?? null,
    rename(oldTopic, newTopic) {
      const room = byTopic.get(normaliseName(oldTopic));
      if (!room) return null;
      byTopic.delete(room.topic);
      room.topic = normaliseName(newTopic);
      byTopic.set(room.topic, room);
      return room;
    },
    all: () => [...byKey.values()],
    reset: fill,
  };
}
