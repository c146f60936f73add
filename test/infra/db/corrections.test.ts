import { beforeEach, describe, expect, it } from 'vitest';
import { StoreInputError, type CorrectionInput, type TicketStore } from '../../../src/core/tickets/ticket-store.js';
import { createSqliteTicketStore } from '../../../src/infra/db/sqlite-ticket-store.js';
import { createPgCorrections } from '../../../src/infra/pg/pg-corrections.js';
import { createPgDirectoryStore } from '../../../src/infra/pg/pg-directory.js';
import { tickets } from '../../../src/infra/pg/pg-schema.js';
import { type DialectDb, DIALECTS, useDialectDatabase } from '../../helpers/dialect-database.js';
import { at, type Directory, POLICY, seedDirectory, T0 } from './store-fixture.js';

type Corrections = Pick<TicketStore, 'recordCorrection' | 'listCorrections'>;

/** The corrections part of the dialect's store, and a ticket for them to refer to. */
async function setUp(d: DialectDb): Promise<{ store: Corrections; f: Directory; ticketId: number }> {
  if (d.dialect === 'sqlite') {
    const store = createSqliteTicketStore(d.db, { clock: () => T0 });
    const f = await seedDirectory(store);
    return { store, f, ticketId: (await store.intake(f.report('m1'), POLICY)).ticket.id };
  }
  const f = await seedDirectory(createPgDirectoryStore(d.db, () => T0));
  const [ticket] = await d.db
    .insert(tickets)
    .values({
      communityId: f.community.id,
      number: '1',
      category: 'lighting',
      urgent: false,
      status: 'open',
      reporterCount: 1,
      priority: 0,
      createdAt: T0,
      updatedAt: T0,
      lastReportAt: T0,
      ackDueAt: T0,
      dueAt: T0,
    })
    .returning();
  return { store: createPgCorrections(d.db), f, ticketId: ticket!.id };
}

describe.each(DIALECTS)('corrections on %s', (dialect) => {
  const db = useDialectDatabase(dialect);
  let store: Corrections;
  let f: Directory;
  let ticketId: number;
  beforeEach(async () => {
    ({ store, f, ticketId } = await setUp(db()));
  });

  const correction = (over: Partial<CorrectionInput> = {}): CorrectionInput => ({
    communityId: f.community.id,
    ticketId,
    kind: 'recategorise',
    text: '3号楼下水道堵了',
    fromCategory: 'lighting',
    toCategory: 'drainage',
    staff: '李网格员',
    at: at(1),
    ...over,
  });

  it('keeps every field of a recorded correction and lists them oldest first', async () => {
    const later = await store.recordCorrection(correction({ kind: 'not_report', toCategory: null, at: at(3) }));
    const first = await store.recordCorrection(correction());
    expect(first).toEqual({ id: first.id, ...correction() });
    expect(await store.listCorrections()).toEqual([first, later]);
  });

  it('filters by community, kind and time', async () => {
    await store.recordCorrection(correction({ at: at(1) }));
    await store.recordCorrection(correction({ kind: 'missed', fromCategory: null, at: at(5) }));
    expect((await store.listCorrections({ kind: 'missed' })).map((c) => c.kind)).toEqual(['missed']);
    expect((await store.listCorrections({ since: at(2) })).map((c) => c.kind)).toEqual(['missed']);
    expect(await store.listCorrections({ communityId: f.community.id + 1 })).toEqual([]);
  });

  it('refuses a correction without the staff member who made it', async () => {
    await expect(store.recordCorrection(correction({ staff: ' ' }))).rejects.toThrow(StoreInputError);
    expect(await store.listCorrections()).toEqual([]);
  });
});
