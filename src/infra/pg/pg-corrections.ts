// Staff corrections of the classifier on PostgreSQL (see src/infra/db/sqlite-corrections.ts).
import { and, asc, eq, gte } from 'drizzle-orm';
import type { CorrectionFilter, CorrectionInput, TicketStore } from '../../core/tickets/ticket-store.js';
import type { Correction } from '../../core/tickets/types.js';
import { validateCorrection } from '../../core/tickets/validate-correction.js';
import { validateDate } from '../../core/tickets/validate-input.js';
import type { PgDb } from './open-pg-database.js';
import { corrections } from './pg-schema.js';

/**
 * Records a correction; pass the transaction of the change it describes.
 * @public for the PostgreSQL actions (src/infra/pg/pg-actions.ts)
 */
export async function recordCorrection(db: PgDb, input: CorrectionInput): Promise<Correction> {
  validateCorrection(input);
  const [row] = await db.insert(corrections).values(input).returning();
  return row!;
}

/** The TicketStore's corrections on PostgreSQL. */
export function createPgCorrections(db: PgDb): Pick<TicketStore, 'recordCorrection' | 'listCorrections'> {
  return { recordCorrection: (input) => recordCorrection(db, input), listCorrections: (filter) => listCorrections(db, filter) };
}

async function listCorrections(db: PgDb, filter: CorrectionFilter = {}): Promise<Correction[]> {
  if (filter.since !== undefined) validateDate(filter.since);
  return db
    .select()
    .from(corrections)
    .where(
      and(
        filter.communityId === undefined ? undefined : eq(corrections.communityId, filter.communityId),
        filter.kind === undefined ? undefined : eq(corrections.kind, filter.kind),
        filter.since === undefined ? undefined : gte(corrections.at, filter.since),
      ),
    )
    .orderBy(asc(corrections.at), asc(corrections.id));
}
