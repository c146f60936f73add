import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, RESIDENTS, STAFF, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

describe('time passing in the running bot', { timeout: 120_000 }, () => {
  it('reminds the staff group of an untaken report and escalates it once overdue, at most once per repeat interval', async () => {
    // Minute steps for the first two hours (reminders), then hour steps: ten days in 360 ticks.
    h = await createHarness({
      start: '2026-03-02T09:00:00+08:00',
      steps: { fineMs: 60_000, fineForMs: 2 * 3_600_000, coarseMs: 3_600_000 },
    });
    await h.sim.say('张阿姨', RESIDENTS, '7号楼门口的下水道堵了，污水都漫出来了');
    h.mark();
    await h.sim.advance(3 * 3_600_000);
    const reminders = h.botSaid(STAFF);
    expect(reminders.length).toBeGreaterThanOrEqual(1);
    expect(reminders[0]!.text).toContain('#1');

    h.mark();
    await h.sim.advance(10 * 24 * 3_600_000);
    const escalations = h.botSaid(STAFF).filter((l) => l.text.includes('【超时督办】'));
    expect(escalations.length).toBeGreaterThanOrEqual(5);
    // Repeated at the configured interval (24 h), never more often.
    const times = escalations.map((l) => new Date(l.t).getTime());
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(24 * 3_600_000 - 60_000);
  });
});
