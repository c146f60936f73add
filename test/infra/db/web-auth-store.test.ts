// The dashboard's sign-in store, the same contract on both dialects.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSqliteTicketStore } from '../../../src/infra/db/sqlite-ticket-store.js';
import { createSqliteWebAuthStore } from '../../../src/infra/db/sqlite-web-auth-store.js';
import { createPgDirectoryStore } from '../../../src/infra/pg/pg-directory.js';
import { createPgWebAuthStore } from '../../../src/infra/pg/pg-web-auth-store.js';
import type { WebAuthStore } from '../../../src/web/web-auth-store.js';
import { countRows, DIALECTS, useDialectDatabase } from '../../helpers/dialect-database.js';
import { at, type Directory, seedDirectory, T0 } from './store-fixture.js';

describe.each(DIALECTS)('the web sign-in store on %s', (dialect) => {
  const db = useDialectDatabase(dialect);
  let auth: WebAuthStore;
  let f: Directory;
  beforeEach(async () => {
    const d = db();
    f = await seedDirectory(
      d.dialect === 'sqlite' ? createSqliteTicketStore(d.db, { clock: () => T0 }) : createPgDirectoryStore(d.db, () => T0),
    );
    auth = d.dialect === 'sqlite' ? createSqliteWebAuthStore(d.db) : createPgWebAuthStore(d.db);
  });

  it('redeems a login token once, before it expires', async () => {
    await auth.createLoginToken('h1', f.worker.id, at(0), at(1));
    await auth.createLoginToken('h2', f.admin.id, at(0), at(1));
    expect(await auth.redeemLoginToken('h1', at(0.5))).toEqual({ ok: true, personId: f.worker.id });
    expect(await auth.redeemLoginToken('h1', at(0.6))).toEqual({ ok: false, reason: 'used' });
    expect(await auth.redeemLoginToken('h2', at(1))).toEqual({ ok: false, reason: 'expired' });
    expect(await auth.redeemLoginToken('nope', at(0))).toEqual({ ok: false, reason: 'unknown' });
  });

  it('keeps a session until it expires or ends, and drops expired ones', async () => {
    await auth.createSession('s1', f.worker.id, at(0), at(2));
    await auth.createSession('s2', f.admin.id, at(0), at(10));
    expect(await auth.getSession('s1', at(1))).toEqual({ personId: f.worker.id, expiresAt: at(2) });
    expect(await auth.getSession('s1', at(2))).toBeNull();
    await auth.createSession('s3', f.worker.id, at(3), at(10));
    expect(await countRows(db(), 'web_sessions')).toBe(2);
    await auth.endSession('s2');
    expect(await auth.getSession('s2', at(4))).toBeNull();
  });

  it('lists a community audit log newest first, up to the limit', async () => {
    const entry = (action: string, hours: number) => ({
      personId: f.admin.id,
      communityId: f.community.id,
      at: at(hours),
      action,
      ticketNumber: action === 'take' ? '1' : null,
      detail: null,
    });
    for (const [action, hours] of [
      ['signin', 0],
      ['take', 1],
      ['signout', 2],
    ] as const)
      await auth.recordAudit(entry(action, hours));
    expect(await auth.listAudit(f.community.id, 2)).toEqual([entry('signout', 2), entry('take', 1)]);
    expect(await auth.listAudit(f.community.id + 1, 10)).toEqual([]);
  });
});
