import { describe, expect, it } from 'vitest';
import { runDueWork } from '../../../src/core/schedule/run-due-work.js';
import { HOUR, scheduleFixture } from './schedule-fixture.js';

describe('nothing is lost between "due" and "queued"', () => {
  it('hands the replies over before writing the marks that say they were sent', async () => {
    const f = await scheduleFixture();
    const t = await f.report();
    f.clock.advance(2 * HOUR);
    let markWhileDelivering: Date | null | undefined;
    const replies = await runDueWork(f.deps, async (r) => {
      expect(r).toHaveLength(1);
      markWhileDelivering = (await f.ticket(t.number)).marks.ackRemindedAt;
    });
    expect(replies).toHaveLength(1);
    expect(markWhileDelivering).toBeNull();
    expect((await f.ticket(t.number)).marks.ackRemindedAt).toEqual(f.clock.now());
  });

  it('when handing over fails, marks nothing, so the same reminder is due again', async () => {
    const f = await scheduleFixture();
    const t = await f.report();
    f.clock.advance(2 * HOUR);
    await expect(runDueWork(f.deps, async () => Promise.reject(new Error('outbox is locked')))).rejects.toThrow('outbox is locked');
    expect((await f.ticket(t.number)).marks.ackRemindedAt).toBeNull();
    const again = await runDueWork(f.deps);
    expect(again).toHaveLength(1);
    expect(again[0]!.text).toContain(`#${t.number} 照明`);
  });
});
