// Issue 8 §2: one notion of "responsible". The worker the acknowledgement names is the one the
// ticket view, #待办 and #我的工单 show (before anyone took it), until someone takes or is given it.
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, RESIDENTS, STAFF, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const last = (h: Harness, where: string) => h.botSaid(where).at(-1)!.text;

describe('who is responsible for a ticket', { timeout: 120_000 }, () => {
  it('is the same person in the acknowledgement, #查询, #待办 and #我的工单, before and after a handover', async () => {
    h = await createHarness();
    const { sim } = h;
    await sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    expect(last(h, RESIDENTS)).toContain('李网格员');
    await sim.say('刘大爷', RESIDENTS, '7号楼门口的下水道堵了');
    await sim.say('李网格员', STAFF, '#我的工单');
    const mine = last(h, STAFF);
    expect(mine).toMatch(/1号|#1\b/);
    expect(mine).toMatch(/2号|#2\b/);
    await sim.say('张阿姨', RESIDENTS, '#查询 1');
    expect(last(h, RESIDENTS)).toContain('李网格员');
    await sim.say('王主任', STAFF, '#待办');
    expect(last(h, STAFF)).toContain('李网格员');
    await sim.say('赵师傅', STAFF, '#我的工单');
    expect(last(h, STAFF)).not.toMatch(/1号|#1\b/);

    await sim.say('王主任', STAFF, '#转派 1 @赵师傅');
    await sim.say('赵师傅', STAFF, '#我的工单');
    expect(last(h, STAFF)).toMatch(/1号|#1\b/);
    await sim.say('李网格员', STAFF, '#我的工单');
    const after = last(h, STAFF);
    expect(after).not.toMatch(/1号|#1\b/);
    expect(after).toMatch(/2号|#2\b/);
  });
});

describe('a reporter saying in plain words that it is broken again', { timeout: 120_000 }, () => {
  it('reopens their just-completed ticket instead of opening a new one, each time, and only for the reporting account', async () => {
    h = await createHarness();
    const { sim } = h;
    await sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了', { id: 'zhang' });
    for (const words of ['3号楼的路灯还是不亮', '灯又坏了']) {
      await sim.say('李网格员', STAFF, '#接单 1');
      await sim.say('李网格员', STAFF, '#完成 1 已更换灯泡');
      expect((await sim.tickets())[0]!.status).toBe('resolved');
      // A namesake account saying the same words changes nothing on her ticket.
      await sim.say('张阿姨', RESIDENTS, words, { id: 'spoof', remark: null });
      expect((await sim.tickets())[0]!.status).toBe('resolved');
      await sim.say('张阿姨', RESIDENTS, words, { id: 'zhang' });
      const [first, ...others] = await sim.tickets();
      expect(first!.status).toMatch(/^(open|assigned)$/);
      // Her words did not open a ticket of their own (the namesake's may have).
      expect(others.filter((t) => t.status !== 'open' && t.status !== 'not_report')).toEqual([]);
    }
    expect(h.botSaid(RESIDENTS).filter((l) => l.text.includes('@张阿姨') && /1号工单/.test(l.text)).length).toBeGreaterThan(0);
  });
});
