// Staff corrections of the classifier: written with the change they describe, listed for
// `yishiting rules suggest`.
import { and, asc, eq, gte } from 'drizzle-orm';
import type { CorrectionFilter, CorrectionInput } from '../../core/tickets/ticket-store.js';
import type { Correction } from '../../core/tickets/types.js';
import { validateCorrection } from '../../core/tickets/validate-correction.js';
import { validateDate } from '../../core/tickets/validate-input.js';
import type { Db } from './open-database.js';
import { corrections } from './schema.js';

export function recordCorrection(db: Db, input: CorrectionInput): Correction {
  validateCorrection(input);
  return db.insert(corrections).values(input).returning().get();
}

export function listCorrections(db: Db, filter: CorrectionFilter = {}): Correction[] {
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
    .orderBy(asc(corrections.at), asc(corrections.id))
    .all();
}
