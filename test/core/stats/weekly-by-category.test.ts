import { describe, expect, it } from 'vitest';
import { createWeeklyByCategory } from '../../../src/core/stats/weekly-by-category.js';
import type { Status } from '../../../src/core/tickets/types.js';

const t = (category: string, iso: string, status: Status = 'open') => ({ category, status, createdAt: new Date(iso) });

describe('createWeeklyByCategory', () => {
  it('counts tickets by the local Monday of their first report, with empty weeks kept', () => {
    const w = createWeeklyByCategory('Asia/Shanghai');
    w.add(t('lighting', '2026-11-22T15:30:00Z')); // Sunday 23:30 in Shanghai: week of 11-16
    w.add(t('lighting', '2026-11-22T16:10:00Z')); // Monday 00:10 in Shanghai: week of 11-23
    w.add(t('drainage', '2026-11-26T02:00:00Z'));
    w.add(t('drainage', '2026-12-08T02:00:00Z')); // two weeks later; 11-30 has nothing
    const r = w.result();
    expect(r.weeks).toEqual(['2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07']);
    expect(Object.fromEntries(r.series)).toEqual({ lighting: [1, 1, 0, 0], drainage: [0, 1, 0, 1] });
  });

  it('leaves out tickets opened by mistake (#不是诉求), as the stats do', () => {
    const w = createWeeklyByCategory('Asia/Shanghai');
    w.add(t('lighting', '2026-11-26T02:00:00Z', 'not_report'));
    expect(w.result()).toEqual({ weeks: [], series: new Map() });
  });
});
