import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { trainLearnedModel } from '../../../src/core/classify/train-learned-model.js';
import { learnedModelFile, loadLearnedModel } from '../../../src/infra/rules/load-learned-model.js';
import { RulesError } from '../../../src/infra/rules/rules-error.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'yishiting-learned-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const codes = new Set(['lighting', 'elevator']);
const model = () =>
  trainLearnedModel(
    [
      { text: '路灯坏了', report: true, category: 'lighting', urgent: false },
      { text: '电梯坏了', report: true, category: 'elevator', urgent: true },
      { text: '路灯真好', report: false },
    ],
    {
      categories: ['elevator', 'lighting'],
      thresholds: { rescue: 0.9, urgent: 0.9, category: 0.9, reroute: 0.95, veto: 0.05 },
      trained: { messages: 3, sources: ['t'], hash: 'h' },
      minCount: 1,
    },
  );
const write = (data: unknown) => writeFileSync(learnedModelFile(dir), typeof data === 'string' ? data : JSON.stringify(data));
const problem = (): RulesError => {
  try {
    loadLearnedModel(dir, codes);
  } catch (err) {
    expect(err).toBeInstanceOf(RulesError);
    return err as RulesError;
  }
  throw new Error('expected a RulesError');
};

describe('loadLearnedModel', () => {
  it('is undefined without a file: the rules decide alone', () => {
    expect(loadLearnedModel(dir, codes)).toBeUndefined();
  });

  it('loads what trainLearnedModel wrote', () => {
    const m = model();
    write(m);
    expect(loadLearnedModel(dir, codes)).toEqual(m);
  });

  it('says to train again when the file is not JSON, has the wrong shape or the wrong sizes', () => {
    write('{"version": 1,');
    expect(problem().problem).toMatch(/不是有效的 JSON.*rules train/);
    write({ ...model(), thresholds: { rescue: 2, urgent: 0.9, category: 0.9, reroute: 0.95, veto: 0.05 } });
    expect(problem()).toMatchObject({ field: 'thresholds.rescue' });
    write({ ...model(), grams: [...model().grams, '多'] });
    expect(problem().problem).toMatch(/个数.*对不上.*rules train/);
  });

  it('refuses a model of categories the rules do not have', () => {
    write({ ...model(), categories: ['elevator', 'street_lamp'] });
    expect(problem()).toMatchObject({ field: 'categories' });
    expect(problem().problem).toContain('street_lamp');
  });
});

describe('loadLearnedModel counts weights without decoding them', () => {
  it('counts every padding of base64 right, and refuses text cut short', () => {
    for (const size of [3, 4, 5]) {
      const m = model();
      const grams = Array.from({ length: size }, (_, i) => `字${i}`);
      const weights = Buffer.from(new Int8Array(size).buffer).toString('base64');
      write({
        ...m,
        grams,
        report: { ...m.report, weights },
        urgent: { ...m.urgent, weights },
        category: { ...m.category, weights: Buffer.from(new Int8Array(size * 2).buffer).toString('base64') },
      });
      expect(loadLearnedModel(dir, codes)?.grams).toEqual(grams);
    }
    write({ ...model(), report: { ...model().report, weights: 'AAA' } });
    expect(problem()).toMatchObject({ field: 'report.weights' });
  });
});
