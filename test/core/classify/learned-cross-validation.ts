// npm run eval:learned [-- FILE.jsonl …] — how much the learned second opinion helps on messages
// it was not trained on. The labelled corpora (CORPORA of real-classifier.ts) are split into FOLDS groups
// of whole files (one author's set never straddles training and test); each group is classified
// by the rules alone and by the rules with a model trained on the other groups (and
// rules/examples.yaml). Files named on the command line are only ever tested, by a model trained
// on every corpus. Prints the figures of score-classify.mjs (real-classifier.ts scoreOutcomes) for both, side by side.
// Thresholds can be tried without retraining: LEARNED_RESCUE, LEARNED_URGENT,
// LEARNED_CATEGORY, LEARNED_REROUTE, LEARNED_VETO (probabilities).
import { type TrainingSource, trainModel } from '../../../src/app/train-model.js';
import { createClassifier } from '../../../src/core/classify/create-classifier.js';
import type { LearnedModelData } from '../../../src/core/classify/learned-model.js';
import type { Rules } from '../../../src/core/classify/rules.js';
import { DEFAULT_THRESHOLDS } from '../../../src/core/classify/train-learned-model.js';
import type { Classification } from '../../../src/core/classify/types.js';
import type { RuleExample } from '../../../src/core/classify/check-examples.js';
import { CORPORA, type Labelled, readCorpus, rulesDir, rules as shipped, scoreOutcomes, segmenter } from './real-classifier.js';
import { createToSimplified } from '../../../src/infra/to-simplified.js';
import { loadExamples } from '../../../src/infra/rules/load-examples.js';
import { readLabelledMessages } from '../../../src/infra/rules/read-labelled-messages.js';

const FOLDS = 5;
const { learned: _shipped, ...ruleOnly } = shipped;
const rules: Rules = ruleOnly;
const toSimplified = createToSimplified();
const env = (name: string, fallback: number) => (process.env[name] !== undefined ? Number(process.env[name]) : fallback);
const thresholds = {
  rescue: env('LEARNED_RESCUE', DEFAULT_THRESHOLDS.rescue),
  urgent: env('LEARNED_URGENT', DEFAULT_THRESHOLDS.urgent),
  category: env('LEARNED_CATEGORY', DEFAULT_THRESHOLDS.category),
  reroute: env('LEARNED_REROUTE', DEFAULT_THRESHOLDS.reroute),
  veto: env('LEARNED_VETO', DEFAULT_THRESHOLDS.veto),
};

type Outcome = Pick<Classification, 'report' | 'category' | 'urgent' | 'building'>;

/** score-classify's figures, as one line. */
function line(gold: readonly Labelled[], outcomes: readonly Outcome[]): string {
  const f = scoreOutcomes(gold, outcomes);
  const r = (x: number) => x.toFixed(3);
  return `P ${r(f.reportPrecision)}  R ${r(f.reportRecall)}  cat ${r(f.categoryAccuracy)}  UR ${r(f.urgentRecall)}  UP ${r(f.urgentPrecision)}`;
}

/** A labelled message as training material. */
const example = (g: Labelled): RuleExample => ({ text: g.text, report: g.report, category: g.category ?? undefined, urgent: g.urgent });
const sets = CORPORA.map((name) => ({ name, gold: readCorpus(name) }));
const examples: TrainingSource = { name: 'examples.yaml', messages: loadExamples(rulesDir) };
const withModel = (sources: TrainingSource[]) => {
  const learned: LearnedModelData = { ...trainModel(rules, sources, toSimplified), thresholds };
  return createClassifier({ ...rules, learned }, segmenter);
};
const byRules = createClassifier(rules, segmenter);

/** Every message of `test` classified by the rules alone and with a model trained on `train`; prints both lines. */
function run(name: string, test: readonly Labelled[], train: TrainingSource[], pooled: [Outcome[], Outcome[]]): void {
  const classifier = withModel(train);
  const before = test.map((g) => byRules.classify(g.text));
  const after = test.map((g) => classifier.classify(g.text));
  console.log(`${name.padEnd(28)} rules ${line(test, before)}\n${''.padEnd(28)} +model ${line(test, after)}`);
  pooled[0].push(...before);
  pooled[1].push(...after);
}

console.log(`thresholds ${JSON.stringify(thresholds)}; ${FOLDS} folds over ${sets.length} corpus files`);
const pooledGold: Labelled[] = [];
const pooled: [Outcome[], Outcome[]] = [[], []];
for (let fold = 0; fold < FOLDS; fold++) {
  const test = sets.filter((_, i) => i % FOLDS === fold).flatMap((s) => s.gold);
  const train = sets.filter((_, i) => i % FOLDS !== fold).map((s) => ({ name: s.name, messages: s.gold.map(example) }));
  run(`fold ${fold + 1} (${sets.filter((_, i) => i % FOLDS === fold).length} files)`, test, [...train, examples], pooled);
  pooledGold.push(...test);
}
console.log(
  `${'pooled, cross-validated'.padEnd(28)} rules ${line(pooledGold, pooled[0])}\n${''.padEnd(28)} +model ${line(pooledGold, pooled[1])}`,
);
const outside = process.argv.slice(2);
if (outside.length > 0) {
  const all = sets.map((s) => ({ name: s.name, messages: s.gold.map(example) }));
  const held = readLabelledMessages(outside).flatMap((s) =>
    s.messages.map(
      (m, i): Labelled => ({
        id: `${s.file}:${i + 1}`,
        text: m.text,
        report: m.report,
        category: m.category ?? null,
        urgent: m.urgent === true,
        building: null,
      }),
    ),
  );
  run(`${outside.length} outside file(s)`, held, [...all, examples], [[], []]);
}
