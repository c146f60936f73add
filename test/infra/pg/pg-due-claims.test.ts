// The same due work claimed by several processes at once (separate connection pools): exactly one
// wins, so the reminder is recorded and queued once; the losers write nothing.
import { describe, expect, it } from 'vitest';
import { claimDueWork } from '../../../src/infra/pg/pg-due-claims.js';
import { intake } from '../../../src/infra/pg/pg-intake.js';
import { communities, outbox, ticketEvents } from '../../../src/infra/pg/pg-schema.js';
import { usePgPools } from '../../helpers/pg-pools.js';
import { at, POLICY, T0 } from '../db/store-fixture.js';

const CLAIMANTS = 8;

describe('PostgreSQL due-work claims under concurrency', () => {
  const { db, dbFor } = usePgPools(4);

  let communityId: number | undefined;
  const openTicket = async (messageId: string, building: string) => {
    communityId ??= (await db().insert(communities).values({ name: '金阳社区', createdAt: T0 }).returning())[0]!.id;
    const input = { communityId, roomKey: 'g1', messageId, text: `${building}的路灯不亮了`, reporterName: '张阿姨', reporterKey: '张阿姨' };
    return (await intake(db(), { ...input, at: T0, category: 'lighting', urgent: false, building }, POLICY)).ticket;
  };

  it('lets exactly one of several processes claim a reminder and a job run', async () => {
    const ticket = await openTicket('m1', '3号楼');
    const won = await Promise.all(
      Array.from({ length: CLAIMANTS }, (_, i) =>
        claimDueWork(
          dbFor(i),
          [
            { kind: 'mark', ticketId: ticket.id, mark: 'ackRemindedAt', seen: null, note: '超过受理时限未接单' },
            { kind: 'job', name: 'daily-digest', seen: null },
          ],
          [{ to: { kind: 'room', roomKey: 'g2' }, text: `#${ticket.number} 尚未接单`, mentions: [], urgent: false, key: `remind:${i}` }],
          at(3),
          null,
        ),
      ),
    );
    expect(won.filter(Boolean)).toHaveLength(1);
    const reminders = (await db().select().from(ticketEvents)).filter((e) => e.kind === 'reminder');
    expect(reminders).toHaveLength(1);
    expect(await db().select().from(outbox)).toHaveLength(1);
    // Claimed again with what the winner wrote: wins; with the stale value: loses.
    expect(await claimDueWork(db(), [{ kind: 'job', name: 'daily-digest', seen: null }], [], at(27), null)).toBe(false);
    expect(await claimDueWork(db(), [{ kind: 'job', name: 'daily-digest', seen: at(3) }], [], at(27), null)).toBe(true);
  });

  it('claims overlapping work listed in different orders without a deadlock', async () => {
    const [t1, t2] = [await openTicket('m2', '5号楼'), await openTicket('m3', '7号楼')];
    for (let round = 1; round <= 6; round++) {
      const seen = round === 1 ? null : at(round - 1);
      const claim = (id: number) => ({ kind: 'mark', ticketId: id, mark: 'escalatedAt', seen, note: '超时督办' }) as const;
      const won = await Promise.all([
        claimDueWork(dbFor(0), [claim(t1.id), claim(t2.id)], [], at(round), null),
        claimDueWork(dbFor(1), [claim(t2.id), claim(t1.id)], [], at(round), null),
      ]);
      expect(won.filter(Boolean)).toHaveLength(1);
    }
  });
});
