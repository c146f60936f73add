import { beforeEach, describe, expect, it } from 'vitest';
import { StoreInputError, type CorrectionInput, type TicketStore } from '../../../src/core/tickets/ticket-store.js';
import { DIALECTS, useDialectDatabase } from '../../helpers/dialect-database.js';
import { at, type DialectFixture, makeDialectFixture, POLICY } from './store-fixture.js';

describe.each(DIALECTS)('corrections on %s', (dialect) => {
  const db = useDialectDatabase(dialect);
  let store: TicketStore;
  let f: DialectFixture;
  let ticketId: number;
  beforeEach(async () => {
    f = await makeDialectFixture(db());
    store = f.store;
    ticketId = (await store.intake(f.report('m1'), POLICY)).ticket.id;
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
