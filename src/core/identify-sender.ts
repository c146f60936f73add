// Staff are recognised by the remark the bot account gave them (matching the roster) or by a
// binding code they redeemed this session; never by display name alone. Everyone else is a resident.
import { accountKeyOf } from './identity/sender-account.js';
import type { MessageContext } from './message-context.js';
import type { Deps } from './deps.js';
import { ownCommunities } from './own-communities.js';
import type { Actor, Person } from './tickets/types.js';
import type { Sender } from './types.js';

/**
 * The staff person behind `sender` within `communityId`, or — in a private chat (null) — within
 * the communities this process serves: remarks are set per bot account, so the same remark may
 * name someone else in another account's community of a district's store.
 */
export async function findStaff(deps: Pick<Deps, 'store' | 'config'>, sender: Sender, communityId: number | null): Promise<Person | null> {
  const { store } = deps;
  const scope = communityId !== null ? [communityId] : (await ownCommunities(deps)).map((c) => c.id);
  const byRemark = sender.remark ? await store.findPersonByRemark(sender.remark, scope) : null;
  const person = byRemark ?? (await store.findPersonBySession(accountKeyOf(sender)));
  if (!person?.active) return null;
  return scope.includes(person.communityId) ? person : null;
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
  ctx.person = await findStaff(ctx.deps, ctx.msg.sender, ctx.room ? ctx.room.communityId : null);
  ctx.actor = actorOf(ctx.msg.sender, ctx.person);
  ctx.identified = true;
}
