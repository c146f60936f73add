// The dashboard's sign-in tokens and sessions over drizzle + better-sqlite3 (see web/web-auth-store.ts).
import { and, desc, eq, gt, lte } from 'drizzle-orm';
import { oneTimeCodeState } from '../../core/tickets/directory-input.js';
import type { WebAuthStore } from '../../web/web-auth-store.js';
import type { Db } from './open-database.js';
import { webAudit, webLoginTokens, webSessions } from './schema.js';
import { writeTransaction } from './write-transaction.js';

export function createSqliteWebAuthStore(db: Db): WebAuthStore {
  return {
    createLoginToken: async (tokenHash, personId, at, expiresAt) => {
      db.insert(webLoginTokens).values({ tokenHash, personId, createdAt: at, expiresAt }).run();
    },
    redeemLoginToken: async (tokenHash, at) =>
      writeTransaction(db, () => {
        const row = db.select().from(webLoginTokens).where(eq(webLoginTokens.tokenHash, tokenHash)).get();
        const state = oneTimeCodeState(row, at);
        if (state !== 'live') return { ok: false, reason: state } as const;
        db.update(webLoginTokens).set({ usedAt: at }).where(eq(webLoginTokens.tokenHash, tokenHash)).run();
        return { ok: true, personId: row!.personId } as const;
      }),
    createSession: async (tokenHash, personId, at, expiresAt) => {
      writeTransaction(db, () => {
        // Expired sessions are not kept around.
        db.delete(webSessions).where(lte(webSessions.expiresAt, at)).run();
        db.insert(webSessions).values({ tokenHash, personId, createdAt: at, expiresAt }).run();
      });
    },
    getSession: async (tokenHash, at) => {
      const row = db
        .select({ personId: webSessions.personId, expiresAt: webSessions.expiresAt })
        .from(webSessions)
        .where(and(eq(webSessions.tokenHash, tokenHash), gt(webSessions.expiresAt, at)))
        .get();
      return row ?? null;
    },
    endSession: async (tokenHash) => {
      db.delete(webSessions).where(eq(webSessions.tokenHash, tokenHash)).run();
    },
    recordAudit: async (entry) => {
      db.insert(webAudit).values(entry).run();
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
        .limit(limit)
        .all(),
  };
}
