// npm run eval:learned [-- FILE.jsonl …] — how much the learned second opinion helps on messages
// it was not trained on. The labelled corpora (test/fixtures/corpus) are split into FOLDS groups
// of whole files (one author's set never straddles training and test); each group is classified
// by the rules alone and by the rules with a model trained on the other groups (and
// rules/examples.yaml). Files named on the command line are only ever tested, by a model trained
// on every corpus. Prints the figures of score-classify.mjs for both, side by side.
// Thresholds can be tried without retraining: LEARNED_RESCUE, LEARNED_URGENT,
// LEARNED_CATEGORY, LEARNED_REROUTE (probabilities).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { type TrainingSource, trainModel } from '../../../src/app/train-model.js';
import { createClassifier } from '../../../src/core/classify/create-classifier.js';
import type { LearnedModelData } from '../../../src/core/classify/learned-model.js';
import type { Rules } from '../../../src/core/classify/rules.js';
import { DEFAULT_THRESHOLDS } from '../../../src/core/classify/train-learned-model.js';
import type { Classification } from '../../../src/core/classify/types.js';
import { createJiebaSegmenter } from '../../../src/infra/jieba-segmenter.js';
import { createToSimplified } from '../../../src/infra/to-simplified.js';
import { loadExamples } from '../../../src/infra/rules/load-examples.js';
import { loadRules } from '../../../src/infra/rules/load-rules.js';
import { readLabelledMessages } from '../../../src/infra/rules/read-labelled-messages.js';

const FOLDS = 5;
const root = path.resolve(import.meta.dirname, '../../..');
const rulesDir = path.join(root, 'rules');
const corpusDir = path.join(root, 'test/fixtures/corpus');
const { learned: _shipped, ...ruleOnly } = loadRules(rulesDir);
const rules: Rules = ruleOnly;
const segmenter = createJiebaSegmenter(rules);
const toSimplified = createToSimplified();
const env = (name: string, fallback: number) => (process.env[name] !== undefined ? Number(process.env[name]) : fallback);
const thresholds = {
  rescue: env('LEARNED_RESCUE', DEFAULT_THRESHOLDS.rescue),
  urgent: env('LEARNED_URGENT', DEFAULT_THRESHOLDS.urgent),
  category: env('LEARNED_CATEGORY', DEFAULT_THRESHOLDS.category),
  reroute: env('LEARNED_REROUTE', DEFAULT_THRESHOLDS.reroute),
};

interface Gold {
  text: string;
  report: boolean;
  category?: string | undefined;
  urgent?: boolean | undefined;
}

class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  cat = 0;
  utp = 0;
  ufp = 0;
  ufn = 0;
  add(g: Gold, o: Classification): void {
    if (g.report && o.report) {
      this.tp++;
      if (o.category === g.category) this.cat++;
    } else if (o.report) this.fp++;
    else if (g.report) this.fn++;
    const gu = g.report && g.urgent === true;
    const ou = o.report && o.urgent;
    if (gu && ou) this.utp++;
    else if (ou) this.ufp++;
    else if (gu) this.ufn++;
  }
  toString(): string {
    const r = (a: number, b: number) => (b > 0 ? a / b : 1).toFixed(3);
    return `P ${r(this.tp, this.tp + this.fp)}  R ${r(this.tp, this.tp + this.fn)}  cat ${r(this.cat, this.tp)}  UR ${r(this.utp, this.utp + this.ufn)}  UP ${r(this.utp, this.utp + this.ufp)}`;
  }
}

const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
const sets = readLabelledMessages(files.map((f) => path.join(corpusDir, f)));
const examples: TrainingSource = { name: 'examples.yaml', messages: loadExamples(rulesDir) };
const withModel = (sources: TrainingSource[]) => {
  const learned: LearnedModelData = { ...trainModel(rules, sources, toSimplified), thresholds };
  return createClassifier({ ...rules, learned }, segmenter);
};
const byRules = createClassifier(rules, segmenter);

function score(name: string, test: readonly Gold[], train: TrainingSource[]): [Tally, Tally] {
  const classifier = withModel(train);
  const before = new Tally();
  const after = new Tally();
  for (const g of test) {
    before.add(g, byRules.classify(g.text));
    after.add(g, classifier.classify(g.text));
  }
  console.log(`${name.padEnd(28)} rules ${before}\n${''.padEnd(28)} +model ${after}`);
  return [before, after];
}

const pooled = [new Tally(), new Tally()] as const;
const sum = (into: Tally, t: Tally) => {
  for (const k of ['tp', 'fp', 'fn', 'cat', 'utp', 'ufp', 'ufn'] as const) into[k] += t[k];
};
console.log(`thresholds ${JSON.stringify(thresholds)}; ${FOLDS} folds over ${sets.length} corpus files`);
for (let fold = 0; fold < FOLDS; fold++) {
  const test = sets.filter((_, i) => i % FOLDS === fold);
  const train = sets.filter((_, i) => i % FOLDS !== fold).map((s) => ({ name: s.file, messages: s.messages }));
  const [b, a] = score(
    `fold ${fold + 1} (${test.length} files)`,
    test.flatMap((s) => s.messages),
    [...train, examples],
  );
  sum(pooled[0], b);
  sum(pooled[1], a);
}
console.log(`${'pooled, cross-validated'.padEnd(28)} rules ${pooled[0]}\n${''.padEnd(28)} +model ${pooled[1]}`);
const outside = process.argv.slice(2);
if (outside.length > 0) {
  const all = sets.map((s) => ({ name: s.file, messages: s.messages }));
  const held = readLabelledMessages(outside).flatMap((s) => s.messages);
  score(`${outside.length} outside file(s)`, held, [...all, examples]);
}
