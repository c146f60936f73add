// `yishiting rules suggest`: corrections recorded in a database file become rule edits; --apply
// writes them into a copy of the rules and runs rules check.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as rulesRun } from '../../src/cli/rules.js';
import { closeDatabase, openDatabase } from '../../src/infra/db/open-database.js';
import { createSqliteRuleSetStore } from '../../src/infra/db/sqlite-rule-sets.js';
import { CONFIG_TEMPLATE } from '../../src/infra/config-template.js';
import { readRuleFiles } from '../../src/infra/rules/rule-files.js';
import { at, makeFixture, POLICY } from '../infra/db/store-fixture.js';
import { captureCli } from './export-capture.js';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let dbFile: string;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'yishiting-suggest-'));
  cpSync(path.join(root, 'rules'), path.join(dir, 'rules'), { recursive: true });
  dbFile = path.join(dir, 'y.db');
  const f = await makeFixture(dbFile);
  const ticketId = (await f.store.intake(f.report('m1'), POLICY)).ticket.id;
  // A made-up word for a slide the rules do not know: staff moved the ticket to road.
  await f.store.recordCorrection({
    communityId: f.community.id,
    ticketId,
    kind: 'recategorise',
    text: '儿童区的咕噜滑梯螺丝掉了，晃得厉害，麻烦看看',
    fromCategory: 'other',
    toCategory: 'road',
    staff: '王主任',
    at: at(1),
  });
  f.db.$client.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const suggest = async (...args: string[]) => {
  const r = await captureCli(rulesRun, ['suggest', '--db', dbFile, '--rules', path.join(dir, 'rules'), ...args]);
  return { status: r.code, stdout: r.out, stderr: r.err };
};

describe('yishiting rules suggest', () => {
  it('shows each suggestion with the corrections it fixes and the examples it breaks, in Chinese', async () => {
    const r = await suggest();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('共 1 条更正');
    expect(r.stdout).toMatch(/建议 1：在「道路设施（road）」的 objects 里加「.+」，权重 3/);
    expect(r.stdout).toMatch(/依据：标成这一类的更正和例子里有 1 条说到「.+」，标成别的有 0 条/);
    expect(r.stdout).toContain('「儿童区的咕噜滑梯螺丝掉了，晃得厉害，麻烦看看」（#改类：其他（other） → 道路设施（road），王主任');
    expect(r.stdout).toContain('会判错的例子：无');
  });

  it('--apply writes the edit into the category file, keeping its comments, and runs rules check', async () => {
    const file = path.join(dir, 'rules/categories/road.yaml');
    const comments = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('#'));
    // A config that names its rule set shares the rules through the store, even on SQLite.
    const config = path.join(dir, 'yishiting.config.yaml');
    writeFileSync(config, `${CONFIG_TEMPLATE}\nruleSet: 金阳社区\n`);
    const r = await suggest('--apply', '--config', config);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('已写入 1 条建议');
    expect(r.stdout).toContain('检查通过');
    const after = readFileSync(file, 'utf8');
    for (const c of comments) expect(after).toContain(c);
    // Published to the store, so that the bots of a district on other machines take the edit up.
    expect(r.stdout).toContain('已发布到数据库（规则集「金阳社区」第 1 版）');
    const db = openDatabase(dbFile);
    const published = await createSqliteRuleSetStore(db).latest('金阳社区');
    closeDatabase(db);
    expect(published?.files).toEqual(readRuleFiles(path.join(dir, 'rules')));
    expect(published?.publishedBy).toBe('rules suggest');
    // Run again: the correction is now right.
    expect((await suggest()).stdout).toContain('现在的规则已判对 1 条');
  });

  it('--apply on SQLite without ruleSet in the config publishes nothing: one machine already shares its rules/', async () => {
    const r = await suggest('--apply');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('已写入 1 条建议');
    expect(r.stdout).not.toContain('已发布');
    const db = openDatabase(dbFile);
    const published = await createSqliteRuleSetStore(db).latest('default');
    closeDatabase(db);
    expect(published).toBeNull();
  });
});
