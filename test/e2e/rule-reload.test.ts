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

describe('editing rules while the bot runs', { timeout: 120_000 }, () => {
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
    h.mark();
    expect(await h.sim.app.reloadRules()).toBe(true);
    await h.sim.app.idle();
    expect(h.botSaid(STAFF).map((l) => l.text)).toEqual(['规则文件已改好，机器人已按新的规则工作。']);
    h.mark();
    await h.sim.say('刘大爷', RESIDENTS, '8号楼电梯坏了');
    expect(h.botSaid(RESIDENTS)[0]!.text).toMatch(/^@刘大爷 好的，2号工单已登记/);
  });
});

describe('editing the config while the bot runs', { timeout: 120_000 }, () => {
  it('starts watching a group added to the config, and keeps the last good config after an invalid edit', async () => {
    rulesDir = mkdtempSync(join(tmpdir(), 'yishiting-rules-'));
    h = await createHarness();
    const base = h.sim.app.deps.config;
    await h.sim.say('孙阿姨', '金阳花园二期业主群', '2号楼电梯坏了');
    expect(await h.sim.tickets()).toEqual([]);

    const community = base.communities[0]!;
    const next = {
      ...base,
      communities: [
        {
          ...community,
          groups: [...community.groups, { topic: '金阳花园二期业主群', role: 'residents' as const, xiaoqu: '金阳花园二期', watched: true }],
        },
      ],
    };
    expect(await h.sim.app.reloadConfig(() => next)).toBe(true);
    await h.sim.say('孙阿姨', '金阳花园二期业主群', '2号楼电梯坏了');
    expect(await h.sim.tickets()).toHaveLength(1);
    expect(h.botSaid('金阳花园二期业主群')[0]!.text).toMatch(/^@孙阿姨 .*1号工单/);

    h.mark();
    expect(
      await h.sim.app.reloadConfig(() => {
        throw new Error('yishiting.config.yaml，第 12 行，字段「sending.minIntervalMs」：应为数字。');
      }),
    ).toBe(false);
    await h.sim.app.idle();
    expect(h.botSaid(STAFF).map((l) => l.text)).toEqual([expect.stringMatching(/配置文件修改有误.*第 12 行/)]);
    await h.sim.say('孙阿姨', '金阳花园二期业主群', '5号楼路灯坏了');
    expect(await h.sim.tickets()).toHaveLength(2);
  });
});
