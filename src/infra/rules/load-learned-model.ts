// Loads rules/learned-model.json (optional): the learned second opinion `yishiting rules train`
// writes (core/classify/learned-model.ts). A missing file means rules only; a broken one is a
// RulesError that says to train again.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { LearnedModelData, LearnedThresholds } from '../../core/classify/learned-model.js';
import { RulesError } from './rules-error.js';

const RETRAIN = '请运行 yishiting rules train 重新生成。';
const probability = z.number().min(0).max(1);
const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, '权重不是 base64 文本')
  .refine((t) => t.length % 4 === 0, '权重不是 base64 文本（长度不是 4 的倍数）');
const head = z.strictObject({ bias: z.number(), scale: z.number().positive(), weights: base64 });

const thresholdsSchema = z.strictObject({
  rescue: probability,
  urgent: probability,
  category: probability,
  reroute: probability,
  veto: probability,
});

const modelSchema = z.strictObject({
  version: z.literal(2, '是旧版本的模型'),
  trained: z.strictObject({ messages: z.number().int().nonnegative(), sources: z.array(z.string()), hash: z.string() }),
  thresholds: thresholdsSchema,
  categories: z.array(z.string().min(1)).min(1),
  grams: z.array(z.string().min(1).max(3)),
  report: head,
  urgent: head,
  category: z.strictObject({ bias: z.array(z.number()), scale: z.number().positive(), weights: base64 }),
});

/**
 * The thresholds stored in `file` that are valid, whatever else the file holds (an older version,
 * broken weights): what retraining keeps. Empty when there is no file or nothing readable.
 */
export function keptThresholds(file: string): Partial<LearnedThresholds> {
  if (!existsSync(file)) return {};
  let stored: unknown;
  try {
    stored = (JSON.parse(readFileSync(file, 'utf8')) as { thresholds?: unknown }).thresholds;
  } catch {
    return {};
  }
  if (typeof stored !== 'object' || stored === null) return {};
  const kept: Partial<LearnedThresholds> = {};
  for (const key of Object.keys(thresholdsSchema.shape) as (keyof LearnedThresholds)[]) {
    const value = probability.safeParse((stored as Record<string, unknown>)[key]);
    if (value.success) kept[key] = value.data;
  }
  return kept;
}

/** The file's path in a rules directory. */
export function learnedModelFile(dir: string): string {
  return path.join(dir, 'learned-model.json');
}

/** How many bytes base64 text holds, counted from its length and padding (without decoding it). */
const bytes = (b64: string) => (b64.length / 4) * 3 - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);

/** The learned model of `dir`, or undefined when it has none; `codes`: the rules' category codes. */
export function loadLearnedModel(dir: string, codes: ReadonlySet<string>): LearnedModelData | undefined {
  const file = learnedModelFile(dir);
  if (!existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new RulesError(file, null, null, `不是有效的 JSON（${(err as Error).message}），${RETRAIN}`);
  }
  const parsed = modelSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RulesError(file, null, issue.path.join('.') || null, `格式不对（${issue.message}），${RETRAIN}`);
  }
  const m = parsed.data;
  const rows = m.grams.length;
  if (bytes(m.report.weights) !== rows || bytes(m.urgent.weights) !== rows)
    throw new RulesError(file, null, 'report.weights', `权重个数和 grams 的个数对不上，${RETRAIN}`);
  if (m.category.bias.length !== m.categories.length || bytes(m.category.weights) !== rows * m.categories.length)
    throw new RulesError(file, null, 'category.weights', `类别权重的个数和 grams、categories 对不上，${RETRAIN}`);
  const unknown = m.categories.find((c) => !codes.has(c));
  if (unknown !== undefined)
    throw new RulesError(file, null, 'categories', `类别「${unknown}」在 categories/ 里没有（改过类别？），${RETRAIN}`);
  return m;
}
