// Drives handleMessage directly: a migrated in-memory SQLite store, the demo config synced into
// it, the real reply wording and deadlines, a settable clock, and helpers to speak as anyone.
import { createConfig, demoConfigInput, type Config } from '../../src/config.js';
import type { Classification, Classifier } from '../../src/core/classify/types.js';
import type { Deps } from '../../src/core/deps.js';
import { handleMessage } from '../../src/core/handle-message.js';
import { syncConfig } from '../../src/core/sync-config.js';
import type { TicketStore } from '../../src/core/tickets/ticket-store.js';
import type { IncomingMessage, Reply, Sender } from '../../src/core/types.js';
import { loadDeadlines } from '../../src/infra/db/load-deadlines.js';
import { openDatabase, type Db } from '../../src/infra/db/open-database.js';
import { createSqliteTicketStore } from '../../src/infra/db/sqlite-ticket-store.js';
import { loadReplies } from '../../src/infra/replies/load-replies.js';
import { createRecordingLogger, type LogEntry } from './recording-logger.js';

export const RESIDENTS = '金阳花园业主群';
export const STAFF_GROUP = '金阳社区工作群';

/** Staff as the bot sees them: the remark the bot account gave them (in the demo, their name). */
export const staff = (name: string): Sender => ({ sessionId: `@s-${name}`, name, remark: name });
/** A resident: display name only, no remark. */
export const resident = (name: string): Sender => ({ sessionId: `@r-${name}`, name, remark: null });

/** A tiny keyword classifier for command tests (intake tests use the real one). */
export const fakeClassifier: Classifier = {
  classify(text: string): Classification {
    const building = /(\d+号楼)/.exec(text)?.[1] ?? null;
    const rule = (
      [
        [/燃气|煤气/, 'gas', true],
        [/路灯|楼道灯/, 'lighting', false],
        [/漏水/, 'water_leak', false],
        [/电梯.*困/, 'elevator', true],
      ] as const
    ).find(([re]) => re.test(text));
    if (!rule) return { report: false, category: null, urgent: false, building: null, terms: [] };
    return { report: true, category: rule[1], urgent: rule[2], building, terms: [] };
  },
};

export interface Bot {
  deps: Deps;
  store: TicketStore;
  /** The store's database (its outbox holds what the store queued itself, e.g. acknowledgements). */
  db: Db;
  config: Config;
  logs: LogEntry[];
  now(): Date;
  advance(ms: number): void;
  roomKey(topic: string): string;
  /** A member says `text` in the group `topic`. */
  say(topic: string, from: Sender, text: string, extra?: Partial<IncomingMessage>): Promise<Reply[]>;
  /** Someone sends the bot a private message. */
  dm(from: Sender, text: string): Promise<Reply[]>;
  send(msg: Partial<IncomingMessage> & Pick<IncomingMessage, 'channel' | 'sender'>): Promise<Reply[]>;
  /** The id the last message got (for recalls). */
  lastId(): string;
}

export interface BotOptions {
  classifier?: Classifier;
  categories?: { code: string; name: string }[];
  config?: Config;
  start?: Date;
}

export async function createBot(options: BotOptions = {}): Promise<Bot> {
  let now = options.start ?? new Date('2026-11-26T02:00:00Z'); // 10:00 in Shanghai
  const clock = () => now;
  const config = options.config ?? createConfig(demoConfigInput);
  const db = openDatabase(':memory:');
  const store = createSqliteTicketStore(db, { clock });
  const rooms = await syncConfig(store, config);
  const logs: LogEntry[] = [];
  const deps: Deps = {
    clock,
    store,
    classifier: options.classifier ?? fakeClassifier,
    config,
    categories: options.categories ?? [
      { code: 'lighting', name: '照明' },
      { code: 'gas', name: '燃气' },
      { code: 'water_leak', name: '漏水渗水' },
      { code: 'elevator', name: '电梯' },
    ],
    deadlines: loadDeadlines('rules'),
    replies: loadReplies('rules'),
    logger: createRecordingLogger(logs),
    startedAt: now,
    botName: config.bot.name,
  };
  let seq = 0;
  const roomKey = (topic: string) => {
    const room = rooms.find((r) => r.topic === topic);
    if (!room) throw new Error(`no room ${topic}`);
    return room.key;
  };
  const send: Bot['send'] = (partial) =>
    handleMessage({ id: `m${++seq}`, receivedAt: now, kind: 'text', text: '', mentionsBot: false, ...partial }, deps);
  return {
    deps,
    store,
    db,
    config,
    logs,
    now: () => now,
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
    roomKey,
    say: (topic, from, text, extra = {}) =>
      send({
        channel: { kind: 'room', roomKey: rooms.find((r) => r.topic === topic)?.key ?? `unknown:${topic}`, topic },
        sender: from,
        text,
        ...extra,
      }),
    dm: (from, text) => send({ channel: { kind: 'dm' }, sender: from, text }),
    send,
    lastId: () => `m${seq}`,
  };
}

/** The texts of the replies, for compact assertions. */
export const texts = (replies: readonly Reply[]): string[] => replies.map((r) => r.text);

let real: { classifier: Classifier; categories: { code: string; name: string }[] } | null = null;

/** The real classifier over the default rules/ (jieba), loaded once per test file. */
export async function realClassifier(): Promise<{ classifier: Classifier; categories: { code: string; name: string }[] }> {
  if (!real) {
    const { loadRules } = await import('../../src/infra/rules/load-rules.js');
    const { createJiebaSegmenter } = await import('../../src/infra/jieba-segmenter.js');
    const { createClassifier } = await import('../../src/core/classify/create-classifier.js');
    const rules = loadRules('rules');
    real = {
      classifier: createClassifier(rules, createJiebaSegmenter(rules)),
      categories: rules.categories.map((c) => ({ code: c.code, name: c.name })),
    };
  }
  return real;
}
