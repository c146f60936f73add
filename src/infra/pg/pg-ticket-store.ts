// The TicketStore on PostgreSQL, put together from its parts: the directory (pg-directory.ts),
// intake (pg-intake.ts), actions (pg-actions.ts), reads (pg-ticket-reads.ts), corrections
// (pg-corrections.ts) and due-work claims (pg-due-claims.ts). Same contract as the SQLite store (test/infra/db/*.test.ts run on both).
import type { TicketStore } from '../../core/tickets/ticket-store.js';
import type { PgDb } from './open-pg-database.js';
import * as actions from './pg-actions.js';
import { createPgCorrections } from './pg-corrections.js';
import { createPgDirectoryStore } from './pg-directory.js';
import { claimDueWork } from './pg-due-claims.js';
import { intake } from './pg-intake.js';
import { createPgTicketReads } from './pg-ticket-reads.js';

export interface PgTicketStoreOptions {
  /** Time stamp for rows whose operation carries no time of its own (rooms, roster). */
  clock?: () => Date;
  /** The bot account of this process (config bot.session): private replies it queues are sent by it alone. */
  account?: string | null;
}

/** `db`: a pool (or PGlite); its connections are the caller's to close. */
export function createPgTicketStore(db: PgDb, options: PgTicketStoreOptions = {}): TicketStore {
  return {
    ...createPgDirectoryStore(db, options.clock ?? (() => new Date())),
    ...createPgTicketReads(db),
    ...createPgCorrections(db),
    intake: (report, policy, acknowledge) => intake(db, report, policy, acknowledge, options.account ?? null),
    act: (input) => actions.act(db, input),
    splitReport: (input) => actions.splitReport(db, input),
    attachImage: (reportId, path, at, actorName) => actions.attachImage(db, reportId, path, at, actorName),
    withdrawBySourceKey: (sourceKey, at) => actions.withdrawBySourceKey(db, sourceKey, at),
    claimDueWork: (claims, replies, at) => claimDueWork(db, claims, replies, at, options.account ?? null),
    close: async () => {},
  };
}
