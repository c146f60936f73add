// The one way into the store: `openStore(target)` gives everything the bot, the dashboard and the
// sub-commands read and write — tickets, outbox, ledger, dashboard sign-in — over embedded SQLite
// (a file path, the default) or PostgreSQL (a postgres:// or postgresql:// address).
import type { TicketStore } from '../core/tickets/ticket-store.js';
import type { WebAuthStore } from '../web/web-auth-store.js';
import { createSqliteLedgerReader } from './db/ledger-queries.js';
import { closeDatabase, DEFAULT_DATABASE, openDatabase, type OpenDatabaseOptions } from './db/open-database.js';
import { openDatabaseReadOnly } from './db/open-database-read-only.js';
import { createSqliteOutboxQueue } from './db/sqlite-outbox-queue.js';
import { createSqliteRuleSetStore } from './db/sqlite-rule-sets.js';
import { createSqliteTicketStore } from './db/sqlite-ticket-store.js';
import { createSqliteWebAuthStore } from './db/sqlite-web-auth-store.js';
import type { LedgerReader } from './export/ledger-reader.js';
import type { OutboxQueue, OutboxScope } from './outbox/outbox-queue.js';
import { isPgUrl, redactDatabaseUrl, validateDatabaseUrl } from './pg/database-url.js';
import type { RuleSetStore } from './rules/rule-set-store.js';

export interface Store {
  dialect: 'sqlite' | 'pg';
  /** Where the store is, for messages: the file, or the address without its password. */
  label: string;
  tickets: TicketStore;
  outbox: OutboxQueue;
  ledger: LedgerReader;
  webAuth: WebAuthStore;
  /** Published rule sets: how rule changes reach every process of a district. */
  ruleSets: RuleSetStore;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Only reads (export, stats, rules suggest): nothing migrated, nothing written. */
  readOnly?: boolean;
  /** Time stamp for rows whose operation carries no time of its own (rooms, roster). */
  clock?: () => Date;
  /** The bot account of this process (config bot.session): private replies it queues are sent by it alone. */
  account?: string | null;
  /** Which outbox rows this process sends (default: every row, as one process alone on its database). */
  outbox?: OutboxScope;
  /** PostgreSQL only: told (one sentence) when an idle connection is lost; the next call connects afresh. */
  onConnectionLost?: (message: string) => void;
  /** SQLite only: durability and lock wait (see open-database.ts). */
  sqlite?: OpenDatabaseOptions;
}

/** Opens the store at `target` (a file, or postgres://…), migrated unless read-only. */
export async function openStore(target: string = DEFAULT_DATABASE, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPgUrl(target)) {
    const url = validateDatabaseUrl(target);
    // Loaded only here: the PostgreSQL dialect (pg, drizzle's pg-core and the pg store, ~4 MB of
    // heap) stays out of every process that runs on SQLite, the default.
    const { openPgStore } = await import('./pg/open-pg-store.js');
    return { dialect: 'pg', label: redactDatabaseUrl(url), ...(await openPgStore(url, options)) };
  }
  const opened = options.readOnly
    ? openDatabaseReadOnly(target)
    : (() => {
        const db = openDatabase(target, options.sqlite);
        return { db, close: () => closeDatabase(db) };
      })();
  const { db } = opened;
  const tickets = createSqliteTicketStore(db, { ...(options.clock ? { clock: options.clock } : {}), account: options.account ?? null });
  return {
    dialect: 'sqlite',
    label: target,
    tickets,
    outbox: createSqliteOutboxQueue(db, options.outbox),
    ledger: createSqliteLedgerReader(db),
    webAuth: createSqliteWebAuthStore(db),
    ruleSets: createSqliteRuleSetStore(db),
    close: async () => {
      await tickets.close();
      opened.close();
    },
  };
}
