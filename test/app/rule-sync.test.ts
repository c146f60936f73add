// Rule changes reach every process of a district: two processes' worth of objects (two rule set
// stores on one database, two rules directories in temporary folders), on both dialects. A change
// published by A reaches B's files and B's classifier; a broken set is refused; nothing echoes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/app/load-rule-set.js';
import { createRuleSync, type RuleSync } from '../../src/app/rule-sync.js';
import { createSqliteRuleSetStore } from '../../src/infra/db/sqlite-rule-sets.js';
import { createPgRuleSetStore } from '../../src/infra/pg/pg-rule-sets.js';
import { readRuleFiles } from '../../src/infra/rules/rule-files.js';
import type { RuleSetStore } from '../../src/infra/rules/rule-set-store.js';
import { writeRuleEdits } from '../../src/infra/rules/write-rule-edits.js';
import { countRows, DIALECTS, type DialectDb, useDialectDatabase } from '../helpers/dialect-database.js';
import { createRecordingLogger } from '../helpers/recording-logger.js';

const T0 = new Date('2026-12-02T03:00:00Z');
const REPORT = '3号楼门口的萤火柱不亮了';
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped rules, as one machine's rules directory. */
function rulesCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-rule-sync-'));
  scratch.push(dir);
  cpSync('rules', dir, { recursive: true });
  return dir;
}

describe.each(DIALECTS)('rules published on %s reach the other process', (dialect) => {
  const db = useDialectDatabase(dialect);
  const ruleSetStore = (d: DialectDb): RuleSetStore =>
    d.dialect === 'sqlite' ? createSqliteRuleSetStore(d.db) : createPgRuleSetStore(d.db);
  const machine = (by: string, name = 'default') => {
    const rulesDir = rulesCopy();
    const logger = createRecordingLogger();
    const sync: RuleSync = createRuleSync({ store: ruleSetStore(db()), rulesDir, name, by, clock: () => T0, logger });
    return { rulesDir, logger, sync };
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

  it('adopts the store’s set at start, and keeps sets of other names apart', async () => {
    const a = machine('bot-a');
    await a.sync.start();
    writeRuleEdits(a.rulesDir, [{ category: 'lighting', section: 'objects', term: '萤火柱', weight: 3 }]);
    await a.sync.publish();

    const b = machine('bot-b'); // started later with the shipped rules
    expect(await b.sync.start()).toBe(true);
    expect(readRuleFiles(b.rulesDir)).toEqual(readRuleFiles(a.rulesDir));

    const other = machine('bot-c', '银湖社区'); // a community that keeps its own rules
    expect(await other.sync.start()).toBe(false);
    expect(await other.sync.follow()).toBe(false);
    expect(loadRuleSet(other.rulesDir).classifier.classify(REPORT).category).not.toBe('lighting');
    expect(await countRows(db(), 'rule_sets')).toBe(3);
  });
});
