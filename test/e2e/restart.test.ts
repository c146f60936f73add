import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, RESIDENTS, STAFF, type Harness } from './harness.js';

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
