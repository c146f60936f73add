// A ticket a reporter said was not fixed (#没修好) and never rated is an unsatisfied verdict: the
// figures read back from the database (yishiting stats, the ledger export) count it like the
// in-memory ones do.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/stats.js';
import { createConfig, demoConfigInput } from '../../src/config.js';
import type { ActionCode } from '../../src/core/tickets/lifecycle.js';
import type { Actor } from '../../src/core/tickets/types.js';
import { loadDeadlines } from '../../src/infra/db/load-deadlines.js';
import { closeDatabase, openDatabase } from '../../src/infra/db/open-database.js';
import { createSqliteTicketStore } from '../../src/infra/db/sqlite-ticket-store.js';
import { createLedgerSource } from '../../src/infra/export/create-ledger-source.js';
import { LEDGER_COLUMNS, ledgerCells } from '../../src/infra/export/ledger-columns.js';
import { createSqliteLedgerReader } from '../../src/infra/db/ledger-queries.js';
import { captureCli } from './export-capture.js';

let dir: string;
let dbFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yishiting-stats-reopened-'));
  dbFile = join(dir, 'ledger.db');
  let now = new Date('2025-03-03T09:00:00+08:00');
  const db = openDatabase(dbFile);
  const store = createSqliteTicketStore(db, { clock: () => now });
  const deadlines = loadDeadlines('rules');
  const c = createConfig(demoConfigInput).communities[0]!;
  const community = await store.ensureCommunity(c.name);
  let roomKey = '';
  for (const g of c.groups) {
    const room = await store.ensureRoom({ communityId: community.id, topic: g.topic, role: g.role, xiaoqu: g.xiaoqu ?? null });
    if (g.role === 'residents') roomKey = room.key;
  }
  await store.syncStaff(community.id, c.staff);
  const report = async (messageId: string, building: string, from: string) =>
    (
      await store.intake(
        {
          communityId: community.id,
          roomKey,
          messageId,
          text: `${building}楼道灯坏了`,
          reporterName: from,
          reporterKey: from,
          at: now,
          category: 'lighting',
          urgent: false,
          building,
        },
        { mergeWindowHours: 72, deadlines },
      )
    ).ticket.number;
  const act = async (hours: number, number: string, action: ActionCode, who: string, rating?: number) => {
    now = new Date(now.getTime() + hours * 3_600_000);
    const p = await store.findPersonByRemark(who);
    const actor: Actor = p
      ? { personId: p.id, name: p.name, key: p.remark, role: p.role }
      : { personId: null, name: who, key: who, role: 'resident' };
    await store.act({ communityId: community.id, number, action, actor, at: now, deadlines, note: '已处理', rating: rating ?? null });
  };
  const rated = await report('m1', '3号楼', '张阿姨');
  const reopened = await report('m2', '5号楼', '刘先生');
  for (const n of [rated, reopened]) {
    await act(1, n, 'take', '李网格员');
    await act(1, n, 'resolve', '李网格员');
  }
  await act(1, rated, 'rate', '张阿姨', 5);
  await act(1, reopened, 'reopen', '刘先生');
  closeDatabase(db);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('satisfaction read back from the database', () => {
  it('yishiting stats counts a reopened, unrated ticket as unsatisfied', async () => {
    const r = await captureCli(run, ['--db', dbFile, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ rated: 2, satisfied: 1, satisfactionRate: 0.5 });
  });

  it('the ledger export summary counts it the same way', async () => {
    const db = openDatabase(dbFile);
    try {
      const range = { from: new Date('2025-03-01T00:00:00+08:00'), to: new Date('2025-04-01T00:00:00+08:00'), label: '2025年3月' };
      const source = await createLedgerSource(
        createSqliteLedgerReader(db),
        range,
        (c) => c,
        'Asia/Shanghai',
        new Date('2025-05-01T00:00:00Z'),
      );
      expect(source.summary.overall).toMatchObject({ ratedCount: 2, satisfiedCount: 1 });
      const ratingColumn = LEDGER_COLUMNS.findIndex((c) => c.header === '评价');
      const labels: (string | number)[] = [];
      for await (const row of source.rows()) labels.push(ledgerCells(row, source.format)[ratingColumn]!);
      expect(labels).toEqual(['5分', '不满意（没修好）']);
    } finally {
      closeDatabase(db);
    }
  });
});
