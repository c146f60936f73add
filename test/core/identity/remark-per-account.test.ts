import { describe, expect, it } from 'vitest';
import { createConfig, demoConfigInput } from '../../../src/config.js';
import { findStaff } from '../../../src/core/identify-sender.js';
import { openDatabase } from '../../../src/infra/db/open-database.js';
import { createSqliteTicketStore } from '../../../src/infra/db/sqlite-ticket-store.js';

/** A district's store: 金阳社区 (this process's account) and 银河社区 (another account's). */
async function districtStore() {
  const store = createSqliteTicketStore(openDatabase(':memory:'));
  const ours = await store.ensureCommunity('金阳社区');
  const theirs = await store.ensureCommunity('银河社区');
  await store.syncStaff(ours.id, [{ remark: '王主任', name: '王主任', role: 'admin', covers: ['*'] }]);
  await store.syncStaff(theirs.id, [{ remark: '周书记', name: '周书记', role: 'admin', covers: ['*'] }]);
  const config = createConfig(demoConfigInput); // names 金阳社区 only
  return { store, config, ours, theirs };
}

const sender = (remark: string) => ({ name: remark, remark, sessionId: '@c1', login: 'L1' });

describe('staff are recognised by the remark this account gave them, in its own communities only', () => {
  it('a private message: a remark staff has in another account’s community makes nobody staff here', async () => {
    const { store, config, ours } = await districtStore();
    expect((await findStaff({ store, config }, sender('王主任'), null))?.communityId).toBe(ours.id);
    // 周书记 is staff of 银河社区, whose account set that remark; this account's contact of the same remark is a resident.
    expect(await findStaff({ store, config }, sender('周书记'), null)).toBeNull();
  });

  it('a group message: only the group’s community counts', async () => {
    const { store, config, ours, theirs } = await districtStore();
    expect(await findStaff({ store, config }, sender('王主任'), theirs.id)).toBeNull();
    expect((await findStaff({ store, config }, sender('王主任'), ours.id))?.remark).toBe('王主任');
  });
});
