// Out-of-range ticket numbers and scores get the command's usage; nothing is read from part of them.
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, RESIDENTS, STAFF, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

describe('numbers in commands', { timeout: 120_000 }, () => {
  it('answers #评价 1 10, #接单 -1 and #进度 10000000001 with the usage and changes no ticket', async () => {
    h = await createHarness();
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    h.mark();
    await h.sim.say('李网格员', STAFF, '#接单 -1');
    await h.sim.say('李网格员', STAFF, '#进度 10000000001 已联系物业');
    expect(h.botSaid(STAFF).map((l) => l.text)).toEqual([
      expect.stringMatching(/命令格式不对。用法：#接单/),
      expect.stringMatching(/命令格式不对。用法：#进度/),
    ]);
    expect((await h.sim.tickets())[0]).toMatchObject({ status: 'open', assignee: null });

    await h.sim.say('李网格员', STAFF, '#接单 １');
    await h.sim.say('李网格员', STAFF, '#完成 1 已更换灯泡');
    h.mark();
    await h.sim.say('张阿姨', RESIDENTS, '#评价 1 10');
    expect(h.botSaid(RESIDENTS).map((l) => l.text)).toEqual([expect.stringMatching(/命令格式不对。用法：#评价/)]);
    expect((await h.sim.tickets())[0]!.status).not.toBe('closed');
  });
});
