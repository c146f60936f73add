// Reports that arrive while the store is out of reach are kept in memory and handled again on the
// app's tick until the store takes them: stored once, acknowledged once; chatter is never kept,
// the queue is bounded, and other failures are not retried.
import { describe, expect, it } from 'vitest';
import { createHandleMessageRetry, type MessageRetry } from '../../src/app/message-retry.js';
import { StoreUnavailableError } from '../../src/core/store-unavailable-error.js';
import type { TicketStore } from '../../src/core/tickets/ticket-store.js';
import { createBot, resident, RESIDENTS, texts, type Bot } from '../helpers/bot-harness.js';

const unreachable = () =>
  new StoreUnavailableError('PostgreSQL at postgres://u:***@db/x is unreachable (connect ECONNREFUSED); the call was not completed.');

/** The bot's store, with `fail(method)` deciding per call whether it throws instead (its error or none). */
function breakStore(bot: Bot, fail: (method: string) => Error | null): void {
  const store = bot.store;
  bot.deps.store = new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const err = fail(String(key));
        return err ? Promise.reject(err) : (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as TicketStore;
}

/** The retry queue wired as the app wires it. */
function withRetry(bot: Bot, limit?: number): MessageRetry {
  const retry = createHandleMessageRetry(bot.deps, limit);
  bot.deps.onStoreUnavailable = retry.keep;
  return retry;
}

describe('messages the store could not take', () => {
  it('stores a report once after the store answers again and acknowledges it once; the apology only the first time', async () => {
    const bot = await createBot();
    let failures = 2;
    breakStore(bot, (method) => (method === 'intake' && failures-- > 0 ? unreachable() : null));
    const retry = withRetry(bot);

    expect(texts(await bot.say(RESIDENTS, resident('李叔'), '@物业小助手 5号楼漏水了', { mentionsBot: true }))).toEqual([
      bot.deps.replies.apology,
    ]);
    expect(retry.size()).toBe(1);
    expect(await retry.retry()).toEqual([]); // still out of reach: no second apology
    expect(retry.size()).toBe(1);
    const acks = texts(await retry.retry());
    expect(acks).toHaveLength(1);
    expect(acks[0]).toContain('1号工单');
    expect(retry.size()).toBe(0);
    expect(await retry.retry()).toEqual([]);
    expect(await bot.store.countTickets()).toBe(1);
  });

  it('stores a retried report with the time it came in, so its deadlines run from then', async () => {
    const bot = await createBot();
    let failures = 1;
    breakStore(bot, (method) => (method === 'intake' && failures-- > 0 ? unreachable() : null));
    const retry = withRetry(bot);
    const cameIn = bot.deps.clock();
    await bot.say(RESIDENTS, resident('李叔'), '@物业小助手 5号楼漏水了', { mentionsBot: true });
    bot.advance(3 * 60 * 60 * 1000); // the store comes back three hours later
    expect(texts(await retry.retry())).toHaveLength(1);
    const [ticket] = await bot.store.listTickets();
    expect(ticket!.createdAt.getTime()).toBe(cameIn.getTime());
    const [report] = await bot.store.getReports(ticket!.id);
    expect(report!.at.getTime()).toBe(cameIn.getTime());
  });

  it('keeps no chatter, holds at most `limit` messages and logs each dropped id without its text', async () => {
    const bot = await createBot();
    breakStore(bot, () => unreachable());
    const retry = withRetry(bot, 2);

    expect(await bot.say(RESIDENTS, resident('王姐'), '今天天气不错')).toEqual([]);
    expect(retry.size()).toBe(0);
    for (const who of ['张阿姨', '李叔', '赵伯']) await bot.say(RESIDENTS, resident(who), `${who}家楼下7号楼路灯不亮了`);
    expect(retry.size()).toBe(2);
    const dropped = bot.logs.filter((l) => JSON.stringify(l.obj).includes('"msgId":"m4"') && /dropped/.test(l.msg ?? ''));
    expect(dropped).toHaveLength(1);
    expect(JSON.stringify(dropped[0])).not.toContain('路灯');
    expect(bot.logs.filter((l) => /dropped/.test(l.msg ?? ''))).toHaveLength(1);
  });

  it('does not retry a message that failed for another reason', async () => {
    const bot = await createBot();
    breakStore(bot, (method) => (method === 'intake' ? new Error('disk I/O error') : null));
    const retry = withRetry(bot);
    await bot.say(RESIDENTS, resident('李叔'), '5号楼漏水了');
    expect(retry.size()).toBe(0);
  });
});
