// `yishiting rules train`'s work: labelled messages (corpus files, the community's examples, staff
// corrections) → the learned second opinion for the rules in hand. Retraining keeps the
// thresholds of the model it replaces (`kept`), so that a community's choice of them survives;
// the defaults fill in the rest.
import { createHash } from 'node:crypto';
import type { RuleExample } from '../core/classify/check-examples.js';
import { createLearnedReader, type LearnedModelData, type LearnedThresholds } from '../core/classify/learned-model.js';
import type { Rules } from '../core/classify/rules.js';
import { DEFAULT_THRESHOLDS, type TrainOptions, trainLearnedModel } from '../core/classify/train-learned-model.js';

export interface TrainingSource {
  /** Shown in the model's `trained.sources` (a file name, 'examples.yaml', '工作人员更正'). */
  name: string;
  messages: readonly RuleExample[];
}

/** A hash of the labelled messages, in order: the same data gives the same hash. */
export function hashTrainingData(sources: readonly TrainingSource[]): string {
  const hash = createHash('sha256');
  for (const s of sources)
    for (const m of s.messages) hash.update(`${JSON.stringify([m.text, m.report, m.category ?? null, m.urgent ?? null])}\n`);
  return hash.digest('hex');
}

export function trainModel(
  rules: Rules,
  sources: readonly TrainingSource[],
  toSimplified: (text: string) => string,
  progress?: TrainOptions['progress'],
  kept: Partial<LearnedThresholds> = rules.learned?.thresholds ?? {},
): LearnedModelData {
  const read = createLearnedReader(rules, toSimplified);
  const messages = sources.flatMap((s) => s.messages.map((m) => ({ ...m, text: read(m.text) })));
  return trainLearnedModel(messages, {
    categories: rules.categories.map((c) => c.code),
    thresholds: { ...DEFAULT_THRESHOLDS, ...kept },
    trained: { messages: messages.length, sources: sources.map((s) => s.name), hash: hashTrainingData(sources) },
    ...(progress !== undefined ? { progress } : {}),
  });
}
