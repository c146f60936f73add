import { describe, expect, it } from 'vitest';
import { runDueWork } from '../../../src/core/schedule/run-due-work.js';
import { createSqliteOutboxQueue } from '../../../src/infra/db/sqlite-outbox-queue.js';
import { HOUR, scheduleFixture } from './schedule-fixture.js';

describe('a reminder and its "sent" mark are one claim', () => {
  it('queues the replies in the same transaction that writes the marks', async () => {
    const f = await scheduleFixture();
    const t = await f.report();
    f.clock.advance(2 * HOUR);
    const replies = await runDueWork(f.deps, { queue: true });
    expect(replies).toHaveLength(1);
    expect((await f.ticket(t.number)).marks.ackRemindedAt).toEqual(f.clock.now());
    const queued = await createSqliteOutboxQueue(f.db).pending(f.clock.now(), 10);
    expect(queued.map((i) => i.reply.text)).toEqual([replies[0]!.text]);
  });

  it('when queuing fails, marks nothing, so the same reminder is due again', async () => {
    const f = await scheduleFixture();
    const t = await f.report();
    f.clock.advance(2 * HOUR);
    f.db.$client.exec(`CREATE TRIGGER outbox_locked BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'outbox is locked'); END`);
    await expect(runDueWork(f.deps, { queue: true })).rejects.toThrow('outbox is locked');
    expect((await f.ticket(t.number)).marks.ackRemindedAt).toBeNull();
    expect(await f.store.getTimeline(t.id)).toHaveLength(1); // only "opened": no reminder recorded
    f.db.$client.exec('DROP TRIGGER outbox_locked');
    const again = await runDueWork(f.deps);
    expect(again).toHaveLength(1);
    expect(again[0]!.text).toContain(`#${t.number} 照明`);
  });
});
