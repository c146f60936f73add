import { mkdtempSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createConfig, demoConfigInput } from '../../src/config.js';
import { createSteppedClock } from '../../src/infra/stepped-clock.js';
import { createMockWorld } from '../../src/sim/mock-world.js';
import { createRecordingLogger } from '../helpers/recording-logger.js';
import { createHarness, RESIDENTS, RULES_DIR, STAFF, type Harness } from './harness.js';

let dir: string;
let h: Harness | null = null;
afterEach(async () => {
  await h?.close({ keepDir: true });
  h = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('a restart in the middle', { timeout: 120_000 }, () => {
  it('keeps tickets and the outbox on disk and sends what was still queued after reopening', async () => {
    dir = mkdtempSync(join(tmpdir(), 'yishiting-restart-'));
    // 22:30 in Shanghai: acknowledgements wait in the outbox for the morning.
    h = await createHarness({ dir, start: '2026-03-02T22:30:00+08:00' });
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    await h.sim.say('刘大爷', RESIDENTS, '7号楼门口的下水道堵了，污水都漫出来了');
    expect(h.botSaid()).toEqual([]);
    await h.close({ keepDir: true });

    // The next morning, the same database file.
    h = await createHarness({ dir, start: '2026-03-03T07:10:00+08:00' });
    const replies = h.botSaid(RESIDENTS).map((l) => l.text);
    expect(replies.join('\n')).toMatch(/@张阿姨.*1号工单/s);
    expect(replies.join('\n')).toMatch(/@刘大爷.*2号工单/s);
    expect((await h.sim.tickets()).map((t) => [t.number, t.category, t.status])).toEqual([
      ['1', 'lighting', 'open'],
      ['2', 'drainage', 'open'],
    ]);

    // And the bot carries on where it stopped: numbering continues, commands work.
    h.mark();
    await h.sim.say('李网格员', STAFF, '#接单 2');
    expect(h.botSaid(RESIDENTS).map((l) => l.text)).toEqual([expect.stringMatching(/^@刘大爷 2号工单.*接单/)]);
    await h.sim.say('王阿姨', RESIDENTS, '9号楼电梯坏了，按了没反应');
    expect((await h.sim.tickets()).map((t) => t.number)).toEqual(['1', '2', '3']);
  });
});

describe('before the QR code is scanned', { timeout: 120_000 }, () => {
  it('keeps queued replies in the outbox without spending retries, and sends them on login', async () => {
    dir = mkdtempSync(join(tmpdir(), 'yishiting-login-'));
    h = await createHarness({ dir, start: '2026-03-02T22:30:00+08:00' });
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    await h.close({ keepDir: true });
    h = null;

    const clock = createSteppedClock('2026-03-03T08:00:00+08:00');
    const config = createConfig(demoConfigInput);
    const world = createMockWorld(config.bot.name, clock.now);
    for (const g of config.communities[0]!.groups) world.room(g.topic);
    const sent: string[] = [];
    const app = await createApp({
      config,
      database: join(dir, 'test.db'),
      rulesDir: RULES_DIR,
      puppet: world.puppet,
      clock: clock.now,
      sleep: clock.sleep,
      logger: createRecordingLogger(),
      dataDir: dir,
      timers: 'manual',
      onSent: (s) => void sent.push(s.text),
    });
    try {
      await app.start();
      await app.tick(); // not logged in yet: due work is queued too, nothing is sent
      await app.idle();
      expect(sent).toEqual([]);
      const raw = new Database(join(dir, 'test.db'), { readonly: true });
      expect(raw.prepare("select count(*) n, max(attempts) tries from outbox where status = 'pending'").get()).toEqual({ n: 2, tries: 0 });
      raw.close();

      const loggedIn = new Promise((resolve) => app.bot.once('login', resolve));
      world.login();
      await loggedIn;
      await app.idle();
      expect(sent).toHaveLength(2);
      expect(sent).toContainEqual(expect.stringMatching(/^@张阿姨 .*1号工单/));
    } finally {
      await app.stop();
    }
  });
});
