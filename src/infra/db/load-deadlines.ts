// Loads rules/deadlines.yaml (safe YAML → zod) into the Deadlines the core computes with.
import { join } from 'node:path';
import { z } from 'zod';
import { deadlineRule, type Deadlines, type DeadlineRule } from '../../core/tickets/deadlines.js';
import { parseDuration } from '../../core/parse-duration.js';
import { loadYamlFile, RulesError } from '../rules/load-yaml.js';

const duration = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const ms = parseDuration(String(v));
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: `时长「${String(v)}」写法不对，请写成 30m、2h 或 3d（也可写 30分钟、2小时、3天）。` });
    return z.NEVER;
  }
  return ms;
});

const fullRule = z.strictObject({ acknowledge: duration, resolve: duration, escalateEvery: duration });
const partialRule = z.strictObject({ acknowledge: duration.optional(), resolve: duration.optional(), escalateEvery: duration.optional() });

const deadlinesFile = z.strictObject({
  default: fullRule,
  urgent: fullRule,
  categories: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, '类别代码只能是小写字母、数字和下划线。'), partialRule).default({}),
});

type Parsed = z.infer<typeof deadlinesFile>;

function toRule(r: { acknowledge?: number; resolve?: number; escalateEvery?: number }): Partial<DeadlineRule> {
  const out: Partial<DeadlineRule> = {};
  if (r.acknowledge !== undefined) out.acknowledgeMs = r.acknowledge;
  if (r.resolve !== undefined) out.resolveMs = r.resolve;
  if (r.escalateEvery !== undefined) out.escalateEveryMs = r.escalateEvery;
  return out;
}

/** Reads `<dir>/deadlines.yaml`; throws RulesError naming file, line and field. */
export function loadDeadlines(dir: string): Deadlines {
  const file = join(dir, 'deadlines.yaml');
  const parsed: Parsed = loadYamlFile(file, deadlinesFile);
  const deadlines: Deadlines = {
    default: toRule(parsed.default) as DeadlineRule,
    urgent: toRule(parsed.urgent) as DeadlineRule,
    categories: Object.fromEntries(Object.entries(parsed.categories).map(([code, r]) => [code, toRule(r)])),
  };
  for (const code of ['default', ...Object.keys(deadlines.categories)]) {
    for (const urgent of [false, true]) {
      const rule = deadlineRule(code, urgent, deadlines);
      if (rule.acknowledgeMs > rule.resolveMs) {
        const field = code === 'default' ? 'default' : `categories.${code}`;
        throw new RulesError(
          file,
          null,
          field,
          `响应时限（acknowledge）不能长于办结时限（resolve）${urgent ? '（按紧急时限计算后）' : ''}，请调整。`,
        );
      }
    }
  }
  return deadlines;
}
