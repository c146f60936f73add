// Rule changes reach every process of a district: two processes' worth of objects (two rule set
// stores on one database, two rules directories in temporary folders), on both dialects. A change
// published by A reaches B's files and B's classifier; a broken set is refused; nothing echoes.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkRuleSet } from '../../src/app/check-rule-set.js';
import { loadRuleSet } from '../../src/app/load-rule-set.js';
import { createRuleSync, type RuleSync, sharedRuleSetName } from '../../src/app/rule-sync.js';
import { createSqliteRuleSetStore } from '../../src/infra/db/sqlite-rule-sets.js';
import { createPgRuleSetStore } from '../../src/infra/pg/pg-rule-sets.js';
import { readRuleFiles } from '../../src/infra/rules/rule-files.js';
import type { RuleSetStore } from '../../src/infra/rules/rule-set-store.js';
import { writeRuleEdits } from '../../src/infra/rules/write-rule-edits.js';
import { countRows, DIALECTS, type DialectDb, useDialectDatabase } from '../helpers/dialect-database.js';
import { createRecordingLogger } from '../helpers/recording-logger.js';

// The real check, counted: a local edit that does not load is checked once, not on every tick.
vi.mock('../../src/app/check-rule-set.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/app/check-rule-set.js')>();
  return { ...actual, checkRuleSet: vi.fn(actual.checkRuleSet) };
});

const T0 = new Date('2026-12-02T03:00:00Z');
const REPORT = '3号楼门口的萤火柱不亮了';
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A copy of the shipped rules, as one machine's rules directory, without the learned model (which
 * is never synced: each machine keeps its own), so that REPORT's category is the rule files' alone.
 */
function rulesCopy(): string {
  const dir = tempDir();
  cpSync('rules', dir, { recursive: true });
  rmSync(join(dir, 'learned-model.json'));
  return dir;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-rule-sync-'));
  scratch.push(dir);
  return dir;
}

const LIGHTING_EDIT = { category: 'lighting', section: 'objects', term: '萤火柱', weight: 3 } as const;
const ROAD_EDIT = { category: 'road', section: 'objects', term: '咕噜滑梯', weight: 3 } as const;

