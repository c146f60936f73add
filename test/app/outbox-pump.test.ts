// The send loop while the store is out of reach (a PostgreSQL server restarting): a failed drain or
// wake-up is logged and tried again later, never thrown at the process, and sending resumes once
// the store answers; replies that cannot be written to the outbox go out directly.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_FAILURE_MS, createOutboxPump } from '../../src/app/outbox-pump.js';
import type { Reply } from '../../src/core/types.js';
import type { OutboxSender } from '../../src/infra/outbox/outbox-sender.js';
import { createRecordingLogger } from '../helpers/recording-logger.js';

const apology: Reply = { to: { kind: 'room', roomKey: 'g1' }, text: '抱歉，系统出了点问题', mentions: ['李叔'], urgent: false };

/** A sender whose store is down while `down.value` holds. */
function stubSender(down: { value: boolean }) {
  const calls = { drains: 0, direct: [] as Reply[] };
  const unreachable = () => Promise.reject(new Error('PostgreSQL at postgres://u:***@db/x is unreachable (connect ECONNREFUSED)'));
  const sender: OutboxSender = {
    enqueue: () => (down.value ? unreachable() : Promise.resolve()),
    drain: () => {
      calls.drains++;
      return down.value ? unreachable() : Promise.resolve(1);
    },
    nextWakeAt: () => (down.value ? unreachable() : Promise.resolve(null)),
    sendUnrecorded: async (replies) => void calls.direct.push(...replies),
    lastSendAt: () => null,
    stop: () => undefined,
  };
  return { sender, calls };
}

describe('outbox pump with the store out of reach', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('logs a failed drain and wake-up, does not reject, and drains again once the store is back', async () => {
    const down = { value: true };
    const { sender, calls } = stubSender(down);
    const logs = createRecordingLogger();
    const pump = createOutboxPump({ sender, canSend: () => true, realTimers: true, clock: () => new Date(), logger: logs });
    pump.kick();
    await expect(pump.draining).resolves.toBeUndefined();
    expect(logs.entries.map((e) => [e.level, e.msg])).toEqual([
      ['error', 'outbox drain failed'],
      ['error', 'outbox wake-up failed; trying again later'],
    ]);
    expect(calls.drains).toBe(1);
    down.value = false;
    await vi.advanceTimersByTimeAsync(AFTER_FAILURE_MS - 1);
    expect(calls.drains).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.drains).toBe(2);
    await expect(pump.draining).resolves.toBeUndefined();
    pump.stop();
  });

  it('sends replies it cannot write to the outbox directly (the apology reaches the resident)', async () => {
    const down = { value: true };
    const { sender, calls } = stubSender(down);
    const logs = createRecordingLogger();
    const pump = createOutboxPump({ sender, canSend: () => true, realTimers: false, clock: () => new Date(), logger: logs });
    await pump.enqueue([apology]);
    expect(calls.direct).toEqual([apology]);
    expect(calls.drains).toBe(0);
    expect(logs.entries.map((e) => e.msg)).toEqual(['outbox unwritable; sending directly']);
    down.value = false;
    await pump.enqueue([apology]);
    expect(calls.direct).toHaveLength(1);
    expect(calls.drains).toBe(1);
  });
});
