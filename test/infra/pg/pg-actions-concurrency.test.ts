// Actions from several processes at once on PostgreSQL: 合并 #A 到 #B and 合并 #B 到 #A at the same
// moment end with one merge done and the other refused in words, never a deadlock error.
import { describe, expect, it } from 'vitest';
import { LifecycleError } from '../../../src/core/tickets/lifecycle.js';
import { createPgTicketStore } from '../../../src/infra/pg/pg-ticket-store.js';
import { usePgPools } from '../../helpers/pg-pools.js';
import { at, POLICY, seedDirectory, T0 } from '../db/store-fixture.js';

const PAIRS = 6;

describe('PostgreSQL actions under concurrency', () => {
  const { db, dbFor } = usePgPools(2, 4);

  it('merges two tickets into each other at once without a deadlock', async () => {
    const f = await seedDirectory(createPgTicketStore(db(), { clock: () => T0 }));
    const stores = [0, 1].map((i) => createPgTicketStore(dbFor(i), { clock: () => T0 }));
    const admin = f.asStaff(f.admin);
    for (let pair = 0; pair < PAIRS; pair++) {
      const open = async (building: string) =>
        (await stores[0]!.intake(f.report(`${pair}-${building}`, { building, at: at(pair) }), POLICY)).ticket.number;
      const [a, b] = [await open(`${pair * 2 + 1}号楼`), await open(`${pair * 2 + 2}号楼`)];
      const merge = (i: number, from: string, into: string) =>
        stores[i]!.act({
          communityId: f.community.id,
          number: from,
          action: 'merge',
          actor: admin,
          at: at(pair + 1),
          target: { kind: 'ticket', number: into },
        });
      const outcomes = await Promise.allSettled([merge(0, a, b), merge(1, b, a)]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(LifecycleError);
    }
  });
});
