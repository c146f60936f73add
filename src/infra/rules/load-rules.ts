// Loads a rules directory: categories/<code>.yaml (one per category) and cues.yaml (global
// cues, urgency, places, thresholds). Every problem is a RulesError naming file, line, field.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Rules } from '../../core/classify/rules.js';
import { loadYamlFile, RulesError } from './load-yaml.js';
import { categoryFileSchema, cuesFileSchema } from './rules-schema.js';

export { RulesError } from './load-yaml.js';

/** Read and validate the rules in `dir` (default layout: `rules/`). */
export function loadRules(dir: string): Rules {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new RulesError(dir, null, null, '规则目录不存在，请检查 --rules 参数或在项目根目录运行。');
  }
  if (!isDir) throw new RulesError(dir, null, null, '这不是一个目录，--rules 应指向包含 categories/ 和 cues.yaml 的规则目录。');

  const catDir = path.join(dir, 'categories');
  let files: string[];
  try {
    files = readdirSync(catDir).filter((f) => /\.ya?ml$/i.test(f)).sort();
  } catch {
    throw new RulesError(catDir, null, null, '缺少 categories 目录，每个类别一个 YAML 文件，例如 categories/lighting.yaml。');
  }
  if (files.length === 0) throw new RulesError(catDir, null, null, '目录里没有任何类别文件（*.yaml），至少需要一个类别。');

  const seen = new Map<string, string>();
  const categories = files.map((f) => {
    const file = path.join(catDir, f);
    const c = loadYamlFile(file, categoryFileSchema);
    const other = seen.get(c.code);
    if (other) throw new RulesError(file, null, 'code', `类别代码「${c.code}」和 ${other} 重复，每个类别的代码必须唯一。`);
    seen.set(c.code, file);
    return { code: c.code, name: c.name, enabled: c.enabled, priority: c.priority, objects: c.objects, problems: c.problems, aliases: c.aliases, cues: c.cues, urgent: c.urgent };
  });
  if (!categories.some((c) => c.enabled)) {
    throw new RulesError(catDir, null, 'enabled', '所有类别都被停用了，至少要启用一个类别。');
  }

  const cues = loadYamlFile(path.join(dir, 'cues.yaml'), cuesFileSchema);
  return {
    categories,
    problems: cues.problems,
    cues: cues.cues.map(({ quote_objects, ...g }) => ({ ...g, quoteObjects: quote_objects })),
    urgent: cues.urgent,
    places: cues.places,
    thresholds: {
      report: cues.thresholds.report,
      category: cues.thresholds.category,
      categoryCap: cues.thresholds.category_cap,
      pair: cues.thresholds.pair,
      problemCap: cues.thresholds.problem_cap,
    },
  };
}

/** Every term the classifier may match, for the segmenter's user dictionary. */
export function allRuleTerms(rules: Rules): string[] {
  const terms = new Set<string>();
  for (const c of rules.categories) {
    for (const t of [...Object.keys(c.objects), ...Object.keys(c.problems), ...Object.keys(c.aliases), ...Object.keys(c.cues), ...c.urgent]) terms.add(t);
  }
  for (const t of [...Object.keys(rules.problems), ...rules.cues.flatMap((g) => g.terms), ...rules.urgent.terms, ...rules.urgent.cancel]) terms.add(t);
  return [...terms];
}
