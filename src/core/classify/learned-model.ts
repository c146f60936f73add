// A learned second opinion on a message: three linear models over the character n-grams (one to
// three characters) of what the sender wrote, trained on labelled messages (`yishiting rules
// train`, train-learned-model.ts): how likely it is a report, how likely an urgent one, and which
// category. The rules decide; the opinion overrules them only when it is very sure
// (second-opinion.ts). The model is data: rules/learned-model.json.

import { createDialectReader } from './dialect.js';
import { createGramTable, type GramTable, gramRows } from './gram-table.js';
import type { Rules } from './rules.js';
import { splitQuote } from './split-quote.js';

/** The model as stored (rules/learned-model.json); weights are int8, scaled, base64. */
export interface LearnedModelData {
  /** 2: the report model scales its n-grams by 1/√count (inputScale); 1 did not. */
  version: 2;
  /** What it was trained on: message count, the sources, and a hash of their texts and labels. */
  trained: { messages: number; sources: string[]; hash: string };
  /** When the opinion overrules the rules (see second-opinion.ts). */
  thresholds: LearnedThresholds;
  /** Category codes, in the order of the category model's columns. */
  categories: string[];
  /** The n-grams the models know, in the order of their weight rows. */
  grams: string[];
  report: StoredHead;
  urgent: StoredHead;
  /** Rows × categories, row-major; one bias per category. */
  category: { bias: number[]; scale: number; weights: string };
}

export interface LearnedThresholds {
  /** A message the rules passed over is a report when its report probability reaches this. */
  rescue: number;
  /** A report is urgent when its urgent probability reaches this (the rules may say so too). */
  urgent: number;
  /** The learned category replaces the rules' one when its probability reaches this. */
  category: number;
  /** … and an urgent report's (sent where its danger belongs) only when it reaches this. */
  reroute: number;
  /**
   * A calm report the rules found on weak ground (no thing and its trouble said in one clause) is
   * no report when its report probability is below this. An urgent one always stays.
   */
  veto: number;
}

interface StoredHead {
  bias: number;
  scale: number;
  weights: string;
}

/** What the model says about one message. */
export interface Opinion {
  /** Probability that it is a new report. */
  report: number;
  /** Probability that it is an urgent report. */
  urgent: number;
  /** The most likely enabled category and its probability; null and 0 when not asked for. */
  category: string | null;
  categoryP: number;
}

export interface LearnedModel {
  readonly thresholds: LearnedThresholds;
  /**
   * `text`: the reply as learnedText gives it. The category (a softmax over every category, most
   * of the work) is worked out only when the report probability reaches `categoryFrom`.
   */
  opinion(text: string, categoryFrom?: number): Opinion;
  /** The n-grams of `text` that push hardest toward (or, `against`, away from) a report, strongest first. */
  reasons(text: string, against: boolean, count: number): string[];
}

/**
 * The text the models read: the reply (the part after a quote), digits as 0 (3号楼 and 12号楼 are
 * one pattern), Latin letters lower-case, runs of white space one space.
 */
export function learnedText(reply: string): string {
  return reply
    .replace(/[0-9０-９]/g, '0')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/**
 * What the models read of a whole message: learnedText of its reply, in simplified characters
 * and dialect spellings read as the rules read them (咗 → 了), as the rules' own reading does.
 */
export function createLearnedReader(rules: Rules, toSimplified: (text: string) => string): (text: string) => string {
  const readDialect = createDialectReader(rules.language.dialect ?? {});
  return (text) => learnedText(readDialect(splitQuote(toSimplified(text)).reply));
}

/** Decodes int8 base64 weights. */
export function decodeWeights(weights: string, scale: number): Float32Array {
  const bytes = Buffer.from(weights, 'base64');
  const out = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = ((bytes[i]! << 24) >> 24) * scale;
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** What each n-gram of a message of `count` n-grams counts for in the report model: 1/√count. */
export const inputScale = (count: number) => 1 / Math.sqrt(Math.max(1, count));

/** What a model's data decodes to: its gram table and weights (decoded once per data, shared). */
interface Decoded {
  table: GramTable;
  report: Float32Array;
  urgent: Float32Array;
  category: Float32Array;
}
const decoded = new WeakMap<LearnedModelData, Decoded>();

function decode(data: LearnedModelData): Decoded {
  let d = decoded.get(data);
  if (d === undefined) {
    d = {
      table: createGramTable(data.grams),
      report: decodeWeights(data.report.weights, data.report.scale),
      urgent: decodeWeights(data.urgent.weights, data.urgent.scale),
      category: decodeWeights(data.category.weights, data.category.scale),
    };
    decoded.set(data, d);
  }
  return d;
}

/** The model of `data`; `enabled`: the category codes it may choose (the rules' enabled ones). */
export function createLearnedModel(data: LearnedModelData, enabled: ReadonlySet<string>): LearnedModel {
  const { table, report, urgent, category } = decode(data);
  const k = data.categories.length;
  const usable = data.categories.map((c) => enabled.has(c));
  const z = new Float64Array(k);
  // The rows of the last text's grams, for its category (three per code unit at most).
  let seen = new Int32Array(768);
  const model: LearnedModel = {
    thresholds: data.thresholds,
    opinion(text, categoryFrom = 0) {
      if (seen.length < text.length * 3) seen = new Int32Array(text.length * 3);
      const count = gramRows(text, table, seen);
      let zReport = 0;
      let zUrgent = 0;
      for (let i = 0; i < count; i++) {
        zReport += report[seen[i]!]!;
        zUrgent += urgent[seen[i]!]!;
      }
      const x = inputScale(count);
      const p = sigmoid(data.report.bias + zReport * x);
      const pUrgent = sigmoid(data.urgent.bias + zUrgent);
      if (p < categoryFrom) return { report: p, urgent: pUrgent, category: null, categoryP: 0 };
      for (let j = 0; j < k; j++) z[j] = data.category.bias[j]!;
      for (let i = 0; i < count; i++) for (let j = 0, at = seen[i]! * k; j < k; j++) z[j]! += category[at + j]!;
      let best = -1;
      for (let j = 0; j < k; j++) if (usable[j] && (best < 0 || z[j]! > z[best]!)) best = j;
      let sum = 0;
      for (let j = 0; j < k; j++) if (usable[j]) sum += Math.exp(z[j]! - z[best]!);
      return { report: p, urgent: pUrgent, category: data.categories[best]!, categoryP: 1 / sum };
    },
    reasons(text, against, count) {
      const found = new Map<string, number>();
      const rows = new Int32Array(text.length * 3);
      const ends = new Int32Array(text.length * 3);
      const n = gramRows(text, table, rows, ends);
      for (let i = 0; i < n; i++) {
        const end = ends[i]! >> 2;
        const length = ends[i]! & 3;
        const w = against ? -report[rows[i]!]! : report[rows[i]!]!;
        if (length > 1 && w > 0) found.set(text.slice(end - length, end), w);
      }
      const ranked = [...found].sort((x, y) => y[1] - x[1]).map(([g]) => g);
      // A gram inside a stronger one already listed says nothing more.
      const shown: string[] = [];
      for (const g of ranked) {
        if (shown.length >= count) break;
        if (!shown.some((s) => s.includes(g) || g.includes(s))) shown.push(g);
      }
      return shown;
    },
  };
  return model;
}
