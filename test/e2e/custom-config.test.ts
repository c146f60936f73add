import { afterEach, describe, expect, it } from 'vitest';
import { createConfig } from '../../src/config.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const config = createConfig({
  bot: { name: '幸福里小管家' },
  sending: { minIntervalMs: 3000, quietHours: null },
  communities: [
    {
      name: '幸福里社区',
      groups: [
        { topic: '幸福里1期居民群', role: 'residents', xiaoqu: '幸福里1期' },
        { topic: '幸福里2期居民群', role: 'residents', xiaoqu: '幸福里2期', watched: false },
        { topic: '幸福里工作群', role: 'staff' },
      ],
      staff: [{ remark: 'W001-周师傅', name: '周师傅', role: 'worker', covers: ['*'] }],
    },
  ],
});

describe('a community’s own config in the simulator', { timeout: 120_000 }, () => {
  it('uses its bot name, groups, roster remarks, sending interval and unwatched groups', async () => {
    h = await createHarness({ config, start: '2026-03-02T23:30:00+08:00' });
    await h.sim.say('钱阿姨', '幸福里2期居民群', '8号楼的路灯坏了'); // watched: false
    await h.sim.say('钱阿姨', '幸福里1期居民群', '8号楼的路灯坏了');
    await h.sim.say('周师傅', '幸福里工作群', '@幸福里小管家 #接单 1'); // remark W001-周师傅 on the bot's phone
    const said = h.botSaid();
    expect(said.map((l) => l.from)).toEqual(['幸福里小管家', '幸福里小管家', '幸福里小管家']);
    expect(said[0]!.text).toMatch(/^@钱阿姨 .*1号工单/); // no quiet hours: sent at 23:30
    expect(said[1]!.text).toMatch(/^@钱阿姨 1号工单.*周师傅/);
    expect(new Date(said[2]!.t).getTime() - new Date(said[1]!.t).getTime()).toBe(3000);
    expect(await h.sim.tickets()).toEqual([
      { number: '1', category: 'lighting', status: 'in_progress', urgent: false, building: '8号楼', reporters: 1, assignee: '周师傅' },
    ]);
  });
});
