// Several bot processes (separate connection pools) starting together on one PostgreSQL database:
// each syncs its rooms and roster and may redeem the same code. One room per topic with distinct
// keys, one person per remark, and a code or a sign-in link is used once.
import { describe, expect, it } from 'vitest';
import { createPgDirectoryStore } from '../../../src/infra/pg/pg-directory.js';
import { createPgWebAuthStore } from '../../../src/infra/pg/pg-web-auth-store.js';
import { usePgPools } from '../../helpers/pg-pools.js';
import { at, T0 } from '../db/store-fixture.js';

const PROCESSES = 6;

describe('the PostgreSQL directory under concurrency', () => {
  const { dbFor } = usePgPools(4);
  const directory = (i: number) => createPgDirectoryStore(dbFor(i), () => T0);

  it('gives each group topic one room and distinct keys when processes ensure them together', async () => {
    const community = await directory(0).ensureCommunity('金阳社区');
    const topics = ['业主一群', '业主二群', '业主三群', '工作群'];
    await Promise.all(
      Array.from({ length: PROCESSES }, (_, i) =>
        Promise.all(
          topics.map((topic) =>
            directory(i).ensureRoom({ communityId: community.id, topic, role: topic === '工作群' ? 'staff' : 'residents' }),
          ),
        ),
      ),
    );
    const rooms = await directory(0).listRooms(community.id);
    expect(rooms.map((r) => r.topic).sort()).toEqual([...topics].sort());
    expect(new Set(rooms.map((r) => r.key)).size).toBe(topics.length);
  });

  it('keeps one person per remark when processes sync the same roster together, and a code binds once', async () => {
    const community = await directory(0).ensureCommunity('银河社区');
    const roster = [
      { remark: '银河李', name: '李网格员', role: 'worker' as const, covers: ['*'] },
      { remark: '银河王', name: '王主任', role: 'admin' as const, covers: ['*'] },
    ];
    await Promise.all(Array.from({ length: PROCESSES }, (_, i) => directory(i).syncStaff(community.id, roster)));
    const staff = await directory(0).listStaff(community.id);
    expect(staff.map((p) => p.remark)).toEqual(['银河李', '银河王']);

    const code = await directory(0).createBindingCode(staff[0]!.id, at(0), at(1));
    const results = await Promise.all(
      Array.from({ length: PROCESSES }, (_, i) => directory(i).redeemBindingCode(code, `session-${i}`, at(0.5))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(Array(PROCESSES - 1).fill('used'));
  });

  it('signs a dashboard link in once when it is opened in several processes at once', async () => {
    const community = await directory(0).ensureCommunity('星河社区');
    const [person] = await directory(0).syncStaff(community.id, [{ remark: '星河李', name: '李网格员', role: 'worker', covers: ['*'] }]);
    await createPgWebAuthStore(dbFor(0)).createLoginToken('hash-1', person!.id, at(0), at(1));
    const results = await Promise.all(
      Array.from({ length: PROCESSES }, (_, i) => createPgWebAuthStore(dbFor(i)).redeemLoginToken('hash-1', at(0.5))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});
