// `yishiting rules train`: labelled corpus files, the rules' examples and the staff's recorded
// corrections become rules/learned-model.json, which the rules then load as their second opinion.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as rulesRun } from '../../src/cli/rules.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/classify/train-learned-model.js';
import { loadRules } from '../../src/infra/rules/load-rules.js';
import { at, makeFixture, POLICY } from '../infra/db/store-fixture.js';
import { captureCli } from './export-capture.js';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let rules: string;
let corpus: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'yishiting-train-'));
  rules = path.join(dir, 'rules');
  cpSync(path.join(root, 'rules'), rules, { recursive: true });
  rmSync(path.join(rules, 'learned-model.json'), { force: true });
  corpus = path.join(dir, 'corpus.jsonl');
  cpSync(path.join(root, 'test/fixtures/corpus/dev.jsonl'), corpus);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const train = (...args: string[]) => captureCli(rulesRun, ['train', '--rules', rules, ...args]);

describe('yishiting rules train', () => {
  it('learns from a corpus and the examples, writes the model into the rules, and the rules load it', async () => {
    expect(loadRules(rules).learned).toBeUndefined();
    const r = await train('--corpus', corpus);
    expect(r.err).toMatch(/读取了 2 份材料，共 \d+ 条消息/);
    expect(r.err).toContain('哪一类：学完 8 轮');
    expect(r.code).toBe(0);
    expect(r.out).toContain('learned-model.json');
    const learned = loadRules(rules).learned!;
    expect(learned.trained.sources).toEqual([corpus, 'examples.yaml']);
    expect(learned.categories).toContain('lighting');
    expect(learned.grams.length).toBeGreaterThan(100);
  });

  it('keeps the thresholds of the model it replaces', async () => {
    await train('--corpus', corpus);
    const file = path.join(rules, 'learned-model.json');
    const model = JSON.parse(readFileSync(file, 'utf8'));
    model.thresholds.rescue = 0.97;
    writeFileSync(file, JSON.stringify(model));
    await train('--corpus', corpus);
    expect(loadRules(rules).learned!.thresholds.rescue).toBe(0.97);
  });

  it('replaces a model of an older version, which the rules refuse to load, keeping its valid thresholds', async () => {
    await train('--corpus', corpus);
    const file = path.join(rules, 'learned-model.json');
    const old = { ...JSON.parse(readFileSync(file, 'utf8')), version: 1 };
    old.thresholds = { rescue: 0.97, urgent: 'high' };
    writeFileSync(file, JSON.stringify(old));
    expect(() => loadRules(rules)).toThrow(/旧版本.*rules train/);
    const r = await train('--corpus', corpus);
    expect(r.code).toBe(0);
    const learned = loadRules(rules).learned!;
    expect(learned.version).toBe(2);
    expect(learned.thresholds).toEqual({ ...DEFAULT_THRESHOLDS, rescue: 0.97 });
  });

  it('with --db, learns from the staff’s corrections too', async () => {
    const dbFile = path.join(dir, 'y.db');
    const f = await makeFixture(dbFile);
    const ticketId = (await f.store.intake(f.report('m1'), POLICY)).ticket.id;
    await f.store.recordCorrection({
      communityId: f.community.id,
      ticketId,
      kind: 'not_report',
      text: '楼下花坛的月季开得真好',
      fromCategory: 'greenery',
      toCategory: null,
      staff: '王主任',
      at: at(1),
    });
    f.db.$client.close();
    const r = await train('--corpus', corpus, '--db', dbFile);
    expect(r.code).toBe(0);
    expect(loadRules(rules).learned!.trained.sources).toContain('工作人员更正');
  });

  it('names the file and line of a bad corpus line, and writes nothing', async () => {
    writeFileSync(corpus, `${readFileSync(corpus, 'utf8')}{"text": "路灯不亮", "report": "是"}\n`);
    const r = await train('--corpus', corpus);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/corpus\.jsonl，第 \d+ 行，字段「report」：report 只能是 true 或 false/);
    expect(loadRules(rules).learned).toBeUndefined();
  });

  it('refuses to learn from too few messages', async () => {
    writeFileSync(corpus, '{"text": "路灯不亮", "report": true, "category": "lighting"}\n');
    const r = await train('--corpus', corpus);
    expect(r.code).toBe(2);
    expect(r.err).toContain('太少了');
  });

  it('says which option wants a value', async () => {
    const r = await train('--corpus');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--corpus 后面要跟一个值');
  });
});
