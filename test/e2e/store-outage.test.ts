// The real bot (createApp via the simulator) while its store is out of reach: a report that arrives
// then is kept in memory and taken in on the app's tick once the store answers, stored and
// acknowledged once (after the apology the failure got).
import { afterEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/core/store-unavailable-error.js';
import type { TicketStore } from '../../src/core/tickets/ticket-store.js';
import { createHarness, RESIDENTS, type Harness } from './harness.js';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('a report while the store is out of reach', { timeout: 120_000 }, () => {
  it('becomes a ticket on the tick after the store answers again, acknowledged once', async () => {
    h = await createHarness();
    const { app } = h.sim;
    const store = app.deps.store;
    let failures = 2;
    app.deps.store = new Proxy(store, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (key !== 'intake' || typeof value !== 'function') return value;
        return (...args: unknown[]) =>
          failures-- > 0
            ? Promise.reject(
                new StoreUnavailableError(
                  'PostgreSQL at postgres://u:***@db/x is unreachable (connect ECONNREFUSED); the call was not completed.',
                ),
              )
            : (value as (...a: unknown[]) => unknown).apply(target, args);
      },
    }) as TicketStore;

    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    expect(await h.sim.tickets()).toEqual([]);
    await app.tick(); // still out of reach
    await app.idle();
    expect(await h.sim.tickets()).toEqual([]);
    await app.tick();
    await app.idle();
    await app.tick();
    await app.idle();
    expect((await h.sim.tickets()).map((t) => [t.number, t.category])).toEqual([['1', 'lighting']]);
    const said = h.botSaid(RESIDENTS).map((l) => l.text);
    // The apology when it failed (as before), then the acknowledgement: each once.
    expect(said).toHaveLength(2);
    expect(said[0]).toBe(`@张阿姨 ${app.deps.replies.apology}`);
    expect(said[1]).toMatch(/^@张阿姨 .*1号工单/s);
    expect(failures).toBe(-1);
  });
});
