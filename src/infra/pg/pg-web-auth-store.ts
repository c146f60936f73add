// The dashboard's sign-in tokens and sessions on PostgreSQL (see web/web-auth-store.ts).
import { and, desc, eq, gt, lte } from 'drizzle-orm';
import { oneTimeCodeState } from '../../core/tickets/directory-input.js';
import type { WebAuthStore } from '../../web/web-auth-store.js';
import type { PgDb } from './open-pg-database.js';
import { webAudit, webLoginTokens, webSessions } from './pg-schema.js';

export function createPgWebAuthStore(db: PgDb): WebAuthStore {
  return {
    createLoginToken: async (tokenHash, personId, at, expiresAt) => {
      await db.insert(webLoginTokens).values({ tokenHash, personId, createdAt: at, expiresAt });
    },
    redeemLoginToken: async (tokenHash, at) =>
      db.transaction(async (tx) => {
        // FOR UPDATE: a link opened twice at once signs in once.
        const [row] = await tx.select().from(webLoginTokens).where(eq(webLoginTokens.tokenHash, tokenHash)).for('update');
        const state = oneTimeCodeState(row, at);
        if (state !== 'live') return { ok: false, reason: state } as const;
        await tx.update(webLoginTokens).set({ usedAt: at }).where(eq(webLoginTokens.tokenHash, tokenHash));
        return { ok: true, personId: row!.personId } as const;
      }),
    createSession: async (tokenHash, personId, at, expiresAt) => {
      await db.transaction(async (tx) => {
        // Expired sessions are not kept around.
        await tx.delete(webSessions).where(lte(webSessions.expiresAt, at));
        await tx.insert(webSessions).values({ tokenHash, personId, createdAt: at, expiresAt });
      });
    },
    getSession: async (tokenHash, at) => {
      const [row] = await db
        .select({ personId: webSessions.personId, expiresAt: webSessions.expiresAt })
        .from(webSessions)
        .where(and(eq(webSessions.tokenHash, tokenHash), gt(webSessions.expiresAt, at)));
      return row ?? null;
    },
    endSession: async (tokenHash) => {
      await db.delete(webSessions).where(eq(webSessions.tokenHash, tokenHash));
    },
    recordAudit: async (entry) => {
      await db.insert(webAudit).values(entry);
    },
    listAudit: async (communityId, limit) =>
      db
        .select({
          personId: webAudit.personId,
          communityId: webAudit.communityId,
          at: webAudit.at,
          action: webAudit.action,
          ticketNumber: webAudit.ticketNumber,
          detail: webAudit.detail,
        })
        .from(webAudit)
        .where(eq(webAudit.communityId, communityId))
        .orderBy(desc(webAudit.id))
        .limit(limit),
  };
}
