// A small database with known tickets (March 2025, long past, so "now" never changes the figures):
//  #1 lighting 3号楼  resolved in 24 h (on time), rated 5            — reporter left a phone number
//  #2 parking  5号楼  resolved after 5 days (late), rated 3
//  #3 elevator 5号楼  never handled, long overdue
//  #4 lighting 3号楼  reported after #1 closed → 重复投诉, resolved in 6 h, not rated
//  #5 sanitation 7号楼 withdrawn by the reporter
//  #6 lighting 3号楼  in April (outside a March range)
import { createConfig, demoConfigInput } from '../../../src/config.js';
import type { ActionCode } from '../../../src/core/tickets/lifecycle.js';
import type { TicketStore } from '../../../src/core/tickets/ticket-store.js';
import type { Actor } from '../../../src/core/tickets/types.js';
import { loadDeadlines } from '../../../src/infra/db/load-deadlines.js';
import { closeDatabase, openDatabase } from '../../../src/infra/db/open-database.js';
import { createSqliteTicketStore } from '../../../src/infra/db/sqlite-ticket-store.js';

export async function buildLedgerDb(file: string): Promise<void> {
  const db = openDatabase(file);
  try {
    await buildLedger((clock) => createSqliteTicketStore(db, { clock }));
  } finally {
    closeDatabase(db);
  }
}

/** The same tickets in the store `open` makes (with the fixture's clock, for rooms and roster). */
export async function buildLedger(open: (clock: () => Date) => TicketStore): Promise<void> {
  let now = new Date('2025-03-01T08:00:00+08:00');
  const store = open(() => now);
  const deadlines = loadDeadlines('rules');
  const config = createConfig(demoConfigInput);
  const c = config.communities[0]!;
  const community = await store.ensureCommunity(c.name);
  let roomKey = '';
  for (const g of c.groups) {
    const room = await store.ensureRoom({ communityId: community.id, topic: g.topic, role: g.role, xiaoqu: g.xiaoqu ?? null });
    if (g.role === 'residents') roomKey = room.key;
  }
  await store.syncStaff(community.id, c.staff);
  let id = 0;
  const at = (iso: string) => (now = new Date(`${iso}+08:00`));
  const report = async (when: string, category: string, building: string, text: string, from: string) => {
    at(when);
    const r = await store.intake(
      {
        communityId: community.id,
        roomKey,
        messageId: `m${++id}`,
        text,
        reporterName: from,
        reporterKey: from,
        at: now,
        category,
        urgent: false,
        building,
      },
      { mergeWindowHours: 72, deadlines },
    );
    return r.ticket.number;
  };
  const act = async (when: string, number: string, action: ActionCode, who: string, extra: { note?: string; rating?: number } = {}) => {
    at(when);
    const p = await store.findPersonByRemark(who);
    const actor: Actor = p
      ? { personId: p.id, name: p.name, key: p.remark, role: p.role }
      : { personId: null, name: who, key: who, role: 'resident' };
    await store.act({
      communityId: community.id,
      number,
      action,
      actor,
      at: now,
      deadlines,
      note: extra.note ?? null,
      rating: extra.rating ?? null,
    });
  };

  const t1 = await report('2025-03-03T09:00:00', 'lighting', '3号楼', '3号楼楼道灯坏了，联系我13812345678', '张阿姨');
  await act('2025-03-03T10:00:00', t1, 'take', '李网格员');
  await act('2025-03-04T09:00:00', t1, 'resolve', '李网格员', { note: '已更换灯泡，业主电话 139 8765 4321' });
  await act('2025-03-04T12:00:00', t1, 'rate', '张阿姨', { rating: 5 });

  const t2 = await report('2025-03-03T10:00:00', 'parking', '5号楼', '5号楼门口乱停车，挡住消防通道', '刘先生');
  await act('2025-03-03T11:00:00', t2, 'take', '赵师傅');
  await act('2025-03-08T10:00:00', t2, 'resolve', '赵师傅', {
    note: '已联系车主挪车，车主电话１３６.０００１.２２２２，身份证 110101 900307 123',
  });
  await act('2025-03-08T12:00:00', t2, 'rate', '刘先生', { rating: 3 });

  await report('2025-03-04T08:00:00', 'elevator', '5号楼', '5号楼电梯坏了', '王大爷');

  const t4 = await report('2025-03-10T09:00:00', 'lighting', '三号楼', '三号楼楼道灯又坏了', '赵阿姨');
  await act('2025-03-10T09:30:00', t4, 'take', '李网格员');
  await act('2025-03-10T15:00:00', t4, 'resolve', '李网格员', { note: '线路老化，已更换' });

  const t5 = await report('2025-03-11T09:00:00', 'sanitation', '7号楼', '=7号楼垃圾没人清运', '孙女士');
  await act('2025-03-11T10:00:00', t5, 'withdraw', '孙女士');

  await report('2025-04-02T09:00:00', 'lighting', '3号楼', '3号楼路灯不亮', '周先生');
}
