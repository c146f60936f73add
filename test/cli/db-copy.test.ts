import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/db.js';
import { closeDatabase } from '../../src/infra/db/open-database.js';
import { useCliScratch } from '../helpers/cli-scratch.js';
import { createEmptyServerDatabase, pgServerReachable } from '../helpers/pg-test-database.js';
import { makeFixture } from '../infra/db/store-fixture.js';

const s = useCliScratch('yishiting-db-copy-');

describe('yishiting db copy', () => {
  it('says in one sentence what is wrong with the arguments', async () => {
    expect(await run(['copy', '--from', 'x.db'])).toBe(2);
    expect(s.err.join('')).toContain('请同时给出 --from（SQLite 文件）和 --to（postgres:// 地址）');
    s.err.length = 0;
    expect(await run(['copy', '--from', join(s.dir, 'none.db'), '--to', 'postgres://u@h/d'])).toBe(2);
    expect(s.err.join('')).toContain('找不到数据库文件');
    const { db } = await makeFixture(join(s.dir, 'a.db'));
    closeDatabase(db);
    s.err.length = 0;
    expect(await run(['copy', '--from', join(s.dir, 'a.db'), '--to', join(s.dir, 'b.db')])).toBe(2);
    expect(s.err.join('')).toContain('--to 应为 postgres:// 开头的 PostgreSQL 地址');
    s.err.length = 0;
    expect(await run(['copy', '--from', join(s.dir, 'a.db'), '--to', 'postgres://u:secret@h'])).toBe(2);
    expect(s.err.join('')).toContain('缺少数据库名');
    expect(s.err.join('')).not.toContain('secret');
    expect(await run(['move'])).toBe(2);
  });

  // The command needs a server address; PGlite (the fallback of the contract suite) has none, so
  // on a machine without a server this test checks nothing (CI always has one: unreachable fails there).
  it('copies into a server database, prints the counts, and refuses a second copy', async () => {
    if (!(await pgServerReachable())) return;
    const target = await createEmptyServerDatabase();
    try {
      const { db, store, community, room } = await makeFixture(join(s.dir, 'a.db'));
      await store.intake(
        {
          communityId: community.id,
          roomKey: room.key,
          messageId: 'm1',
          text: '3号楼路灯不亮',
          reporterName: '张阿姨',
          reporterKey: '张阿姨',
          at: new Date('2026-03-02T01:00:00Z'),
          category: 'lighting',
          urgent: false,
          building: '3号楼',
        },
        {
          mergeWindowHours: 72,
          deadlines: {
            default: { acknowledgeMs: 1, resolveMs: 2, escalateEveryMs: 3 },
            urgent: { acknowledgeMs: 1, resolveMs: 2, escalateEveryMs: 3 },
            categories: {},
          },
        },
      );
      closeDatabase(db);
      expect(await run(['copy', '--from', join(s.dir, 'a.db'), '--to', target.url])).toBe(0);
      const out = s.out.join('');
      expect(out).toContain('已复制社区「金阳社区」，各表行数与源库核对一致');
      expect(out).toMatch(/工单\s+1 行/);
      expect(out).toMatch(/工作人员\s+3 行/);
      expect(await run(['copy', '--from', join(s.dir, 'a.db'), '--to', target.url])).toBe(1);
      expect(s.err.join('')).toContain('目标数据库里已经有社区「金阳社区」，为免覆盖，不复制');
    } finally {
      await target.drop();
    }
  });
});
