// Read-only queries for the ledger (台账) and statistics over the store's schema. Rows stream
// through better-sqlite3's iterate() in raw (array) mode, so 100k tickets with their timelines
// pass in constant memory. The range is on the ticket's first report time: [from, to).
import type Database from 'better-sqlite3';
import type { StatsTicket } from '../../core/stats/ticket-stats.js';
import type { Status } from '../../core/tickets/types.js';
import type { LedgerEvent, LedgerRow } from '../export/ledger-row.js';

export interface LedgerRange {
  from: Date;
  to: Date;
}

/** Separators inside the aggregated timeline: unit separator between fields, record separator between events. */
const US = '\u001f';
const RS = '\u001e';

const RANGE = 't.created_at >= ? AND t.created_at < ?';

function params(range: LedgerRange): number[] {
  return [range.from.getTime(), range.to.getTime()];
}

/** Number of tickets in the range (for progress output). */
export function countTickets(client: Database.Database, range: LedgerRange): number {
  const row = client.prepare(`SELECT count(*) FROM tickets t WHERE ${RANGE}`).pluck().get(...params(range));
  return Number(row ?? 0);
}

/** Categories present in the range with their ticket counts, most tickets first. */
export function categoriesInRange(client: Database.Database, range: LedgerRange): { code: string; count: number }[] {
  return client
    .prepare(`SELECT t.category AS code, count(*) AS count FROM tickets t WHERE ${RANGE} GROUP BY t.category ORDER BY count DESC, code`)
    .all(...params(range)) as { code: string; count: number }[];
}

/** The fields statistics need, one ticket at a time. */
export function* iterateStatsTickets(client: Database.Database, range: LedgerRange): Generator<StatsTicket & { community: string }> {
  const stmt = client
    .prepare(
      `SELECT c.name, t.category, t.status, t.building, t.created_at, t.due_at, t.resolved_at, t.rating, t.repeat_of
       FROM tickets t JOIN communities c ON c.id = t.community_id
       WHERE ${RANGE} ORDER BY t.id`,
    )
    .raw();
  for (const r of stmt.iterate(...params(range)) as IterableIterator<unknown[]>) {
    yield {
      community: r[0] as string,
      category: r[1] as string,
      status: r[2] as Status,
      building: r[3] as string | null,
      createdAt: new Date(r[4] as number),
      dueAt: new Date(r[5] as number),
      resolvedAt: r[6] === null ? null : new Date(r[6] as number),
      rating: r[7] as number | null,
      repeatOf: r[8] as string | null,
    };
  }
}

/**
 * Ledger rows in the range, each with its first report and timeline. Order 'time': by first
 * report. Order 'category': grouped by category — the categories with most tickets first (as
 * categoriesInRange lists them), by first report within one — so a workbook can be written one
 * sheet after the other in a single pass.
 */
export function* iterateLedgerRows(client: Database.Database, range: LedgerRange, order: 'time' | 'category' = 'time'): Generator<LedgerRow> {
  const byCategory = order === 'category';
  const stmt = client
    .prepare(
      `SELECT c.name, t.number, t.category, t.urgent, t.building, t.reporter_count, t.created_at, t.due_at, t.status,
              t.assignee_name, t.resolved_at, t.closed_at, t.rating, t.repeat_of, t.referred_to, t.duplicate_of,
              (SELECT r.text FROM reports r WHERE r.ticket_id = t.id AND r.removed_at IS NULL ORDER BY r.id LIMIT 1),
              (SELECT group_concat(e.at || '${US}' || e.actor_name || '${US}' || e.kind || '${US}' || coalesce(e.action, '')
                                   || '${US}' || coalesce(e.to_status, '') || '${US}' || coalesce(e.note, ''), '${RS}' ORDER BY e.id)
                 FROM ticket_events e WHERE e.ticket_id = t.id)
       FROM tickets t JOIN communities c ON c.id = t.community_id
       ${byCategory ? `JOIN (SELECT t.category AS code, count(*) AS n FROM tickets t WHERE ${RANGE} GROUP BY t.category) k ON k.code = t.category` : ''}
       WHERE ${RANGE}
       ORDER BY ${byCategory ? 'k.n DESC, t.category, ' : ''}t.created_at, t.id`,
    )
    .raw();
  const args = byCategory ? [...params(range), ...params(range)] : params(range);
  for (const r of stmt.iterate(...args) as IterableIterator<unknown[]>) {
    yield {
      community: r[0] as string,
      number: r[1] as string,
      category: r[2] as string,
      urgent: r[3] === 1,
      building: r[4] as string | null,
      reporterCount: r[5] as number,
      createdAt: new Date(r[6] as number),
      dueAt: new Date(r[7] as number),
      status: r[8] as Status,
      assignee: r[9] as string | null,
      resolvedAt: r[10] === null ? null : new Date(r[10] as number),
      closedAt: r[11] === null ? null : new Date(r[11] as number),
      rating: r[12] as number | null,
      repeatOf: r[13] as string | null,
      referredTo: r[14] as string | null,
      duplicateOf: r[15] as string | null,
      text: (r[16] as string | null) ?? '',
      timeline: parseTimeline(r[17] as string | null),
    };
  }
}

function parseTimeline(packed: string | null): LedgerEvent[] {
  if (!packed) return [];
  return packed.split(RS).map((e) => {
    const [at, actor, kind, action, to, ...note] = e.split(US);
    const text = note.join(US);
    return {
      at: Number(at),
      actor: actor ?? '',
      kind: kind ?? '',
      action: action || null,
      to: (to || null) as Status | null,
      note: text === '' ? null : text,
    };
  });
}
