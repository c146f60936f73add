// A district's processes on one store, each with its own rules directory (as on separate
// machines): a rule edit saved at bot A reaches bot B at B's next tick and the standalone
// dashboard at its next tick — their files and their classifiers — without a restart. A hand edit
// made while a bot was stopped survives its restart and is published. On SQLite sharing is on only
// with config ruleSet set (processes on one file are on one machine and share rules/ already).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createConfig, demoConfigInput } from '../../src/config.js';
import { readRuleFiles } from '../../src/infra/rules/rule-files.js';
import { writeRuleEdits } from '../../src/infra/rules/write-rule-edits.js';
import { createSteppedClock } from '../../src/infra/stepped-clock.js';
import { createMockWorld } from '../../src/sim/mock-world.js';
import { openDashboard, type Dashboard } from '../../src/web/open-dashboard.js';
import { createRecordingLogger } from '../helpers/recording-logger.js';
import { RULES_DIR } from './harness.js';

const REPORT = '3号楼门口的萤火柱不亮了';
let dir: string;
const open: (App | Dashboard)[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) await ('bot' in o ? o.stop() : o.close());
  rmSync(dir, { recursive: true, force: true });
});

describe('rules shared through the store', { timeout: 120_000 }, () => {
  const clock = createSteppedClock('2026-12-02T10:00:00+08:00');
  const machine = (name: string): string => {
    const rulesDir = join(dir, name);
    cpSync(RULES_DIR, rulesDir, { recursive: true });
    // The learned model is never synced (each machine keeps its own): without it, REPORT's category is the rule files' alone.
    rmSync(join(rulesDir, 'learned-model.json'));
    return rulesDir;
  };
  const district = (ruleSet?: string) => {
    dir = mkdtempSync(join(tmpdir(), 'yishiting-rule-share-'));
    const database = join(dir, 'district.db');
    const config = createConfig({ ...demoConfigInput, ruleSet });
    /** A bot on its own machine: its own rules and data directories. */
    const bot = async (rulesDir: string): Promise<App> => {
      const world = createMockWorld(config.bot.name, clock.now);
      const app = await createApp({
        config,
        database,
        rulesDir,
        puppet: world.puppet,
        clock: clock.now,
        sleep: clock.sleep,
        logger: createRecordingLogger(),
        dataDir: `${rulesDir}-data`,
        timers: 'manual',
        shareRules: true,
      });
      open.push(app);
      return app;
    };
    return { database, config, bot };
  };

  it('takes an edit saved at one bot to the other bot and the dashboard at their next tick', async () => {
    const { database, config, bot } = district('default');
    const [rulesA, rulesB, rulesWeb] = [machine('a'), machine('b'), machine('web')];
    const a = await bot(rulesA);
    const b = await bot(rulesB);
    const web = await openDashboard(config, database, rulesWeb, createRecordingLogger(), clock.now, join(dir, 'web-data'));
    open.push(web);
    expect(b.deps.classifier.classify(REPORT).category).not.toBe('lighting');

    writeRuleEdits(rulesA, [{ category: 'lighting', section: 'objects', term: '萤火柱', weight: 3 }]);
    expect(await a.reloadRules()).toBe(true); // what A's file watcher does after the save
    expect(a.deps.classifier.classify(REPORT).category).toBe('lighting');

    await b.tick();
    expect(readRuleFiles(rulesB)).toEqual(readRuleFiles(rulesA));
    expect(b.deps.classifier.classify(REPORT).category).toBe('lighting');
    await web.tick();
    expect(readRuleFiles(rulesWeb)).toEqual(readRuleFiles(rulesA));
    expect(web.web.deps.classifier.classify(REPORT).category).toBe('lighting');
  });

  it('keeps a hand edit made while a bot was stopped: the restarted bot uses and publishes it', async () => {
    const { bot } = district('default');
    const [rulesA, rulesB] = [machine('a'), machine('b')];
    const a = await bot(rulesA);
    await (await bot(rulesB)).stop();
    writeRuleEdits(rulesB, [{ category: 'lighting', section: 'objects', term: '萤火柱', weight: 3 }]); // while B is down

    const b = await bot(rulesB);
    expect(b.deps.classifier.classify(REPORT).category).toBe('lighting');
    await a.tick();
    expect(readRuleFiles(rulesA)).toEqual(readRuleFiles(rulesB));
    expect(a.deps.classifier.classify(REPORT).category).toBe('lighting');
  });

  it('on SQLite without ruleSet in the config shares nothing: a saved edit stays on its machine', async () => {
    const { bot } = district();
    const [rulesA, rulesB] = [machine('a'), machine('b')];
    const a = await bot(rulesA);
    const b = await bot(rulesB);
    writeRuleEdits(rulesA, [{ category: 'lighting', section: 'objects', term: '萤火柱', weight: 3 }]);
    expect(await a.reloadRules()).toBe(true);
    await b.tick();
    expect(b.deps.classifier.classify(REPORT).category).not.toBe('lighting');
    expect(readRuleFiles(rulesB)).not.toEqual(readRuleFiles(rulesA));
  });
});
