// Issue 8 §1: a person is an account, never a name. Driven through the simulator (sim events with
// id / remark / alias, transcript lines with to_id), on wechaty-puppet-mock and the real createApp.
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, RESIDENTS, STAFF, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const texts = (lines: { text: string }[]) => lines.map((l) => l.text);

describe('staff private messages go to the staff account (by remark), never to a namesake', { timeout: 120_000 }, () => {
  it('sends the 转派 handover to the worker even after a resident named like the worker wrote to the bot, every time', async () => {
    h = await createHarness();
    const { sim } = h;
    // A resident sets their nickname to the worker's remark and writes to the bot privately.
    await sim.dm('赵师傅', '你好', { id: 'fake-zhao', remark: null });
    await sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    await sim.say('刘大爷', RESIDENTS, '5号楼路灯也坏了');
    h.mark();
    await sim.say('王主任', STAFF, '#转派 1 @赵师傅');
    await sim.dm('赵师傅', '在吗', { id: 'fake-zhao', remark: null });
    await sim.say('王主任', STAFF, '#转派 2 @赵师傅');
    const handovers = h.botSaid().filter((l) => l.room === null && l.text.includes('交给你'));
    expect(handovers).toHaveLength(2);
    for (const l of handovers) expect(l.to_id).toBe('赵师傅');
    expect(h.botSaid().filter((l) => l.to_id === 'fake-zhao' && /工单/.test(l.text))).toEqual([]);
  });

  it('answers #我的工单 asked in the residents group privately to the asking worker account', async () => {
    h = await createHarness();
    const { sim } = h;
    await sim.dm('李网格员', '你好', { id: 'fake-li', remark: null });
    await sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    h.mark();
    await sim.say('李网格员', RESIDENTS, '#我的工单');
    await sim.say('李网格员', RESIDENTS, '#我的工单');
    const answers = h.botSaid().filter((l) => l.room === null);
    expect(answers).toHaveLength(2);
    for (const a of answers) expect(a.to_id).toBe('李网格员');
  });

  it('replies privately to exactly the account that wrote, when two accounts share a name', async () => {
    h = await createHarness();
    await h.sim.dm('小陈', '#帮助', { id: 'chen-a', remark: null });
    await h.sim.dm('小陈', '#帮助', { id: 'chen-b', remark: null });
    await h.sim.dm('小陈', '#帮助', { id: 'chen-a', remark: null });
    expect(h.botSaid().map((l) => l.to_id)).toEqual(['chen-a', 'chen-b', 'chen-a']);
  });
});
