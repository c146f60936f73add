// Loads rules/examples.yaml (optional): the community's own examples, in plain form.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RuleExample } from '../../core/classify/check-examples.js';
import { loadYamlFile } from './load-yaml.js';

const exampleSchema = z.strictObject({
  text: z.string().trim().min(1, '请写出例子消息的原文。'),
  report: z.boolean('report 只能是 true（是诉求）或 false（不是诉求）。'),
  category: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, 'category 写类别代码，例如 lighting。')
    .optional(),
  urgent: z.boolean('urgent 只能是 true 或 false。').optional(),
});

const examplesFileSchema = z.strictObject({ examples: z.array(exampleSchema).default([]) });

/** The file's path in a rules directory. */
export function examplesFile(dir: string): string {
  return path.join(dir, 'examples.yaml');
}

/** The examples of `dir`, or none when it has no examples.yaml. Throws RulesError when malformed. */
export function loadExamples(dir: string): RuleExample[] {
  const file = examplesFile(dir);
  if (!existsSync(file)) return [];
  return loadYamlFile(file, examplesFileSchema).examples;
}
