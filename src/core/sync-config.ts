// Puts the configured communities, groups and staff roster into the store, so that rooms have
// stable keys and staff are found by remark. Run at start-up and after every config reload.
import type { Config } from '../config.js';
import type { TicketStore } from './tickets/ticket-store.js';
import type { Room } from './tickets/types.js';

/** Ensures every community, group and roster entry of `config` exists in the store; returns the rooms. */
export async function syncConfig(store: TicketStore, config: Config): Promise<Room[]> {
  const rooms: Room[] = [];
  for (const c of config.communities) {
    const community = await store.ensureCommunity(c.name);
    for (const g of c.groups) {
      rooms.push(await store.ensureRoom({ communityId: community.id, topic: g.topic, role: g.role, xiaoqu: g.xiaoqu ?? null }));
    }
    await store.syncStaff(community.id, c.staff);
  }
  return rooms;
}
