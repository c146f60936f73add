// The simulator: the real bot (createApp, the same code path as `start`) on wechaty-puppet-mock,
// with a simulated clock. Inputs are injected one at a time and fully handled (and the replies
// sent, spaced on the simulated clock) before the next, so the same script gives the same run.
import type { App } from '../app.js';
import { createApp } from '../app.js';
import type { Config } from '../config.js';
import type { Logger, Reply } from '../core/types.js';
import { isQuiet, quietEndsAt } from '../infra/outbox/quiet-hours.js';
import { heldDueWork } from '../core/schedule/run-due-work.js';
import { STATUS_CODES } from '../core/tickets/lifecycle.js';
import { createSteppedClock, type SteppedClock } from '../infra/stepped-clock.js';
import { createMockWorld, type MockWorld, type Speaker } from './mock-world.js';

export interface TranscriptLine {
  t: string;
  room: string | null;
  to: string | null;
  /** For what the bot sends privately: the contact id it reached. */
  to_id?: string;
  from: string;
  text: string;
}

interface TicketLine {
  number: string;
  category: string;
  status: string;
  urgent: boolean;
  building: string | null;
  reporters: number;
  assignee: string | null;
}

export interface SimulationOptions {
  config: Config;
  rulesDir: string;
  /** An SQLite file or a postgres:// address. */
  database: string;
  start: Date;
  logger: Logger;
  dataDir: string;
  /** Receives every transcript line: inputs and what the bot sends. */
  onLine(line: TranscriptLine): void;
  /**
   * A group message waits for the end of quiet hours (`until`): a reply queued during them, or a
   * reminder, escalation or report that fell due during them while time was advanced (once per
   * group and night). The banner says so.
   */
  onHeld?(held: { room: string; until: Date; kind: 'reply' | 'due-work' }): void;
  /** Clock step while advancing: fine for the first two hours of an advance, then coarser. */
  steps?: { fineMs: number; fineForMs: number; coarseMs: number };
}

export interface Simulation {
  app: App;
  world: MockWorld;
  clock: SteppedClock;
  say(from: string, room: string, text: string, who?: Speaker): Promise<void>;
  dm(from: string, text: string, who?: Speaker): Promise<void>;
  advance(ms: number): Promise<void>;
  tickets(): Promise<TicketLine[]>;
  close(): Promise<void>;
}

export async function createSimulation(options: SimulationOptions): Promise<Simulation> {
  const clock = createSteppedClock(options.start);
  // Quiet hours hold non-urgent group replies; say so, or a rehearsal looks like the bot ignored someone.
  const reportHeld = (replies: Reply[]): void => {
    if (!options.onHeld) return;
    const now = clock.now();
    const { quietHours } = app.deps.config.sending;
    const { timezone } = app.deps.config;
    if (!isQuiet(now, quietHours, timezone)) return;
    const keys = new Set(replies.filter((r) => !r.urgent && r.to.kind === 'room').map((r) => (r.to.kind === 'room' ? r.to.roomKey : '')));
    for (const key of keys) {
      options.onHeld({ room: app.rooms.byKey(key)?.topic ?? key, until: quietEndsAt(now, quietHours, timezone), kind: 'reply' });
    }
  };
  // Due work that quiet hours hold is not queued at all (it stays due until the morning): ask the
  // scheduler what it holds back, and say so once per group and night.
  const heldAnnounced = new Set<string>();
  const reportHeldDueWork = async (): Promise<void> => {
    if (!options.onHeld) return;
    const held = await heldDueWork(app.deps);
    if (held.length === 0) return;
    const { quietHours } = app.deps.config.sending;
    const until = quietEndsAt(clock.now(), quietHours, app.deps.config.timezone);
    for (const r of held) {
      if (r.to.kind !== 'room') continue;
      const once = `${r.to.roomKey}\n${until.getTime()}`;
      if (heldAnnounced.has(once)) continue;
      heldAnnounced.add(once);
      options.onHeld({ room: app.rooms.byKey(r.to.roomKey)?.topic ?? r.to.roomKey, until, kind: 'due-work' });
    }
  };
  const botName = options.config.bot.name;
  const world = createMockWorld(botName, clock.now);
  const app = await createApp({
    config: options.config,
    database: options.database,
    rulesDir: options.rulesDir,
    puppet: world.puppet,
    clock: clock.now,
    sleep: clock.sleep,
    logger: options.logger,
    dataDir: options.dataDir,
    timers: 'manual',
    onQueued: (_id, replies) => reportHeld(replies),
    onSent: (sent, at) =>
      options.onLine({
        t: at.toISOString(),
        room: sent.room,
        to: sent.to,
        ...(sent.toId !== undefined ? { to_id: sent.toId } : {}),
        from: botName,
        text: sent.text,
      }),
  });
  // The configured groups and staff exist from the start, so the bot can reach them before they speak.
  for (const community of options.config.communities) {
    for (const group of community.groups) world.room(group.topic);
    for (const person of community.staff) world.contact(person.name, person.remark);
  }
  await app.start();
  const loggedIn = new Promise((resolve) => app.bot.once('login', resolve));
  world.login();
  await loggedIn;
  await app.tick(); // whatever a kept database still had in its outbox

  const steps = options.steps ?? DEFAULT_STEPS;
  const line = (room: string | null, to: string | null, from: string, text: string): void =>
    options.onLine({ t: clock.now().toISOString(), room, to, from, text });

  async function deliver(id: string): Promise<void> {
    // Wechaty drops a message it cannot load without telling us; never hang the run on one.
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<'lost'>((resolve) => {
      timer = setTimeout(() => resolve('lost'), SETTLE_LIMIT_MS);
    });
    const outcome = await Promise.race([app.settled(id), gaveUp]);
    clearTimeout(timer);
    if (outcome === 'lost') options.logger.warn({ messageId: id }, 'simulated message never reached the bot');
    await app.idle();
  }

  return {
    app,
    world,
    clock,
    async say(from, room, text, who) {
      line(room, null, who?.alias ?? from, text);
      await deliver(world.say(from, room, text, who));
    },
    async dm(from, text, who) {
      line(null, botName, from, text);
      await deliver(world.dm(from, text, who));
    },
    async advance(ms) {
      const from = clock.now().getTime();
      const target = from + ms;
      while (clock.now().getTime() < target) {
        const now = clock.now().getTime();
        const stepMs = now - from < steps.fineForMs ? steps.fineMs : steps.coarseMs;
        const next = Math.min(target, (Math.floor(now / stepMs) + 1) * stepMs);
        clock.set(new Date(next));
        await app.tick();
        await app.idle();
        await reportHeldDueWork();
      }
    },
    async tickets() {
      const all = await app.store.listTickets({ statuses: STATUS_CODES });
      return all
        .sort((a, b) => a.id - b.id)
        .map((t) => ({
          number: t.number,
          category: t.category,
          status: t.status,
          urgent: t.urgent,
          building: t.building,
          reporters: t.reporterCount,
          assignee: t.assigneeName,
        }));
    },
    close: () => app.stop(),
  };
}

/**
 * `start` runs due work every 30 s; the simulator steps minute by minute for the first two hours
 * of an advance (reminders land on the minute) and by five minutes beyond (multi-day advances
 * stay fast), always on clock-aligned marks so digests fire at their configured time.
 */
/** Real time to wait for one injected message (it takes milliseconds; this only guards against a hang). */
const SETTLE_LIMIT_MS = 30_000;

const DEFAULT_STEPS = { fineMs: 60_000, fineForMs: 2 * 3_600_000, coarseMs: 5 * 60_000 };
