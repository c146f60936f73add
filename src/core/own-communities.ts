// A district keeps many communities in one store, each served by its own bot account and process:
// a process acts for the communities its config names, never for the others in the store.
import type { Config } from '../config.js';
import type { TicketStore } from './tickets/ticket-store.js';
import type { Community } from './tickets/types.js';

/** The store's communities that this process's config names, in store order. */
export async function ownCommunities(deps: { store: TicketStore; config: Config }): Promise<Community[]> {
  const names = new Set(deps.config.communities.map((c) => c.name));
  return (await deps.store.listCommunities()).filter((c) => names.has(c.name));
}
