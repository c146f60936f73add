// What the dashboard keeps about sign-in: one-time login tokens and sessions, both by the hash of
// their token (the token itself exists only in the link and the cookie). The SQLite
// implementation is src/infra/db/sqlite-web-auth-store.ts; a PostgreSQL one can implement the same.

type RedeemLoginResult = { ok: true; personId: number } | { ok: false; reason: 'unknown' | 'expired' | 'used' };

interface WebSession {
  personId: number;
  expiresAt: Date;
}

export interface AuditEntry {
  personId: number;
  communityId: number;
  at: Date;
  /** 'signin', 'signout', or a page action code. */
  action: string;
  ticketNumber: string | null;
  detail: string | null;
}

export interface WebAuthStore {
  createLoginToken(tokenHash: string, personId: number, at: Date, expiresAt: Date): Promise<void>;
  /** Marks the token used (once) and returns whose it was. */
  redeemLoginToken(tokenHash: string, at: Date): Promise<RedeemLoginResult>;
  createSession(tokenHash: string, personId: number, at: Date, expiresAt: Date): Promise<void>;
  /** The live session with this token hash, or null (unknown or expired). */
  getSession(tokenHash: string, at: Date): Promise<WebSession | null>;
  endSession(tokenHash: string): Promise<void>;
  recordAudit(entry: AuditEntry): Promise<void>;
  /** The community's latest entries, newest first. */
  listAudit(communityId: number, limit: number): Promise<AuditEntry[]>;
}
