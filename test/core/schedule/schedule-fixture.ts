// A real store on an in-memory database, the demo cast, the default deadlines and a stepped clock:
// the scheduler is driven exactly as `sim` drives it.
import { createConfig, demoConfigInput, type Config } from '../../../src/config.js';
import { runDueWork, type DueWorkDeps } from '../../../src/core/schedule/run-due-work.js';
import type { ActionCode } from '../../../src/core/tickets/lifecycle.js';
import type { Actor, Ticket } from '../../../src/core/tickets/types.js';
import type { Reply } from '../../../src/core/types.js';
import { loadDeadlines } from '../../../src/infra/db/load-deadlines.js';
import { openDatabase } from '../../../src/infra/db/open-database.js';
import { createSqliteTicketStore } from '../../../src/infra/db/sqlite-ticket-store.js';
import { createSteppedClock } from '../../../src/infra/stepped-clock.js';
import { createRecordingLogger } from '../../helpers/recording-logger.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const CATEGORIES = [
  { code: 'lighting', name: '照明' },
  { code: 'gas', name: '燃气' },
  { code: 'elevator', name: '电梯' },
  { code: 'parking', name: '停车' },
];

type ConfigPatch = { schedule?: Record<string, unknown>; sending?: Record<string, unknown>; communities?: unknown[] };

/** Monday 2026-11-23 09:00 in Asia/Shanghai unless told otherwise. */
export async function scheduleFixture(start = '2026-11-23T09:00:00+08:00', patch: ConfigPatch = {}) {
  const clock = createSteppedClock(start);
  const db = openDatabase(':memory:');
  const store = createSqliteTicketStore(db, { clock: clock.now });
  const config: Config = createConfig({ ...demoConfigInput, ...patch });
  const rooms = new Map<string, string>();
  let communityId = 0;
  for (const c of config.communities) {
    const community = await store.ensureCommunity(c.name);
    communityId = community.id;
    for (const g of c.groups) {
      const room = await store.ensureRoom({ communityId: community.id, topic: g.topic, role: g.role, xiaoqu: g.xiaoqu ?? null });
      rooms.set(g.topic, room.key);
    }
    await store.syncStaff(community.id, c.staff);
  }
  const logger = createRecordingLogger();
  const deadlines = loadDeadlines('rules');
  const deps: DueWorkDeps = { clock: clock.now, store, config, deadlines, logger, categories: CATEGORIES };
  const residents = rooms.get('金阳花园业主群')!;
  const staffRoom = rooms.get('金阳社区工作群')!;
  let messageId = 0;
  await runDueWork(deps); // the bot starts: periodic jobs start counting from now

  async function staffActor(remark: string): Promise<Actor> {
    const p = (await store.findPersonByRemark(remark))!;
    return { personId: p.id, name: p.name, key: p.remark, role: p.role };
  }

  return {
    clock,
    db,
    store,
    config,
    deps,
    logger,
    communityId,
    residents,
    staffRoom,
    /** A resident's report in the residents' group, opened now. */
    async report(
      opts: { category?: string; building?: string | null; urgent?: boolean; from?: string; text?: string } = {},
    ): Promise<Ticket> {
      const result = await store.intake(
        {
          communityId,
          roomKey: residents,
          messageId: `m${++messageId}`,
          text: opts.text ?? '3号楼楼道灯坏了好几天了',
          reporterName: opts.from ?? '张阿姨',
          reporterKey: opts.from ?? '张阿姨',
          at: clock.now(),
          category: opts.category ?? 'lighting',
          urgent: opts.urgent ?? false,
          building: opts.building === undefined ? '3号楼' : opts.building,
        },
        { mergeWindowHours: 72, deadlines },
      );
      return result.ticket;
    },
    /** A staff member (by remark) or a resident (by name) acts on ticket `number`. */
    async act(number: string, action: ActionCode, who: string, extra: { note?: string; rating?: number } = {}): Promise<Ticket> {
      const person = await store.findPersonByRemark(who);
      const actor: Actor = person ? await staffActor(who) : { personId: null, name: who, key: who, role: 'resident' };
      const r = await store.act({
        communityId,
        number,
        action,
        actor,
        at: clock.now(),
        deadlines,
        note: extra.note ?? null,
        rating: extra.rating ?? null,
      });
      return r.ticket;
    },
    async ticket(number: string): Promise<Ticket> {
      return (await store.getByNumber(communityId, number))!;
    },
    /** Moves the clock and runs due work once (a restart after downtime looks like this). */
    async jump(ms: number): Promise<Reply[]> {
      clock.advance(ms);
      return runDueWork(deps);
    },
    /** Walks the clock in steps, running due work at each step (the bot running all along). */
    async walk(ms: number, step = 10 * MINUTE): Promise<{ at: Date; reply: Reply }[]> {
      const out: { at: Date; reply: Reply }[] = [];
      for (let t = 0; t < ms; t += step) {
        clock.advance(Math.min(step, ms - t));
        for (const reply of await runDueWork(deps)) out.push({ at: clock.now(), reply });
      }
      return out;
    },
    run: () => runDueWork(deps),
  };
}

export type ScheduleFixture = Awaited<ReturnType<typeof scheduleFixture>>;

export function toRoom<R extends { to: Reply['to'] }>(replies: R[], roomKey: string): R[] {
  return replies.filter((r) => r.to.kind === 'room' && r.to.roomKey === roomKey);
}
