import { describe, expect, it } from 'vitest';
import { computeStats, formatRate, median, type StatsTicket } from '../../../src/core/stats/ticket-stats.js';

const H = 3_600_000;
const t0 = new Date('2025-03-01T00:00:00Z').getTime();

function ticket(p: Partial<StatsTicket> & { created: number; due: number; resolved?: number }): StatsTicket {
  return {
    category: p.category ?? 'lighting',
    status: p.status ?? (p.resolved !== undefined ? 'closed' : 'open'),
    building: p.building === undefined ? '3号楼' : p.building,
    createdAt: new Date(t0 + p.created * H),
    dueAt: new Date(t0 + p.due * H),
    resolvedAt: p.resolved === undefined ? null : new Date(t0 + p.resolved * H),
    rating: p.rating ?? null,
    repeatOf: p.repeatOf ?? null,
    reopenCount: p.reopenCount ?? 0,
  };
}

describe('ticket statistics', () => {
  const asOf = new Date(t0 + 1000 * H);
  const stats = computeStats(
    [
      ticket({ created: 0, due: 72, resolved: 10, rating: 5 }), // on time, satisfied
      ticket({ created: 0, due: 72, resolved: 100, rating: 2, category: 'parking', building: '5号楼' }), // late, unsatisfied
      ticket({ created: 0, due: 72, resolved: 30, rating: 4, repeatOf: '1', building: '三号楼' }), // on time, satisfied, repeat; same building written differently
      ticket({ created: 0, due: 48, category: 'elevator', building: '5号楼' }), // open and past due → late
      ticket({ created: 990, due: 1100, building: null }), // open, not yet due → not counted for on-time
      ticket({ created: 0, due: 48, status: 'duplicate' }), // merged away: counted, but not a case
      ticket({ created: 0, due: 48, status: 'referred' }), // handed elsewhere: no deadline of ours
    ],
    asOf,
  );

  it('counts by category, status and building (三号楼 = 3号楼), most first', () => {
    expect(stats.total).toBe(7);
    expect([...stats.byCategory]).toEqual([
      ['lighting', 5],
      ['elevator', 1],
      ['parking', 1],
    ]);
    expect(stats.byStatus.get('closed')).toBe(3);
    expect(stats.byStatus.get('open')).toBe(2);
    expect([...stats.byBuilding]).toEqual([
      ['3号楼', 4],
      ['5号楼', 2],
      ['（未注明）', 1],
    ]);
  });

  it('on-time rate: resolved by the deadline among tickets resolved or already past their deadline', () => {
    expect(stats.dueCount).toBe(4);
    expect(stats.onTimeCount).toBe(2);
    expect(stats.onTimeRate).toBe(0.5);
  });

  it('median time to resolve, satisfaction (4–5 of rated) and repeat-complaint rate', () => {
    expect(stats.medianResolveMs).toBe(30 * H);
    expect(stats.ratedCount).toBe(3);
    expect(stats.satisfactionRate).toBeCloseTo(2 / 3);
    expect(stats.repeatCount).toBe(1);
    expect(stats.repeatRate).toBeCloseTo(1 / 6);
  });

  it('leaves out a ticket opened for a message that was no report (#不是诉求) entirely', () => {
    const withMistake = computeStats(
      [
        ticket({ created: 0, due: 72, resolved: 10, rating: 5 }),
        ticket({ created: 0, due: 48, status: 'not_report', category: 'parking', building: '9号楼' }),
      ],
      asOf,
    );
    expect(withMistake.total).toBe(1);
    expect([...withMistake.byCategory]).toEqual([['lighting', 1]]);
    expect([...withMistake.byBuilding]).toEqual([['3号楼', 1]]);
    expect(withMistake.byStatus.has('not_report')).toBe(false);
    expect(withMistake.dueCount).toBe(1);
    expect(withMistake.onTimeRate).toBe(1);
  });

  it('has no figures, not zeros, when nothing was resolved or rated', () => {
    const empty = computeStats([], asOf);
    expect(empty).toMatchObject({ total: 0, onTimeRate: null, medianResolveMs: null, satisfactionRate: null, repeatRate: null });
    expect(formatRate(null)).toBe('—');
    expect(formatRate(2 / 3)).toBe('66.7%');
  });

  it('median of an even count is the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 2, 33])).toBe(10);
  });
});

describe('satisfaction counts a reporter saying it was not fixed', () => {
  it('counts a reopened, unrated ticket as an unsatisfied verdict', () => {
    const base = {
      category: 'lighting',
      building: '3号楼',
      createdAt: new Date(0),
      dueAt: new Date(1e9),
      resolvedAt: null,
      repeatOf: null,
    };
    const stats = computeStats(
      [
        { ...base, status: 'open', rating: null, reopenCount: 1 },
        { ...base, status: 'closed', rating: 5, reopenCount: 0 },
      ],
      new Date(1e9),
    );
    expect(stats.ratedCount).toBe(2);
    expect(stats.satisfiedCount).toBe(1);
  });
});
