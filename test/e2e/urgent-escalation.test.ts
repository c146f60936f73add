// Issue 8 §2: an urgent ticket nobody takes is raised to the responsible worker and every admin
// after urgent.ackMinutes, again at urgent.repeatMinutes until someone takes it, quiet hours or not.
import { afterEach, describe, expect, it } from 'vitest';
import { createConfig, demoConfigInput } from '../../src/config.js';
import { createHarness, RESIDENTS, STAFF, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const MIN = 60_000;
const HOUR = 60 * MIN;
const raised = (h: Harness) => h.botSaid(STAFF).filter((l) => l.text.includes('无人接单'));

describe('an urgent ticket nobody takes', { timeout: 120_000 }, () => {
  it('is raised after 15 minutes to the responsible worker and every admin, then again every interval until taken', async () => {
    h = await createHarness();
    await h.sim.say('张阿姨', RESIDENTS, '3号楼楼道里燃气泄漏了，味道很大');
    h.mark();
    await h.sim.advance(14 * MIN);
    expect(raised(h)).toEqual([]);
    await h.sim.advance(1 * MIN);
    expect(raised(h)).toHaveLength(1);
    expect(raised(h)[0]!.text).toMatch(/^@李网格员 @王主任 /);
    expect(raised(h)[0]!.text).toMatch(/#1\b|1号/);
    await h.sim.advance(14 * MIN);
    expect(raised(h)).toHaveLength(1);
    await h.sim.advance(1 * MIN);
    expect(raised(h)).toHaveLength(2);
    await h.sim.advance(15 * MIN);
    expect(raised(h)).toHaveLength(3);
    await h.sim.say('李网格员', STAFF, '#接单 1');
    h.mark();
    await h.sim.advance(60 * MIN);
    expect(raised(h)).toEqual([]);
  });

  it('is raised in the middle of the night too, on the configured minutes', async () => {
    const config = createConfig({ ...demoConfigInput, urgent: { ackMinutes: 5, repeatMinutes: 10 } });
    h = await createHarness({ config, start: '2026-03-02T23:30:00+08:00' });
    await h.sim.say('张阿姨', RESIDENTS, '5号楼电梯困人了，里面有老人');
    h.mark();
    await h.sim.advance(5 * MIN);
    expect(raised(h)).toHaveLength(1);
    await h.sim.advance(10 * MIN);
    expect(raised(h)).toHaveLength(2);
  });
});

describe('the daily digest', { timeout: 120_000 }, () => {
  it('counts overdue urgent tickets first and names each with who is responsible, on every day they stay overdue', async () => {
    // Hour steps (on the hour, so the 18:00 digest lands on its mark): 80 simulated hours in 80
    // ticks instead of about a thousand; what the digest says does not depend on the step.
    h = await createHarness({ steps: { fineMs: HOUR, fineForMs: 0, coarseMs: HOUR } });
    await h.sim.say('刘大爷', RESIDENTS, '5号楼路灯坏了');
    await h.sim.say('张阿姨', RESIDENTS, '3号楼楼道里燃气泄漏了，味道很大');
    for (const day of [1, 2]) {
      h.mark();
      await h.sim.advance((day === 1 ? 56 : 24) * HOUR); // Wednesday (then Thursday) 18:00 has passed
      const digest = h
        .botSaid(STAFF)
        .filter((l) => l.text.includes('每日简报'))
        .at(-1)!
        .text.split('\n');
      expect(digest[1]).toMatch(/^🚨.*紧急工单超时 1 件/);
      expect(digest[2]).toMatch(/#2|2号/);
      expect(digest[2]).toContain('李网格员');
      const calm = digest.findIndex((l) => /#1\b|1号/.test(l));
      expect(calm === -1 || calm > 2).toBe(true);
    }
  });
});