describe.each(DIALECTS)('rules published on %s reach the other process', (dialect) => {
  const db = useDialectDatabase(dialect);
  const ruleSetStore = (d: DialectDb): RuleSetStore =>
    d.dialect === 'sqlite' ? createSqliteRuleSetStore(d.db) : createPgRuleSetStore(d.db);
  /** One machine: its rules and data directories; restart() is the process started again on them. */
  const machine = (by: string, name = 'default') => {
    const rulesDir = rulesCopy();
    const dataDir = tempDir();
    const open = () => {
      const logger = createRecordingLogger();
      const sync: RuleSync = createRuleSync({ store: ruleSetStore(db()), rulesDir, name, dataDir, by, clock: () => T0, logger });
      return { logger, sync };
    };
    let current = open();
    return {
      rulesDir,
      dataDir,
      get logger() {
        return current.logger;
      },
      get sync() {
        return current.sync;
      },
      restart() {
        current = open();
      },
    };
  };

  it("takes A's change into B's files and B's classifier, and echoes nothing back", async () => {
    const a = machine('bot-a');
    const b = machine('bot-b');
    expect(await a.sync.start()).toBe(false); // the first process publishes its rules
    expect(await b.sync.start()).toBe(false); // the same files: nothing to write
    expect(await countRows(db(), 'rule_sets')).toBe(1);
    expect(loadRuleSet(b.rulesDir).classifier.classify(REPORT).category).not.toBe('lighting');

    writeRuleEdits(a.rulesDir, [{ category: 'lighting', section: 'objects', term: '萤火柱', weight: 3 }]);
    expect(await a.sync.publish()).toBe(2);
    expect(await a.sync.publish()).toBeNull(); // a second reload of the same files

    expect(await b.sync.follow()).toBe(true);
    expect(readRuleFiles(b.rulesDir)).toEqual(readRuleFiles(a.rulesDir));
    expect(loadRuleSet(b.rulesDir).classifier.classify(REPORT).category).toBe('lighting');
    // B's watcher reloads the files it wrote and B publishes after the reload: nothing new.
    expect(await b.sync.publish()).toBeNull();
    expect(await a.sync.follow()).toBe(false);
    expect(await b.sync.follow()).toBe(false);
    expect(await countRows(db(), 'rule_sets')).toBe(2);
    expect(readFileSync(join(b.rulesDir, 'categories/lighting.yaml'), 'utf8')).toContain('萤火柱: 3');
  });

  it('does not send back a set it took when A published again before B reloaded', async () => {
    const a = machine('bot-a');
    const b = machine('bot-b');
    await a.sync.start();
    await b.sync.start();
    writeRuleEdits(a.rulesDir, [{ category: 'lighting', section: 'objects', term: '萤火柱', weight: 3 }]);
    await a.sync.publish();
    expect(await b.sync.follow()).toBe(true); // revision 2 written into B's files
    writeRuleEdits(a.rulesDir, [{ category: 'lighting', section: 'objects', term: '光明柱', weight: 3 }]);
    expect(await a.sync.publish()).toBe(3);
    expect(await b.sync.publish()).toBeNull(); // B's reload of revision 2, late: not a change made at B
    expect(await b.sync.follow()).toBe(true);
    expect(readRuleFiles(b.rulesDir)).toEqual(readRuleFiles(a.rulesDir));
    expect(await countRows(db(), 'rule_sets')).toBe(3);
  });

  it('refuses a broken set: one log line, the current rules stay, and a later good set is taken', async () => {
    const a = machine('bot-a');
    const b = machine('bot-b');
    await a.sync.start();
    await b.sync.start();
    const before = readRuleFiles(b.rulesDir);
    writeFileSync(join(a.rulesDir, 'categories/lighting.yaml'), 'code: lighting\nname: [照明\n');
    expect(await a.sync.publish()).toBe(2);

    expect(await b.sync.follow()).toBe(false);
    expect(readRuleFiles(b.rulesDir)).toEqual(before);
    const errors = b.logger.entries.filter((e) => e.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.msg).toBe('published rule set "default" revision 2 is broken and was not applied; keeping the current rules');
    expect(JSON.stringify(errors[0]!.obj)).toContain('categories/lighting.yaml');
    expect(await b.sync.follow()).toBe(false); // told once, not on every tick
    expect(b.logger.entries.filter((e) => e.level === 'error')).toHaveLength(1);

    writeRuleEdits(b.rulesDir, [{ category: 'lighting', section: 'objects', term: '萤火柱', weight: 3 }]);
    expect(await b.sync.publish()).toBe(3);
    expect(await a.sync.follow()).toBe(true);
    expect(loadRuleSet(a.rulesDir).classifier.classify(REPORT).category).toBe('lighting');
  });

  it('a process untouched since its last sync adopts the newer set at start, and sets of other names stay apart', async () => {
    const a = machine('bot-a');
    const b = machine('bot-b');
    await a.sync.start();
    await b.sync.start(); // in step with revision 1; then B stops
    writeRuleEdits(a.rulesDir, [LIGHTING_EDIT]);
    await a.sync.publish();

    b.restart(); // its files untouched while it was down
    expect(await b.sync.start()).toBe(true);
    expect(readRuleFiles(b.rulesDir)).toEqual(readRuleFiles(a.rulesDir));
    expect(await b.sync.follow()).toBe(false);

    const other = machine('bot-c', '银湖社区'); // a community that keeps its own rules
    expect(await other.sync.start()).toBe(false);
    expect(await other.sync.follow()).toBe(false);
    expect(loadRuleSet(other.rulesDir).classifier.classify(REPORT).category).not.toBe('lighting');
    expect(await countRows(db(), 'rule_sets')).toBe(3);
  });

  it('keeps a hand edit made while the process was stopped, publishes it, and the others take it', async () => {
    const a = machine('bot-a');
    const b = machine('bot-b');
    await a.sync.start();
    await b.sync.start();
    writeRuleEdits(a.rulesDir, [LIGHTING_EDIT]); // revision 2, published while B is down
    expect(await a.sync.publish()).toBe(2);

    writeRuleEdits(b.rulesDir, [ROAD_EDIT]); // B's user edits rules/ by hand while B is stopped
    const edited = readRuleFiles(b.rulesDir);
    b.restart();
    expect(await b.sync.start()).toBe(false);
    expect(readRuleFiles(b.rulesDir)).toEqual(edited); // not overwritten by revision 2
    expect((await ruleSetStore(db()).latest('default'))?.files).toEqual(edited);
    const infos = b.logger.entries.filter((e) => e.level === 'info').map((e) => e.msg);
    expect(infos).toEqual([
      `local rules in ${b.rulesDir} changed since the last sync with the store; keeping them and publishing them as revision 3 of "default" over revision 2`,
    ]);

    // No ping-pong: B's next ticks and restarts change nothing; A takes B's set and stays with it.
    expect(await b.sync.follow()).toBe(false);
    expect(await b.sync.publish()).toBeNull();
    b.restart();
    expect(await b.sync.start()).toBe(false);
    expect(await a.sync.follow()).toBe(true);
    expect(readRuleFiles(a.rulesDir)).toEqual(edited);
    expect(await a.sync.follow()).toBe(false);
    expect(await b.sync.follow()).toBe(false);
    expect(await countRows(db(), 'rule_sets')).toBe(3);
  });

  it('a process with no record whose files differ from the store publishes them instead of overwriting them', async () => {
    const a = machine('bot-a');
    await a.sync.start();
    writeRuleEdits(a.rulesDir, [LIGHTING_EDIT]);
    await a.sync.publish();

    const b = machine('bot-b'); // never synced (e.g. sharing just switched on) and its own rules
    writeRuleEdits(b.rulesDir, [ROAD_EDIT]);
    const own = readRuleFiles(b.rulesDir);
    expect(await b.sync.start()).toBe(false);
    expect(readRuleFiles(b.rulesDir)).toEqual(own);
    expect(await ruleSetStore(db()).latest('default')).toMatchObject({ revision: 3, files: own });
    expect(await b.sync.follow()).toBe(false);
    expect(await countRows(db(), 'rule_sets')).toBe(3);
  });

  it('on the tick publishes a local edit not yet published instead of taking a newer set over it', async () => {
    const a = machine('bot-a');
    const b = machine('bot-b');
    await a.sync.start();
    await b.sync.start();
    writeRuleEdits(a.rulesDir, [LIGHTING_EDIT]);
    await a.sync.publish();
    writeRuleEdits(b.rulesDir, [ROAD_EDIT]); // saved at B; B's reload has not run yet
    const edited = readRuleFiles(b.rulesDir);

    expect(await b.sync.follow()).toBe(false);
    expect(readRuleFiles(b.rulesDir)).toEqual(edited);
    expect(await ruleSetStore(db()).latest('default')).toMatchObject({ revision: 3, files: edited });
    expect(await b.sync.publish()).toBeNull(); // the late reload: already published
    expect(await b.sync.follow()).toBe(false);
    expect(await countRows(db(), 'rule_sets')).toBe(3);
  });

  it('on the tick leaves a local edit that does not load alone, loads it once rather than on every tick, and publishes it once fixed', async () => {
    const a = machine('bot-a');
    await a.sync.start();
    const cues = join(a.rulesDir, 'cues.yaml');
    const good = readFileSync(cues, 'utf8');
    writeFileSync(cues, 'cues: [unclosed\n');
    const checksOfA = () => vi.mocked(checkRuleSet).mock.calls.filter(([dir]) => dir === a.rulesDir).length;
    const before = checksOfA();

    expect(await a.sync.follow()).toBe(false);
    expect(await a.sync.follow()).toBe(false);
    expect(checksOfA() - before).toBe(1);
    expect(await ruleSetStore(db()).latest('default')).toMatchObject({ revision: 1 });

    writeFileSync(cues, good);
    writeRuleEdits(a.rulesDir, [LIGHTING_EDIT]);
    expect(await a.sync.follow()).toBe(false);
    expect(await ruleSetStore(db()).latest('default')).toMatchObject({ revision: 2, files: readRuleFiles(a.rulesDir) });
  });

  it('keeps the record in the data directory, mode 600, outside the rules', async () => {
    const a = machine('bot-a');
    await a.sync.start();
    const [record] = readdirSync(a.dataDir);
    expect(record).toMatch(/^rule-set-[0-9a-f]{12}\.json$/);
    expect(statSync(join(a.dataDir, record!)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(a.dataDir, record!), 'utf8'))).toMatchObject({ ruleSet: 'default', revision: 1 });
    expect(readdirSync(a.rulesDir).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

describe('sharedRuleSetName', () => {
  it('shares on PostgreSQL, or on SQLite only when config ruleSet is set', () => {
    expect(sharedRuleSetName(undefined, 'data/yishiting.db')).toBeNull();
    expect(sharedRuleSetName(undefined, 'postgres://u@db/district')).toBe('default');
    expect(sharedRuleSetName('金阳社区', 'data/yishiting.db')).toBe('金阳社区');
    expect(sharedRuleSetName('金阳社区', 'postgresql://u@db/district')).toBe('金阳社区');
  });
});
