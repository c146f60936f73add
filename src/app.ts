// The bot, wired: config → database → rules → core → Wechaty adapter → outbox. `start` (real
// WeChat, real clock) and `sim` (wechaty-puppet-mock, simulated clock) both run exactly this;
// only the puppet, the clock/sleep and who drives the timers differ.
import { randomUUID } from 'node:crypto';
import { join, sep } from 'node:path';
import type { Wechaty } from 'wechaty';
import type { Config } from './config.js';
import type { Deps } from './core/deps.js';
import { runDueWork } from './core/schedule/run-due-work.js';
import { syncConfig } from './core/sync-config.js';
import type { TicketStore } from './core/tickets/ticket-store.js';
import type { Clock, IncomingMessage, Logger, Reply } from './core/types.js';
import { attachBot, type BotBinding } from './adapters/wechaty/attach-bot.js';
import { WechatyBuilder } from './adapters/wechaty/wechaty-builder.js';
import { createRecentContacts } from './adapters/wechaty/recent-contacts.js';
import { createMemberDirectory } from './adapters/wechaty/room-members.js';
import { createRoomRegistry, type RoomRegistry, type WatchedRoom } from './adapters/wechaty/room-registry.js';
import { saveMessageImage } from './adapters/wechaty/save-image.js';
import { createWechatyTransport, type SentMessage } from './adapters/wechaty/wechaty-transport.js';
import { loadRuleSet, type RuleSet } from './app/load-rule-set.js';
import { createRuleSync, sharedRuleSetName } from './app/rule-sync.js';
import { createHandleMessageRetry } from './app/message-retry.js';
import { createOutboxPump } from './app/outbox-pump.js';
import { createSilenceWatch } from './app/silence-watch.js';
import { staffGroupReplies } from './app/staff-notice.js';
import { createOutboxSender, type OutboxSender } from './infra/outbox/outbox-sender.js';
import { DEFAULT_BACKOFF } from './infra/outbox/retry-delay.js';
import { openStore } from './infra/open-store.js';
import { createLoginLink, webBaseUrl } from './web/login-link.js';
import type { WebOptions } from './web/web-options.js';

/** How long outbox rows a process took stay its own: a process that dies leaves them to another after this. */
const OUTBOX_LEASE_MS = 5 * 60_000;

type Puppet = NonNullable<Parameters<typeof WechatyBuilder.build>[0]>['puppet'];

export interface AppOptions {
  config: Config;
  /** The store: an SQLite file (created and migrated when new), ':memory:', or a postgres:// address. */
  database: string;
  rulesDir: string;
  /** A puppet instance (wechaty-puppet-mock in sim/tests, wechat4u in production). */
  puppet: Puppet;
  clock: Clock;
  /** How the send loop waits between sends: real setTimeout, or moving a simulated clock. */
  sleep(ms: number): Promise<void>;
  logger: Logger;
  /** Where images and the session file live (default data/). */
  dataDir?: string;
  /** Wechaty name: the session memory card becomes `<name>.memory-card.json`; omit for none. */
  sessionName?: string;
  /**
   * 'real': a tick every tickMs runs due work and wakes the send loop for retries and the end of
   * quiet hours. 'manual': the caller drives time (sim, tests) through tick().
   */
  timers: 'real' | 'manual';
  tickMs?: number;
  /** Called for every message the bot actually sent (sim transcript). */
  onSent?(sent: SentMessage, at: Date): void;
  /** Tell the staff group when no message arrived for config.schedule.silenceAlertHours (live WeChat only). */
  silenceAlert?: boolean;
  /**
   * Share the rules through the store (`start`; on PostgreSQL or with config ruleSet set): publish
   * them after they change here, follow what other processes publish (src/app/rule-sync.ts). The
   * simulator keeps its rules to itself.
   */
  shareRules?: boolean;
  /** Called when a message's replies are in the outbox (benchmark latency). */
  onQueued?(messageId: string, replies: Reply[]): void;
}

export interface App {
  bot: Wechaty;
  store: TicketStore;
  deps: Deps;
  rooms: RoomRegistry;
  sender: OutboxSender;
  /** Starts Wechaty (the puppet then logs in: QR scan or the mocker). */
  start(): Promise<void>;
  /**
   * Stops timers and Wechaty, finishes what is being handled, closes the database. Unsent replies
   * stay in the outbox. keepSession: leave Wechaty running (the process is about to end) so the
   * WeChat login survives for the next start.
   */
  stop(options?: { keepSession?: boolean }): Promise<void>;
  /** Resolves when every received message is handled and nothing more can be sent right now. */
  idle(): Promise<void>;
  /** Resolves when the message with this id has been handled or ignored. */
  settled(messageId: string): Promise<void>;
  /** Runs everything due at clock() and sends what may go out. */
  tick(): Promise<void>;
  /** Re-reads the rules directory; an invalid edit keeps the last good rules and tells the staff group. */
  reloadRules(): Promise<boolean>;
  /**
   * Re-reads the config through `load` (which validates it) and applies it: groups, roster,
   * sending. An invalid edit keeps the last good config, is logged and told to the staff group.
   */
  reloadConfig(load: () => Config): Promise<boolean>;
  /** Tells the staff group(s) something (not urgent). */
  notifyStaff(text: string): Promise<void>;
  /** What the dashboard needs to run in this process (main.ts serves it when web.port is set). */
  web: WebOptions;
}

