// Everything the bot, the dashboard and the sub-commands use, over one PostgreSQL pool (see
// src/infra/open-store.ts, which picks this for a postgres:// address).
import type { OpenStoreOptions, Store } from '../open-store.js';
import { openPgDatabase } from './open-pg-database.js';
import { createPgLedgerReader } from './pg-ledger-reader.js';
import { createPgOutboxQueue } from './pg-outbox-queue.js';
import { createPgTicketStore } from './pg-ticket-store.js';
import { createPgWebAuthStore } from './pg-web-auth-store.js';

/** Opens `url` (checked by the caller), migrated unless read-only. */
export async function openPgStore(url: string, options: OpenStoreOptions = {}): Promise<Omit<Store, 'dialect' | 'label'>> {
  const { db, close } = await openPgDatabase(url, { readOnly: options.readOnly ?? false });
  return {
    tickets: createPgTicketStore(db, { ...(options.clock ? { clock: options.clock } : {}), account: options.account ?? null }),
    outbox: createPgOutboxQueue(db, options.outbox),
    ledger: createPgLedgerReader(db),
    webAuth: createPgWebAuthStore(db),
    close,
  };
}
