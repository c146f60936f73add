import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, RESIDENTS, RULES_DIR, STAFF, type Harness } from './harness.js';

let h: Harness;
let rulesDir: string;
afterEach(async () => {
  await h?.close();
  rmSync(rulesDir, { recursive: true, force: true });
});

describe('editing rules while the bot runs', () => {
  it('keeps the last good rules after an invalid edit, tells the staff group where the problem is, and takes a fixed edit', async () => {
    rulesDir = mkdtempSync(join(tmpdir(), 'yishiting-rules-'));
    cpSync(RULES_DIR, rulesDir, { recursive: true });
    h = await createHarness({ rulesDir });
    const replies = join(rulesDir, 'replies.yaml');
    const good = readFileSync(replies, 'utf8');

    writeFileSync(replies, good.replace(/^ack: .*$/m, 'ack: "已登记{numbr}号"'));
    expect(await h.sim.app.reloadRules()).toBe(false);
    await h.sim.app.idle();
    const [notice] = h.botSaid(STAFF);
    expect(notice!.text).toContain('replies.yaml');
    expect(notice!.text).toMatch(/第 ?\d+ ?行|line/);
    expect(notice!.text).toContain('上一版');

    h.mark();
    await h.sim.say('张阿姨', RESIDENTS, '3号楼的路灯坏了');
    expect(h.botSaid(RESIDENTS)[0]!.text).toMatch(/^@张阿姨 收到，已登记为1号工单/);

    writeFileSync(replies, good.replace(/^ack: .*$/m, 'ack: "好的，{number}号工单已登记，{assignee}负责。"'));
    expect(await h.sim.app.reloadRules()).toBe(true);
    h.mark();
    await h.sim.say('刘大爷', RESIDENTS, '8号楼电梯坏了');
    expect(h.botSaid(RESIDENTS)[0]!.text).toMatch(/^@刘大爷 好的，2号工单已登记/);
  });
});
