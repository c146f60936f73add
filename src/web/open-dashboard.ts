// The dashboard on its own (`yishiting web`): the bot's config, database and rules, wired as the
// bot wires them (the same core deps), minus WeChat. Replies go to the outbox; the running bot
// sends them.
import { loadRuleSet } from '../app/load-rule-set.js';
import { createRuleSync, sharedRuleSetName } from '../app/rule-sync.js';
import type { Config } from '../config.js';
import type { Deps } from '../core/deps.js';
import { syncConfig } from '../core/sync-config.js';
import type { Clock, Logger } from '../core/types.js';
import { openStore } from '../infra/open-store.js';
import { createLoginLink, webBaseUrl } from './login-link.js';
import type { WebOptions } from './web-options.js';

export interface Dashboard {
  web: WebOptions;
  /**
   * Re-reads the config through `load` and syncs its roster, so that someone taken off it loses
   * access at once. An invalid edit keeps the last good config (logged); false then.
   */
  reloadConfig(load: () => Config): Promise<boolean>;
  /** Re-reads the rules (category names, 规则 page) and publishes them when they changed here. */
  reloadRules(): Promise<boolean>;
  /** Follows rules another process published (call it periodically). */
  tick(): Promise<void>;
  close(): Promise<void>;
}

/** `database`: an SQLite file or a postgres:// address; `dataDir` keeps the record of the last rule sync. */
export async function openDashboard(
  config: Config,
  database: string,
  rulesDir: string,
  logger: Logger,
  clock: Clock,
  dataDir = 'data',
): Promise<Dashboard> {
  const opened = await openStore(database);
  try {
    const store = opened.tickets;
    await syncConfig(store, config); // the roster of the config file decides who may sign in
    // Shared only on PostgreSQL or with config ruleSet set (sharedRuleSetName).
    const sharedSet = sharedRuleSetName(config.ruleSet, database);
    const ruleSync =
      sharedSet === null ? null : createRuleSync({ store: opened.ruleSets, rulesDir, name: sharedSet, dataDir, by: 'web', clock, logger });
    await ruleSync?.start();
    const auth = opened.webAuth;
    const queue = opened.outbox;
    const deps: Deps = { clock, store, config, logger, startedAt: clock(), botName: config.bot.name, ...loadRuleSet(rulesDir) };
    deps.loginLink = (person) => createLoginLink(auth, person, webBaseUrl(config.web), clock());
    const guarded = async (kind: 'config' | 'rules', apply: () => Promise<void> | void): Promise<boolean> => {
      try {
        await apply();
        logger.info({ kind }, 'dashboard reloaded');
        return true;
      } catch (err) {
        logger.error(
          { err: err instanceof Error ? err.message : String(err), kind },
          'dashboard reload failed; keeping the last good version',
        );
        return false;
      }
    };
    const dashboard: Dashboard = {
      web: { deps, auth, ledger: opened.ledger, rulesDir, enqueue: (replies) => queue.enqueue(replies, clock()) },
      reloadConfig: (load) =>
        guarded('config', async () => {
          const next = load();
          await syncConfig(store, next); // validates the roster before anything changes
          deps.config = next;
          deps.botName = next.bot.name;
          deps.loginLink = (person) => createLoginLink(auth, person, webBaseUrl(next.web), clock());
        }),
      async reloadRules() {
        const ok = await guarded('rules', () => {
          Object.assign(deps, loadRuleSet(rulesDir));
        });
        if (ok) await ruleSync?.publish().catch((err) => logger.error({ err }, 'publishing the rules failed'));
        return ok;
      },
      async tick() {
        try {
          if (await ruleSync?.follow()) await dashboard.reloadRules();
        } catch (err) {
          logger.error({ err }, 'following the published rules failed');
        }
      },
      close: () => opened.close(),
    };
    return dashboard;
  } catch (err) {
    await opened.close();
    throw err;
  }
}
