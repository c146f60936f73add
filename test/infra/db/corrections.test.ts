import { beforeEach, describe, expect, it } from 'vitest';
import { StoreInputError, type CorrectionInput } from '../../../src/core/tickets/ticket-store.js';
import { at, makeFixture, POLICY, type Fixture } from './store-fixture.js';

let f: Fixture;
let ticketId: number;
beforeEach(async () => {
  f = await makeFixture();
  ticketId = (await f.store.intake(f.report('m1'), POLICY)).ticket.id;
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

describe('corrections', () => {
  it('keeps every field of a recorded correction and lists them oldest first', async () => {
    const later = await f.store.recordCorrection(correction({ kind: 'not_report', toCategory: null, at: at(3) }));
    const first = await f.store.recordCorrection(correction());
    expect(first).toEqual({ id: first.id, ...correction() });
    expect(await f.store.listCorrections()).toEqual([first, later]);
  });

  it('filters by community, kind and time', async () => {
    await f.store.recordCorrection(correction({ at: at(1) }));
    await f.store.recordCorrection(correction({ kind: 'missed', fromCategory: null, at: at(5) }));
    expect((await f.store.listCorrections({ kind: 'missed' })).map((c) => c.kind)).toEqual(['missed']);
    expect((await f.store.listCorrections({ since: at(2) })).map((c) => c.kind)).toEqual(['missed']);
    expect(await f.store.listCorrections({ communityId: f.community.id + 1 })).toEqual([]);
  });

  it('refuses a correction without the staff member who made it', async () => {
    await expect(f.store.recordCorrection(correction({ staff: ' ' }))).rejects.toThrow(StoreInputError);
    expect(await f.store.listCorrections()).toEqual([]);
  });
});
