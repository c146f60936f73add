// Trains the learned second opinion (learned-model.ts) on labelled messages: logistic regression
// for "report" and "urgent report", softmax regression for the category, by stochastic gradient
// descent over the character n-grams of each reply. The report model weighs each n-gram by
// 1/√(the message's n-gram count): a long message is not more likely a report for holding more
// words, and a short plain one (楼道灯不亮) is judged on what it says, not on how little. (The
// urgent model is not scaled: scaled, it grew sure of short calm messages, 卡住了 of paperwork.) Deterministic: the same messages in the same
// order give the same model. N-grams seen in fewer than `minCount` messages are left out, so
// that no single message's wording is learnt by heart.
import { seededRandom } from '../seeded-random.js';
import { createGramTable, gramRows } from './gram-table.js';
import { inputScale, type LearnedModelData, type LearnedThresholds } from './learned-model.js';

export interface LabelledMessage {
  /** The reply as learnedText gives it. */
  text: string;
  report: boolean;
  /** Reports only; absent or null: the example teaches no category. */
  category?: string | null | undefined;
  /** Absent: the example teaches nothing about urgency. */
  urgent?: boolean | undefined;
}

export interface TrainOptions {
  categories: readonly string[];
  thresholds: LearnedThresholds;
  trained: LearnedModelData['trained'];
  minCount?: number;
  epochs?: number;
  rate?: number;
  /** The report model's learning rate (its inputs are scaled down by the message's length). */
  reportRate?: number;
  /** How much more an urgent example weighs than a calm one (there are few of them). */
  urgentWeight?: number;
  seed?: number;
  /** Called after each epoch of each model: for progress output. */
  progress?: (model: 'report' | 'urgent' | 'category', epoch: number, of: number) => void;
}

export const DEFAULT_THRESHOLDS: LearnedThresholds = { rescue: 0.9, urgent: 0.9, category: 0.9, reroute: 0.95, veto: 0.02 };

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The n-gram strings of `text` (at each position, those of one, two and three code units ending there), each once. */
function gramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (let end = 1; end <= text.length; end++) for (let n = 1; n <= Math.min(3, end); n++) grams.add(text.slice(end - n, end));
  return grams;
}

function encode(weights: Float64Array): { scale: number; weights: string } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) bytes[i] = Math.round(weights[i]! / scale);
  return { scale, weights: Buffer.from(bytes.buffer).toString('base64') };
}

export function trainLearnedModel(messages: readonly LabelledMessage[], options: TrainOptions): LearnedModelData {
  const { categories, minCount = 5, epochs = 8, rate = 0.1, reportRate = 6, urgentWeight = 3, seed = 7, progress } = options;
  const random = seededRandom(seed);
  // The n-grams of enough messages, in order of first appearance.
  const seen = new Map<string, number>();
  for (const m of messages) for (const g of gramsOf(m.text)) seen.set(g, (seen.get(g) ?? 0) + 1);
  const grams = [...seen].flatMap(([g, count]) => (count >= minCount ? [g] : []));
  const table = createGramTable(grams);
  const rows = messages.map((m) => {
    const r = new Int32Array(m.text.length * 3);
    return r.subarray(0, gramRows(m.text, table, r));
  });
  const step = (i: number) => rate / Math.sqrt(Math.max(1, rows[i]!.length));

  // `scaled`: each n-gram counts 1/√count (inputScale), at `reportRate`; else 1, at `step`.
  const binary = (name: 'report' | 'urgent', label: (m: LabelledMessage) => boolean | undefined, positive: number, scaled: boolean) => {
    const w = new Float64Array(grams.length);
    let bias = 0;
    const taught = messages.flatMap((m, i) => (label(m) === undefined ? [] : [i]));
    for (let epoch = 1; epoch <= epochs; epoch++) {
      for (const j of shuffled(taught.length, random)) {
        const i = taught[j]!;
        const y = label(messages[i]!) ? 1 : 0;
        const x = scaled ? inputScale(rows[i]!.length) : 1;
        let z = 0;
        for (const r of rows[i]!) z += w[r]!;
        z = bias + z * x;
        const g = (1 / (1 + Math.exp(-z)) - y) * (y === 1 ? positive : 1);
        const s = (scaled ? reportRate * x : step(i)) * g;
        for (const r of rows[i]!) w[r]! -= s;
        bias -= rate * g;
      }
      progress?.(name, epoch, epochs);
    }
    return { bias, ...encode(w) };
  };
  const report = binary('report', (m) => m.report, 1, true);
  const urgent = binary('urgent', (m) => (m.report ? m.urgent : false), urgentWeight, false);

  const k = categories.length;
  const cw = new Float64Array(grams.length * k);
  const cb = new Float64Array(k);
  const column = new Map(categories.map((c, j) => [c, j]));
  const taught = messages.flatMap((m, i) => (m.report && m.category != null && column.has(m.category) ? [i] : []));
  const p = new Float64Array(k);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const j of shuffled(taught.length, random)) {
      const i = taught[j]!;
      const y = column.get(messages[i]!.category!)!;
      p.set(cb);
      for (const r of rows[i]!) for (let c = 0; c < k; c++) p[c]! += cw[r * k + c]!;
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, p[c]!);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += p[c] = Math.exp(p[c]! - max);
      for (let c = 0; c < k; c++) p[c] = p[c]! / sum - (c === y ? 1 : 0);
      const s = step(i);
      for (const r of rows[i]!) for (let c = 0; c < k; c++) cw[r * k + c]! -= s * p[c]!;
      for (let c = 0; c < k; c++) cb[c]! -= rate * p[c]!;
    }
    progress?.('category', epoch, epochs);
  }
  return {
    version: 2,
    trained: options.trained,
    thresholds: options.thresholds,
    categories: [...categories],
    grams,
    report,
    urgent,
    category: { bias: [...cb], ...encode(cw) },
  };
}
