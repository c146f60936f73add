// The figures 12345 centres assess units by, accumulated one ticket at a time so that the
// ledger export, `yishiting stats`, the digests and the monthly summary share one definition
// and 100k tickets stream through in constant memory (only resolve durations are kept, for
// the median).
import { buildingKey } from '../tickets/building-key.js';
import type { Status } from '../tickets/types.js';

/** What the figures need from one ticket. */
export interface StatsTicket {
  category: string;
  status: Status;
  building: string | null;
  createdAt: Date;
  dueAt: Date;
  resolvedAt: Date | null;
  rating: number | null;
  repeatOf: string | null;
  /** How often reporters said it was not fixed; a reopened, unrated ticket counts as unsatisfied. */
  reopenCount: number;
}

export interface TicketStats {
  total: number;
  byCategory: Map<string, number>;
  byStatus: Map<Status, number>;
  /** By normalised building (三号楼 and 3栋 count as 3号楼). */
  byBuilding: Map<string, number>;
  /** Tickets that count for the on-time rate: resolved, or past their deadline at `asOf`. */
  dueCount: number;
  onTimeCount: number;
  /** 按时办结率 in [0, 1], null when nothing was due. */
  onTimeRate: number | null;
  resolvedCount: number;
  /** Median time from first report to 办结, null when nothing was resolved. */
  medianResolveMs: number | null;
  ratedCount: number;
  satisfiedCount: number;
  /** 满意率 in [0, 1] (rating ≥ 4 of rated tickets), null when nothing was rated. */
  satisfactionRate: number | null;
  repeatCount: number;
  /** 重复投诉率 in [0, 1] of counted tickets, null when there are none. */
  repeatRate: number | null;
}

/** A rating counts as satisfied from this value up (满意 = 5, 不满意 = 1). */
const SATISFIED_FROM = 4;

/**
 * What the residents' verdict on a ticket is, for every satisfaction figure: its rating when
 * rated; unsatisfied when unrated but reopened (a reporter said it was not fixed, by #没修好 or in
 * plain words); none otherwise.
 */
export function satisfactionVerdict(t: Pick<StatsTicket, 'rating' | 'reopenCount'>): 'satisfied' | 'unsatisfied' | null {
  if (t.rating !== null) return t.rating >= SATISFIED_FROM ? 'satisfied' : 'unsatisfied';
  return t.reopenCount > 0 ? 'unsatisfied' : null;
}

/** Statuses that are not a handled case of their own: merged away or withdrawn. */
const NOT_A_CASE: ReadonlySet<Status> = new Set<Status>(['duplicate', 'withdrawn']);

const NO_BUILDING = '（未注明）';

export interface StatsAccumulator {
  add(t: StatsTicket): void;
  result(): TicketStats;
}

/** Accumulates tickets; `asOf` decides whether an unresolved ticket already missed its deadline. */
export function createStatsAccumulator(asOf: Date): StatsAccumulator {
  const byCategory = new Map<string, number>();
  const byStatus = new Map<Status, number>();
  const byBuilding = new Map<string, number>();
  const durations: number[] = [];
  let total = 0,
    cases = 0,
    dueCount = 0,
    onTimeCount = 0,
    ratedCount = 0,
    satisfiedCount = 0,
    repeatCount = 0;
  const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

  return {
    add(t) {
      // Opened by mistake for a message that was no report (#不是诉求): not a ticket at all.
      if (t.status === 'not_report') return;
      total++;
      bump(byCategory, t.category);
      bump(byStatus, t.status);
      bump(byBuilding, buildingKey(t.building) ?? NO_BUILDING);
      if (NOT_A_CASE.has(t.status)) return;
      cases++;
      if (t.repeatOf) repeatCount++;
      const verdict = satisfactionVerdict(t);
      if (verdict !== null) ratedCount++;
      if (verdict === 'satisfied') satisfiedCount++;
      if (t.resolvedAt) {
        dueCount++;
        if (t.resolvedAt.getTime() <= t.dueAt.getTime()) onTimeCount++;
        durations.push(t.resolvedAt.getTime() - t.createdAt.getTime());
      } else if (t.status !== 'referred' && t.dueAt.getTime() <= asOf.getTime()) {
        dueCount++;
      }
    },
    result() {
      return {
        total,
        byCategory: sortedByCount(byCategory),
        byStatus: sortedByCount(byStatus),
        byBuilding: sortedByCount(byBuilding),
        dueCount,
        onTimeCount,
        onTimeRate: dueCount ? onTimeCount / dueCount : null,
        resolvedCount: durations.length,
        medianResolveMs: median(durations),
        ratedCount,
        satisfiedCount,
        satisfactionRate: ratedCount ? satisfiedCount / ratedCount : null,
        repeatCount,
        repeatRate: cases ? repeatCount / cases : null,
      };
    },
  };
}

/** Convenience for small lists (digests, tests). */
export function computeStats(tickets: Iterable<StatsTicket>, asOf: Date): TicketStats {
  const acc = createStatsAccumulator(asOf);
  for (const t of tickets) acc.add(t);
  return acc.result();
}

/** The median of `values` (mean of the middle two for an even count); null when empty. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function sortedByCount<K>(m: Map<K, number>): Map<K, number> {
  return new Map([...m.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))));
}

/** "87.5%" or "—" when there is no figure. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