function toWatched(config: Config, rooms: Awaited<ReturnType<typeof syncConfig>>): WatchedRoom[] {
  const watched = new Map<string, boolean>();
  for (const c of config.communities) for (const g of c.groups) watched.set(g.topic, g.watched);
  return rooms.map((r) => ({
    key: r.key,
    topic: r.topic,
    role: r.role,
    communityId: r.communityId,
    watched: watched.get(r.topic) ?? true,
  }));
}

export async function createApp(options: AppOptions): Promise<App> {
  const { clock, logger } = options;
  const dataDir = options.dataDir ?? 'data';
  const ruleSet: RuleSet = loadRuleSet(options.rulesDir);
  // A district runs several bot processes on one store: private messages this account queues are
  // sent by it alone, group messages by a process whose account is in that group (the rooms of
  // its config), and rows a process took for sending are leased (outbox-queue.ts).
  const account = options.config.bot.session;
  const opened = await openStore(options.database, {
    account,
    outbox: { owner: account, account, roomKeys: () => rooms.all().map((r) => r.key), leaseMs: OUTBOX_LEASE_MS },
    onConnectionLost: (message) => logger.warn(message),
  });
  const store = opened.tickets;
  const queue = opened.outbox;
  let config = options.config;
  let synced: Awaited<ReturnType<typeof syncConfig>>;
  // Rules changed on another machine of the district reach this one through the store.
  const sharedSet = options.shareRules ? sharedRuleSetName(config.ruleSet, options.database) : null;
  const ruleSync =
    sharedSet === null
      ? null
      : createRuleSync({ store: opened.ruleSets, rulesDir: options.rulesDir, name: sharedSet, dataDir, by: account, clock, logger });
  try {
    if (await ruleSync?.start()) Object.assign(ruleSet, loadRuleSet(options.rulesDir));
    synced = await syncConfig(store, config); // e.g. a remark listed twice is refused here
  } catch (err) {
    await opened.close();
    throw err;
  }
  const rooms = createRoomRegistry(toWatched(config, synced));

  const bot = WechatyBuilder.build({ name: options.sessionName, puppet: options.puppet });
  const startedAt = clock();
  const silence = createSilenceWatch(startedAt);
  const deps: Deps = {
    clock,
    store,
    config,
    logger,
    startedAt,
    botName: config.bot.name,
    ...ruleSet,
  };

  deps.members = createMemberDirectory(bot, rooms);
  const contacts = createRecentContacts();
  const transport = createWechatyTransport(bot, rooms, contacts, options.onSent ? (s) => options.onSent!(s, clock()) : undefined);
  const makeSender = (lastSendAt: Date | null = null): OutboxSender =>
    createOutboxSender({
      lastSendAt,
      queue,
      transport,
      clock,
      sleep: options.sleep,
      minIntervalMs: config.sending.minIntervalMs,
      quietHours: config.sending.quietHours,
      timeZone: config.timezone,
      maxAttempts: config.sending.maxAttempts,
      backoff: { baseMs: config.sending.retryBaseMs, maxMs: DEFAULT_BACKOFF.maxMs },
      logger: logger.child({ part: 'outbox' }),
    });
  const pump = createOutboxPump({
    sender: makeSender(),
    canSend: () => bot.isLoggedIn,
    realTimers: options.timers === 'real',
    clock,
    logger,
  });
  const enqueue = pump.enqueue;
  // #登录 hands out dashboard links once the dashboard has an address (web.port or web.baseUrl).
  const webAuth = opened.webAuth;
  deps.loginLink = async (person) => {
    if (deps.config.web.port === undefined && deps.config.web.baseUrl === undefined) return null;
    return createLoginLink(webAuth, person, webBaseUrl(deps.config.web), clock());
  };
  let tickTimer: NodeJS.Timeout | null = null;
  // Messages the store could not take are kept and handled again on every tick (not the dashboard's).
  const retries = createHandleMessageRetry(deps);

  // Contact ids mean something only within one login: every login gets its own marker.
  let login = '';
  // Mentions are written with the account's real name, which may differ from config.bot.name.
  bot.on('login', (user) => {
    login = randomUUID();
    deps.botName = user.name() || deps.botName;
    pump.kick();
  });

  const binding: BotBinding = attachBot(
    bot,
    {
      rooms,
      contacts,
      login: () => login,
      botName: () => deps.botName,
      clock,
      startedAt,
      saveImage: async (msg, channel, sender, at) => {
        // Privacy: only a photo that may belong to a recent report of this sender is written.
        const since = new Date(at.getTime() - config.tickets.imageAttachMinutes * 60_000);
        const roomKey = channel.kind === 'room' ? channel.roomKey : null;
        const recent = await store.findLatestReport(roomKey, sender.remark ?? sender.name, since);
        return recent ? saveMessageImage(msg, join(dataDir, 'images'), at) : null;
      },
    },
    {
      onMessage: async (message: IncomingMessage) => {
        silence.heard(message.receivedAt);
        const replies = await retries.handle(message);
        await enqueue(replies);
        options.onQueued?.(message.id, replies);
      },
      onRoomTopic: async (oldTopic, newTopic) => {
        const room = rooms.rename(oldTopic, newTopic);
        if (!room) return;
        await store.renameRoom(room.key, newTopic);
        logger.warn(
          { roomKey: room.key },
          'a watched group changed its topic; update the config file so it is still found after a restart',
        );
      },
    },
    logger,
  );

  let ticking: Promise<void> | null = null;
  async function tick(): Promise<void> {
    if (ticking) return ticking;
    ticking = (async () => {
      try {
        if (await ruleSync?.follow()) await app.reloadRules();
      } catch (err) {
        logger.error({ err }, 'following the published rules failed');
      }
      try {
        await enqueue(await retries.retry());
      } catch (err) {
        logger.error({ err }, 'handling kept messages again failed');
      }
      try {
        // Claims and their outbox rows are written in one transaction: of several processes on one
        // store exactly one queues each reminder, and a crash leaves all of it or none.
        await runDueWork(deps, { queue: true });
      } catch (err) {
        logger.error({ err }, 'due work failed');
      }
      const { schedule, sending, timezone } = deps.config;
      if (options.silenceAlert && silence.check(clock(), schedule.silenceAlertHours, sending.quietHours, timezone)) {
        logger.error({ silentHours: schedule.silenceAlertHours }, 'NO MESSAGES for hours: the WeChat session may be dead; check the login');
        await notifyStaff(`提醒：机器人已经${schedule.silenceAlertHours}小时没有收到任何群消息，微信可能已掉线，请检查机器人的登录状态。`);
      }
      pump.kick();
      await pump.draining;
    })().finally(() => {
      ticking = null;
    });
    return ticking;
  }

  async function notifyStaff(text: string): Promise<void> {
    await enqueue(staffGroupReplies(rooms.all(), text));
  }

  // An edit of the rules or the config either applies completely or not at all; staff hear about
  // a broken edit (file, line, field) and about the fix.
  const brokenEdit = { rules: false, config: false };
  async function guardedReload(kind: 'rules' | 'config', apply: () => void | Promise<void>): Promise<boolean> {
    const what = kind === 'rules' ? '规则' : '配置';
    try {
      await apply();
    } catch (err) {
      const problem = (err instanceof Error ? err.message : String(err)).split(`${process.cwd()}${sep}`).join('');
      logger.error({ err: problem, kind }, 'reload failed; keeping the last good version');
      brokenEdit[kind] = true;
      await notifyStaff(`${what}文件修改有误，机器人继续使用上一版${what}：${problem}`);
      return false;
    }
    logger.info({ kind }, 'reloaded');
    if (brokenEdit[kind]) {
      brokenEdit[kind] = false;
      await notifyStaff(`${what}文件已改好，机器人已按新的${what}工作。`);
    }
    return true;
  }

  const app: App = {
    bot,
    store,
    deps,
    rooms,
    get sender() {
      return pump.sender;
    },
    async start() {
      await bot.start();
      if (options.timers === 'real') {
        tickTimer = setInterval(() => void tick(), options.tickMs ?? 30_000);
        pump.kick(); // replies left in the outbox by the last run go out now
      }
    },
    async stop(stopOptions = {}) {
      pump.stop();
      if (tickTimer) clearInterval(tickTimer);
      binding.detach();
      await binding.idle();
      await pump.draining;
      // Stopping wechat4u logs the web session out (webwxlogout) and deletes it from the memory
      // card, so the next start would need a new scan: `start` keeps it and lets the process end.
      if (!stopOptions.keepSession) await bot.stop().catch((err) => logger.warn({ err }, 'wechaty stop failed'));
      await opened.close();
    },
    async idle() {
      for (;;) {
        const before = pump.draining;
        await binding.idle();
        await pump.draining;
        await ticking;
        if (before === pump.draining) return;
      }
    },
    settled: (id) => binding.settled(id),
    tick,
    reloadRules: async () => {
      const ok = await guardedReload('rules', () => {
        Object.assign(deps, loadRuleSet(options.rulesDir));
      });
      if (ok) await ruleSync?.publish().catch((err) => logger.error({ err }, 'publishing the rules failed'));
      return ok;
    },
    reloadConfig: (load) =>
      guardedReload('config', async () => {
        const next = load();
        const synced = await syncConfig(store, next); // validates the roster before anything changes
        config = next;
        deps.config = next;
        deps.botName = bot.isLoggedIn ? bot.currentUser.name() || next.bot.name : next.bot.name;
        rooms.reset(toWatched(next, synced));
        await pump.replace((previous) => makeSender(previous.lastSendAt()));
      }),
    notifyStaff,
    web: { deps, auth: webAuth, ledger: opened.ledger, rulesDir: options.rulesDir, enqueue, dataDir },
  };
  return app;
}
