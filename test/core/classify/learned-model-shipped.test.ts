// The shipped rules/learned-model.json was trained on the labelled corpora and examples as they
// are now: change a corpus or rules/examples.yaml and `npm run train:model` must run again.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashTrainingData } from '../../../src/app/train-model.js';
import { loadExamples } from '../../../src/infra/rules/load-examples.js';
import { readLabelledMessages } from '../../../src/infra/rules/read-labelled-messages.js';
import { rules, rulesDir } from './real-classifier.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the shipped learned model', () => {
  it('was trained on the current corpora and examples (else run npm run train:model)', () => {
    const dir = 'test/fixtures/corpus';
    const files = readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => `${dir}/${f}`);
    const sources = [
      ...readLabelledMessages(files.map((f) => path.join(root, f))).map((s, i) => ({ name: files[i]!, messages: s.messages })),
      { name: 'examples.yaml', messages: loadExamples(rulesDir) },
    ];
    expect(rules.learned?.trained.sources).toEqual(sources.map((s) => s.name));
    expect(rules.learned?.trained.hash).toBe(hashTrainingData(sources));
  });

  it('knows every enabled category of the rules', () => {
    const enabled = rules.categories.filter((c) => c.enabled).map((c) => c.code);
    expect(rules.learned?.categories).toEqual(expect.arrayContaining(enabled));
  });
});
