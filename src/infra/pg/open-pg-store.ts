// Everything the bot, the dashboard and the sub-commands use, over one PostgreSQL pool (see
// src/infra/open-store.ts, which picks this for a postgres:// address).
import type { OpenStoreOptions, Store } from '../open-store.js';
import { redactDatabaseUrl } from './database-url.js';
import { openPgDatabase } from './open-pg-database.js';
import { createPgLedgerReader } from './pg-ledger-reader.js';
import { createPgOutboxQueue } from './pg-outbox-queue.js';
import { createPgRuleSetStore } from './pg-rule-sets.js';
import { createPgTicketStore } from './pg-ticket-store.js';
import { createPgWebAuthStore } from './pg-web-auth-store.js';
import { reportingUnavailable } from './store-unavailable.js';

/** Opens `url` (checked by the caller), migrated unless read-only. A lost server fails a call with one sentence (store-unavailable.ts). */
export async function openPgStore(url: string, options: OpenStoreOptions = {}): Promise<Omit<Store, 'dialect' | 'label'>> {
  const label = redactDatabaseUrl(url);
  const { onConnectionLost } = options;
  const { db, close } = await openPgDatabase(url, {
    readOnly: options.readOnly ?? false,
    ...(onConnectionLost
      ? {
          onConnectionLost: (err) =>
            onConnectionLost(`PostgreSQL at ${label}: an idle connection was lost (${err.message}); the next call connects afresh.`),
        }
      : {}),
  });
  return {
    tickets: reportingUnavailable(
      createPgTicketStore(db, { ...(options.clock ? { clock: options.clock } : {}), account: options.account ?? null }),
      label,
    ),
    outbox: reportingUnavailable(createPgOutboxQueue(db, options.outbox), label),
    ledger: createPgLedgerReader(db),
    webAuth: reportingUnavailable(createPgWebAuthStore(db), label),
    ruleSets: reportingUnavailable(createPgRuleSetStore(db), label),
    close,
  };
}
