// Staff are recognised by the remark the bot account gave them (matching the roster) or by a
// binding code they redeemed this session; never by display name alone. Everyone else is a resident.
import { accountKeyOf } from './identity/sender-account.js';
import type { MessageContext } from './message-context.js';
import type { TicketStore } from './tickets/ticket-store.js';
import type { Actor, Person } from './tickets/types.js';
import type { Sender } from './types.js';

/** The staff person behind `sender` (within `communityId` when given), or null. */
export async function findStaff(store: TicketStore, sender: Sender, communityId: number | null): Promise<Person | null> {
  const byRemark = sender.remark ? await store.findPersonByRemark(sender.remark) : null;
  const person = byRemark ?? (await store.findPersonBySession(accountKeyOf(sender)));
  if (!person?.active) return null;
  return communityId === null || person.communityId === communityId ? person : null;
}

/** The key that ties a resident to their reports: remark when the bot gave one, else display name. */
function reporterKeyOf(sender: Sender): string {
  return sender.remark ?? sender.name;
}

export function actorOf(sender: Sender, person: Person | null): Actor {
  return person
    ? { personId: person.id, name: person.name, key: person.remark, role: person.role }
    : { personId: null, name: sender.name, key: reporterKeyOf(sender), role: 'resident' };
}

/** Resolves who sent the message (once; chatter never pays for the lookup). */
export async function identify(ctx: MessageContext): Promise<void> {
  if (ctx.identified) return;
  ctx.person = await findStaff(ctx.deps.store, ctx.msg.sender, ctx.room ? ctx.room.communityId : null);
  ctx.actor = actorOf(ctx.msg.sender, ctx.person);
  ctx.identified = true;
}
