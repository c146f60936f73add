// Keyset paging (TicketFilter.after / before): walking a list page by page from each page's last
// (or first) ticket gives exactly the list in its order, ties included, for every order, on both
// dialects.
import { beforeEach, describe, expect, it } from 'vitest';
import { STATUS_CODES } from '../../../src/core/tickets/lifecycle.js';
import type { TicketFilter } from '../../../src/core/tickets/ticket-store.js';
import { DIALECTS, useDialectDatabase } from '../../helpers/dialect-database.js';
import { at, type DialectFixture, makeDialectFixture, POLICY } from './store-fixture.js';

const ORDERS = ['priority', 'due', 'opened', 'updated'] as const;

describe.each(DIALECTS)('keyset paging of the ticket list on %s', (dialect) => {
  const db = useDialectDatabase(dialect);
  let f: DialectFixture;

  beforeEach(async () => {
    f = await makeDialectFixture(db());
    // Many ties: five report times, every third urgent, so priority and times repeat.
    for (let i = 1; i <= 13; i++) {
      await f.store.intake(
        f.report(`m${i}`, { building: `${i}号楼`, at: at(i % 5), urgent: i % 3 === 0, category: i % 2 ? 'lighting' : 'water_leak' }),
        POLICY,
      );
    }
    // Some updated later than others (a take), and one out of the active statuses.
    for (const n of ['4', '9', '11'])
      await f.store.act({ communityId: f.community.id, number: n, action: 'take', actor: f.asStaff(f.worker), at: at(30 - Number(n)) });
  });

  it.each(ORDERS)('walks the %s order forwards with after and backwards with before, ties and all', async (order) => {
    const filter: TicketFilter = { communityId: f.community.id, statuses: [...STATUS_CODES], order };
    const all = (await f.store.listTickets(filter)).map((t) => t.number);
    expect(all).toHaveLength(13);

    const forwards: string[] = [];
    let page = await f.store.listTickets({ ...filter, limit: 4 });
    while (page.length > 0) {
      forwards.push(...page.map((t) => t.number));
      page = await f.store.listTickets({ ...filter, limit: 4, after: page.at(-1)!.id });
    }
    expect(forwards).toEqual(all);

    const last = (await f.store.listTickets(filter)).at(-1)!;
    const backwards: string[] = [last.number];
    let before = last.id;
    for (;;) {
      const prev = await f.store.listTickets({ ...filter, limit: 4, before });
      if (prev.length === 0) break;
      backwards.unshift(...prev.map((t) => t.number));
      before = prev[0]!.id;
    }
    expect(backwards).toEqual(all);
  });

  it('keeps the other filters while paging, and an unknown cursor selects nothing', async () => {
    const filter: TicketFilter = { communityId: f.community.id, statuses: [...STATUS_CODES], category: 'lighting', order: 'opened' };
    const all = await f.store.listTickets(filter);
    const rest = await f.store.listTickets({ ...filter, after: all[2]!.id });
    expect(rest.map((t) => t.number)).toEqual(all.slice(3).map((t) => t.number));
    expect(await f.store.listTickets({ ...filter, after: 99_999 })).toEqual([]);
  });
});
