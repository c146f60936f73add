// The PostgreSQL server goes away while the bot runs (a restart), then comes back: the message
// handler logs one clear line without the password and apologises when addressed, an idle
// connection's loss does not crash the process, the reports sent meanwhile become tickets once the
// server is back (the app's retry queue), and the store works again.
import { once } from 'node:events';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandleMessageRetry } from '../../../src/app/message-retry.js';
import { syncConfig } from '../../../src/core/sync-config.js';
import { openStore, type Store } from '../../../src/infra/open-store.js';
import { createBot, resident, RESIDENTS, type Bot } from '../../helpers/bot-harness.js';
import { createEmptyServerDatabase, pgServerReachable } from '../../helpers/pg-test-database.js';
import { startTcpProxy, type TcpProxy } from '../../helpers/tcp-proxy.js';

/** Lets socket events arrive until `done` holds (no timer: the test's timeout bounds it). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((r) => setImmediate(r));
}

describe.runIf(await pgServerReachable())('PostgreSQL out of reach while the bot runs', () => {
  let empty: Awaited<ReturnType<typeof createEmptyServerDatabase>>;
  let proxy: TcpProxy;
  let store: Store;
  let bot: Bot;
  const lost: string[] = [];
  let url: URL;

  beforeAll(async () => {
    empty = await createEmptyServerDatabase();
    const server = new URL(empty.url);
    proxy = await startTcpProxy(server.hostname, Number(server.port || 5432));
    url = new URL(empty.url);
    url.host = `127.0.0.1:${proxy.port}`;
    url.username = 'postgres';
    url.password = 's3cret';
    bot = await createBot();
    store = await openStore(url.href, { clock: bot.now, onConnectionLost: (m) => lost.push(m) });
    await syncConfig(store.tickets, bot.config);
    bot.deps.store = store.tickets;
  });
  afterAll(async () => {
    await store.close();
    await proxy.down();
    await empty.drop();
  });

  it('apologises to an addressed resident and logs one line without the password; the reports sent meanwhile become tickets once it is back', async () => {
    const retry = createHandleMessageRetry(bot.deps);
    bot.deps.onStoreUnavailable = retry.keep;
    expect((await bot.say(RESIDENTS, resident('张阿姨'), '3号楼路灯不亮了')).map((r) => r.text).join()).toContain('1号工单');
    await proxy.down();
    await until(() => lost.length > 0); // the idle connection's loss is handled, not thrown
    expect(lost[0]).toMatch(/^PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/yst_\w+: an idle connection was lost/);

    const replies = await bot.say(RESIDENTS, resident('李叔'), '@物业小助手 5号楼漏水了', { mentionsBot: true });
    expect(replies.map((r) => r.text)).toEqual([bot.deps.replies.apology]);
    expect(await bot.say(RESIDENTS, resident('王姐'), '6号楼路灯不亮了')).toEqual([]);
    const errors = bot.logs.filter((l) => l.level === 'error').map((l) => JSON.stringify(l.obj));
    expect(errors).toHaveLength(2);
    for (const e of errors) {
      expect(e).toMatch(
        /"message":"PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/yst_\w+ is unreachable \(connect ECONNREFUSED 127\.0\.0\.1:\d+\); the call was not completed\."/,
      );
      expect(e).not.toContain('s3cret');
      expect(e).not.toContain('Failed query');
    }
    await expect(store.outbox.pending(bot.now(), 10)).rejects.toThrow(/is unreachable/);

    expect(retry.size()).toBe(2);
    expect(await retry.retry()).toEqual([]); // still down: both wait, no second apology
    expect(retry.size()).toBe(2);

    await proxy.up();
    const acks = (await retry.retry()).map((r) => r.text);
    expect(acks).toHaveLength(2);
    expect(acks[0]).toContain('2号工单');
    expect(acks[1]).toContain('3号工单');
    expect(retry.size()).toBe(0);
    // The outbox is readable again: the three acknowledgements wait in it.
    expect((await store.outbox.pending(bot.now(), 10)).map((i) => i.reply.mentions)).toEqual([['张阿姨'], ['李叔'], ['王姐']]);
  });

  it('takes reports right after its backends are terminated on the server', async () => {
    const admin = new pg.Client({ connectionString: empty.url });
    await admin.connect();
    const gone = once(admin, 'end').catch(() => undefined);
    try {
      const { rows } = await admin.query<{ n: number }>(
        'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      expect(rows[0]!.n).toBeGreaterThan(0);
      await until(() => lost.length >= 1 + rows[0]!.n);
    } finally {
      await admin.end();
      await gone;
    }
    expect((await bot.say(RESIDENTS, resident('赵伯'), '7号楼路灯不亮了')).map((r) => r.text).join()).toContain('4号工单');
  });
});
