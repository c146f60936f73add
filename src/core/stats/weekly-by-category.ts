// The weekly trend by category for the 统计 charts: tickets counted by the local week (Monday) of
// their first report, on the same terms as the stats accumulator (a ticket opened by mistake,
// #不是诉求, is not counted), so each category's weeks add up to its figure in `yishiting stats`.
import { localParts } from '../local-time.js';
import type { StatsTicket } from './ticket-stats.js';

export interface WeeklyByCategory {
  /** Mondays (YYYY-MM-DD), every week from the first ticket's to the last one's. */
  weeks: string[];
  /** Per category, one count per week, in the order of `weeks`. */
  series: Map<string, number[]>;
}

const DAY_MS = 86_400_000;

export function createWeeklyByCategory(timeZone: string) {
  // Weeks as day numbers (days since 1970-01-01 of the local Monday).
  const counts = new Map<string, Map<number, number>>();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  return {
    add(t: Pick<StatsTicket, 'category' | 'status' | 'createdAt'>): void {
      if (t.status === 'not_report') return;
      const p = localParts(t.createdAt, timeZone);
      const monday = Date.UTC(p.year, p.month - 1, p.day) / DAY_MS - (p.weekday - 1);
      const byWeek = counts.get(t.category) ?? new Map<number, number>();
      byWeek.set(monday, (byWeek.get(monday) ?? 0) + 1);
      counts.set(t.category, byWeek);
      first = Math.min(first, monday);
      last = Math.max(last, monday);
    },
    result(): WeeklyByCategory {
      const days: number[] = [];
      for (let d = first; d <= last; d += 7) days.push(d);
      const series = new Map([...counts].map(([category, byWeek]) => [category, days.map((d) => byWeek.get(d) ?? 0)] as const));
      return { weeks: days.map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10)), series };
    },
  };
}
