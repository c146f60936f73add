// Who is responsible for a ticket nobody took yet, as its acknowledgement said: by its group's
// 小区 and building (query answers and work lists name them).
import type { MessageContext } from '../message-context.js';
import { namedWorker } from '../intake/named-worker.js';
import type { Ticket } from '../tickets/types.js';
import { categoryNames } from '../replies/ticket-vars.js';

export async function responsibleNames(ctx: MessageContext, communityId: number): Promise<(t: Ticket) => string | null> {
  const rooms = await ctx.deps.store.listRooms(communityId);
  const config = ctx.community?.config;
  return (t) => {
    if (!config) return null;
    return namedWorker(config, rooms, t, categoryNames(ctx.deps, t.category))?.name ?? null;
  };
}
