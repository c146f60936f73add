import { describe, expect, it } from 'vitest';
import { heldDueWork } from '../../../src/core/schedule/run-due-work.js';
import { HOUR, scheduleFixture } from './schedule-fixture.js';

describe('heldDueWork (what quiet hours hold back, for the simulator)', () => {
  it('previews the reminder quiet hours hold, marks nothing, and leaves it to go out when they end', async () => {
    const f = await scheduleFixture('2026-11-23T20:00:00+08:00');
    const light = await f.report();
    expect(await heldDueWork(f.deps)).toEqual([]); // 20:00 is not quiet

    // The acknowledge deadline (22:00) passes in quiet hours: nothing is sent, the reminder is held.
    expect(await f.jump(3 * HOUR)).toEqual([]);
    const held = await heldDueWork(f.deps);
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({
      to: { kind: 'room', roomKey: f.staffRoom },
      urgent: false,
      text: expect.stringContaining('待接单提醒'),
    });
    expect(await heldDueWork(f.deps)).toHaveLength(1);
    expect((await f.ticket(light.number)).marks.ackRemindedAt).toBeNull();

    // 07:00: the real run sends it (once).
    const morning = await f.jump(8 * HOUR);
    expect(morning.map((r) => r.text).join('\n')).toContain('待接单提醒');
    expect(await heldDueWork(f.deps)).toEqual([]);
  });

  it('leaves out urgent work, which quiet hours do not hold', async () => {
    const f = await scheduleFixture('2026-11-23T23:00:00+08:00');
    await f.report({ category: 'gas', urgent: true, building: '5号楼', text: '5号楼燃气泄漏了', from: '吴先生' });
    await f.jump(2 * HOUR);
    expect(await heldDueWork(f.deps)).toEqual([]);
  });
});
