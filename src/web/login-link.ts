// A one-time sign-in link for a staff member: valid LOGIN_LINK_MINUTES, for one use.
import { LOGIN_LINK_MINUTES } from '../core/commands/login-command.js';
import type { Person } from '../core/tickets/types.js';
import { hashToken, newToken } from './tokens.js';
import type { WebAuthStore } from './web-auth-store.js';

export const DEFAULT_BASE_URL = 'http://127.0.0.1:8080';

/** Stores the token's hash and returns the absolute URL `<base>/login/<token>`. */
export async function createLoginLink(auth: WebAuthStore, person: Person, base: string, now: Date): Promise<string> {
  const token = newToken();
  await auth.createLoginToken(hashToken(token), person.id, now, new Date(now.getTime() + LOGIN_LINK_MINUTES * 60_000));
  return `${base.replace(/\/+$/, '')}/login/${token}`;
}

/** The address sign-in links start with: config web.baseUrl, else the loopback port. */
export function webBaseUrl(web: { baseUrl?: string | undefined; port?: number | undefined }): string {
  return web.baseUrl ?? `http://127.0.0.1:${web.port ?? 8080}`;
}
