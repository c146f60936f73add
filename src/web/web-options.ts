// What the dashboard is built from: the bot's own core deps (store, clock, config, rules), the
// sign-in store, and the outbox the bot sends from. No logic of its own lives behind these.
import type { Deps } from '../core/deps.js';
import type { Reply } from '../core/types.js';
import type { LedgerReader } from '../infra/export/ledger-reader.js';
import type { SuggestionCache } from './suggestion-cache.js';
import type { WebAuthStore } from './web-auth-store.js';

export interface WebOptions {
  /** The same deps object the bot uses (a rules or config reload shows here too). */
  deps: Deps;
  auth: WebAuthStore;
  /** What `yishiting stats` and the ledger read (统计). */
  ledger: LedgerReader;
  /** Queues replies in the outbox, exactly as the bot queues a chat command's replies. */
  enqueue(replies: Reply[]): Promise<void>;
  /** The rules directory the bot reads (规则 writes suggestions into it; the bot's watcher reloads). */
  rulesDir: string;
  /** Where photos are stored (data/ by default); only files under it are served. */
  dataDir?: string;
  /** Cookies get `Secure` when the dashboard is reached over https (behind a proxy). */
  secureCookies?: boolean;
  /** Where the 规则 page's suggestions are computed and kept (default: a worker thread per computation). */
  suggestions?: SuggestionCache;
}
