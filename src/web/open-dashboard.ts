// The dashboard on its own (`yishiting web`): the bot's config, database and rules, wired as the
// bot wires them (the same core deps), minus WeChat. Replies go to the outbox; the running bot
// sends them.
import { loadRuleSet } from '../app/load-rule-set.js';
import type { Config } from '../config.js';
import type { Deps } from '../core/deps.js';
import { syncConfig } from '../core/sync-config.js';
import type { Clock, Logger } from '../core/types.js';
import { closeDatabase, openDatabase } from '../infra/db/open-database.js';
import { createSqliteLedgerReader } from '../infra/db/ledger-queries.js';
import { createSqliteOutboxQueue } from '../infra/db/sqlite-outbox-queue.js';
import { createSqliteTicketStore } from '../infra/db/sqlite-ticket-store.js';
import { createSqliteWebAuthStore } from '../infra/db/sqlite-web-auth-store.js';
import { createLoginLink, webBaseUrl } from './login-link.js';
import type { WebOptions } from './web-options.js';

export interface Dashboard {
  web: WebOptions;
  close(): Promise<void>;
}

export async function openDashboard(config: Config, dbFile: string, rulesDir: string, logger: Logger, clock: Clock): Promise<Dashboard> {
  const db = openDatabase(dbFile);
  try {
    const store = createSqliteTicketStore(db);
    await syncConfig(store, config); // the roster of the config file decides who may sign in
    const auth = createSqliteWebAuthStore(db);
    const queue = createSqliteOutboxQueue(db);
    const deps: Deps = { clock, store, config, logger, startedAt: clock(), botName: config.bot.name, ...loadRuleSet(rulesDir) };
    deps.loginLink = (person) => createLoginLink(auth, person, webBaseUrl(config.web), clock());
    return {
      web: { deps, auth, ledger: createSqliteLedgerReader(db), rulesDir, enqueue: (replies) => queue.enqueue(replies, clock()) },
      close: async () => {
        await store.close();
        closeDatabase(db);
      },
    };
  } catch (err) {
    closeDatabase(db);
    throw err;
  }
}
