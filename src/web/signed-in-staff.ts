// Who is asking: the session cookie's staff member, looked up on every request so that someone
// taken off the roster (config reload → inactive) or out of the config loses access at once.
import type { CommunityConfig } from '../config.js';
import { seesAllCommunities } from '../core/tickets/staff-roles.js';
import type { Person } from '../core/tickets/types.js';
import { csrfTokenOf, hashToken } from './tokens.js';
import type { CommunityRef } from './viewed-community.js';
import type { WebOptions } from './web-options.js';

export const SESSION_COOKIE = 'yst_session';

export interface Staff {
  person: Person;
  community: { id: number; name: string; config: CommunityConfig };
  /** Every community the person sees: all of them for a district admin, else their own. */
  communities: CommunityRef[];
  district: boolean;
  sessionHash: string;
  /** The anti-forgery token every form of this session carries. */
  csrf: string;
}

export async function signedInStaff(web: WebOptions, sessionToken: string | undefined): Promise<Staff | null> {
  if (!sessionToken || sessionToken.length > 100) return null;
  const { deps } = web;
  const sessionHash = hashToken(sessionToken);
  const session = await web.auth.getSession(sessionHash, deps.clock());
  if (!session) return null;
  const person = await deps.store.getPerson(session.personId);
  if (!person?.active) return null;
  const all = await deps.store.listCommunities();
  const community = all.find((c) => c.id === person.communityId);
  const config = community ? deps.config.communities.find((c) => c.name === community.name) : undefined;
  if (!community || !config?.staff.some((s) => s.remark === person.remark)) return null;
  const district = seesAllCommunities(person.role);
  return {
    person,
    community: { id: community.id, name: community.name, config },
    communities: (district ? all : [community]).map((c) => ({ id: c.id, name: c.name })),
    district,
    sessionHash,
    csrf: csrfTokenOf(sessionToken),
  };
}
