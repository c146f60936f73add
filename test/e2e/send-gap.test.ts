// The minimum gap between two sends holds across a config reload and a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createConfig, demoConfigInput } from '../../src/config.js';
import { createHarness, RESIDENTS, type Harness } from './harness.js';

let dir: string;
let h: Harness | null = null;
afterEach(async () => {
  await h?.close({ keepDir: true });
  h = null;
  rmSync(dir, { recursive: true, force: true });
});

const GAP = 1500;
const config = createConfig({ ...demoConfigInput, sending: { minIntervalMs: GAP } });
const times = (lines: { t: string }[]) => lines.map((l) => new Date(l.t).getTime());

describe('the minimum gap between sends', { timeout: 120_000 }, () => {
  it('holds across a config reload (the new sender knows the last send)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'yishiting-gap-'));
    h = await createHarness({ dir, config });
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    expect(await h.sim.app.reloadConfig(() => config)).toBe(true);
    await h.sim.say('刘大爷', RESIDENTS, '7号楼门口的下水道堵了');
    const [first, second] = times(h.botSaid(RESIDENTS));
    expect(second! - first!).toBeGreaterThanOrEqual(GAP);
  });

  it('holds across a restart (the last send time is read back from the outbox)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'yishiting-gap-'));
    h = await createHarness({ dir, config });
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    const [first] = times(h.botSaid(RESIDENTS));
    await h.close({ keepDir: true });
    // Restarted at once: the simulated clock starts where the last send was.
    h = await createHarness({ dir, config, start: new Date(first!).toISOString() });
    await h.sim.say('刘大爷', RESIDENTS, '7号楼门口的下水道堵了');
    const [second] = times(h.botSaid(RESIDENTS));
    expect(second! - first!).toBeGreaterThanOrEqual(GAP);
  });
});
