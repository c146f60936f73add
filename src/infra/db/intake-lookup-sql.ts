// The intake's two lookups as drizzle conditions over either dialect's tickets table, from the
// core's lookups (core/tickets/intake-rules.ts): values or placeholders (SQLite prepares them once).
import { type AnyColumn, and, eq, gte, inArray } from 'drizzle-orm';
import { REPEAT_AFTER } from '../../core/tickets/intake-rules.js';
import { isActiveStatus } from './schema.js';

type LookupColumns = Record<'communityId' | 'category' | 'buildingKey' | 'status' | 'lastReportAt' | 'closedAt', AnyColumn>;
/** mergeLookup/repeatLookup's fields, as values or placeholders. */
type Lookup = Record<'communityId' | 'category' | 'buildingKey' | 'since', unknown>;

/**
 * Active tickets of the community, category and building key reported since `since` (order by
 * lastReportAt descending for the latest). The active condition is literal, as the partial merge
 * index is defined, so that the index serves it.
 */
export function mergeCandidateWhere(t: LookupColumns, q: Lookup) {
  return and(sameIssue(t, q), gte(t.lastReportAt, q.since), isActiveStatus(t.status));
}

/** Tickets of the community, category and building key that ended (REPEAT_AFTER) since `since` (order by closedAt descending). */
export function repeatWhere(t: LookupColumns, q: Lookup) {
  return and(sameIssue(t, q), gte(t.closedAt, q.since), inArray(t.status, REPEAT_AFTER));
}

const sameIssue = (t: LookupColumns, q: Lookup) =>
  and(eq(t.communityId, q.communityId), eq(t.category, q.category), eq(t.buildingKey, q.buildingKey));
