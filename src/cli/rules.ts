// `yishiting rules check [DIR]` validates a rules directory and summarises it;
// `yishiting rules explain "<text>" [--rules DIR]` shows how one message is classified.
import type { Rules } from '../core/classify/rules.js';
import { createClassifier } from '../core/classify/create-classifier.js';
import { formatExplanation } from './format-explanation.js';
import { createJiebaSegmenter } from '../infra/jieba-segmenter.js';
import { allRuleTerms, loadRules, RulesError } from '../infra/rules/load-rules.js';
import { examplesFile } from '../infra/rules/load-examples.js';
import { loadThroughCache } from '../infra/rules/cached-rules.js';
import type { Classification } from '../core/classify/types.js';
import { lintRules } from '../core/classify/lint-rules.js';
import { checkExamples, type RuleExample } from '../core/classify/check-examples.js';
import { checkRuleSet } from '../app/check-rule-set.js';
import { parseRulesDirArg } from './rules-dir-arg.js';
import { SUGGEST_HELP, suggest } from './rules-suggest.js';
import { TRAIN_HELP, train } from './rules-train.js';

const HELP = `用法：
  yishiting rules check [目录]                      检查规则文件并汇总（默认 ./rules）
  yishiting rules explain "<消息>" [--rules 目录]   说明一条消息为什么被判成这样
  yishiting rules suggest [--db 文件] [--apply [编号,…]]  把工作人员的更正变成规则修改建议
  yishiting rules train [--corpus 文件或目录]… [--db 文件]  从标注好的消息学出“第二意见”（learned-model.json）

check 会读取 categories/*.yaml、cues.yaml、replies.yaml（占位符）和 deadlines.yaml（时长、类别代码），逐项校验；
有错时逐个指出文件、行号、字段和改法，退出码 2。还会提醒不合规矩的减分词（两个字以内的常用词
不能对整条消息减分），并逐条检查 examples.yaml 里本社区的例子，列出判错的（有判错的例子时退出码 1）。
suggest 把工作人员的更正变成规则修改建议，详见 yishiting rules suggest --help。
train 从标注好的消息学出第二意见：规则几乎肯定判错时由它纠正，详见 yishiting rules train --help。
explain 显示分词结果、命中的词、各类别得分、提示词、紧急判断和结论。

示例：
  yishiting rules check
  yishiting rules explain "5栋门口的路灯又不亮了 麻烦看看"`;

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(sub === 'suggest' ? SUGGEST_HELP : sub === 'train' ? TRAIN_HELP : `${HELP}\n`);
    return sub ? 0 : 2;
  }
  if (sub === 'check') return check(rest);
  if (sub === 'explain') return explain(rest);
  if (sub === 'suggest') return suggest(rest, (dir) => check([dir]));
  if (sub === 'train') return train(rest);
  process.stderr.write(`rules：不认识的子命令「${sub}」，可用 check、explain、suggest 或 train（--help 查看用法）。\n`);
  return 2;
}

function load(dir: string): Rules | null {
  try {
    return loadThroughCache(dir, loadRules);
  } catch (err) {
    if (err instanceof RulesError) {
      process.stderr.write(`规则有误：${err.message}\n`);
      return null;
    }
    throw err;
  }
}

async function check(argv: string[]): Promise<number> {
  const extra = argv.filter((a) => a.startsWith('-'));
  if (extra.length > 0 || argv.length > 1) {
    process.stderr.write('rules check：只接受一个参数（规则目录），用 --help 查看用法。\n');
    return 2;
  }
  const dir = argv[0] ?? 'rules';
  const { rules, problems, checked, examples } = checkRuleSet(dir);
  for (const p of problems) process.stderr.write(`规则有误：${p.message}\n`);
  if (!rules || problems.length > 0) return 2;
  process.stdout.write(`${summarise(dir, rules)}已检查：${checked.join('、')}。\n`);
  const { text, failed } = checkRules(dir, rules, examples, createClassifier(rules, createJiebaSegmenter(rules)).classify);
  process.stdout.write(text);
  return failed ? 1 : 0;
}

/** The text `rules check` prints for a valid rule set. */
export function summarise(dir: string, rules: Rules): string {
  const lines = [
    `规则目录 ${dir} 检查通过。`,
    '',
    `类别（${rules.categories.length} 个，启用 ${rules.categories.filter((c) => c.enabled).length} 个）：`,
  ];
  for (const c of rules.categories) {
    const n = (o: object) => Object.keys(o).length;
    lines.push(
      `  ${c.code.padEnd(17)} ${c.name.padEnd(8, '　')} ${c.enabled ? '启用' : '停用'}  东西 ${n(c.objects)}  问题 ${n(c.problems)}  别字/口语 ${n(c.aliases)}  提示 ${n(c.cues)}  紧急 ${c.urgent.length}`,
    );
  }
  lines.push('', `通用问题词 ${Object.keys(rules.problems).length} 个；提示词 ${rules.cues.length} 组：`);
  for (const g of rules.cues)
    lines.push(`  ${g.kind.padEnd(13)} ${g.weight > 0 ? '+' : ''}${g.weight}  ${g.terms.length} 个词  ${g.label}`);
  lines.push(
    '',
    `险情 ${rules.urgency.hazards.length} 类（${rules.urgency.hazards.reduce((n, h) => n + h.terms.length, 0)} 个词），波及对象 ${rules.urgency.exposures.length} 类，取消紧急的词 ${rules.urgency.cancel.length} 个，说险情已过去的词 ${rules.urgency.over.length} 个；有名字的片区 ${rules.places.zones.length} 个。`,
    `阈值：诉求 ≥ ${rules.thresholds.report}，类别 ≥ ${rules.thresholds.category}，类别分计入上限 ${rules.thresholds.categoryCap}，同句“东西+问题” +${rules.thresholds.pair}，通用问题词上限 ${rules.thresholds.problemCap}。`,
    `分词词典共加入 ${allRuleTerms(rules).length} 个词。`,
  );
  return `${lines.join('\n')}\n`;
}

/** Warnings and example results `rules check` prints after the summary. */
export function checkRules(
  dir: string,
  rules: Rules,
  examples: readonly RuleExample[],
  classify: (text: string) => Classification,
): { text: string; failed: boolean } {
  const lines: string[] = [''];
  const warnings = lintRules(rules);
  const codes = new Set(rules.categories.map((c) => c.code));
  for (const e of examples) {
    if (e.category !== undefined && !codes.has(e.category))
      warnings.push({ file: 'examples.yaml', message: `例子「${e.text}」的类别「${e.category}」不存在。` });
  }
  if (warnings.length === 0) lines.push('提醒：无。');
  else {
    lines.push(`提醒（${warnings.length} 条，不影响加载）：`);
    for (const w of warnings) lines.push(`  ${w.file}：${w.message}`);
  }
  lines.push('');
  if (examples.length === 0) {
    lines.push(`例子：${examplesFile(dir)} 不存在或是空的。可以在里面写上本社区的典型消息和它应判成什么，check 会逐条检查。`);
    return { text: `${lines.join('\n')}\n`, failed: false };
  }
  const names = new Map(rules.categories.map((c) => [c.code, c.name]));
  const failures = checkExamples(examples, classify, names);
  if (failures.length === 0) lines.push(`例子：${examples.length} 条全部通过。`);
  else {
    lines.push(`例子：${examples.length} 条中 ${failures.length} 条判错：`);
    for (const f of failures) lines.push(`  「${f.example.text}」${f.problem}`);
    lines.push('可以用 yishiting rules explain "<消息>" 看看它为什么被判成这样。');
  }
  return { text: `${lines.join('\n')}\n`, failed: failures.length > 0 };
}

async function explain(argv: string[]): Promise<number> {
  const parsed = parseRulesDirArg(argv, 'rules explain');
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  if (parsed.rest.length !== 1) {
    process.stderr.write('rules explain：请给出一条要解释的消息（用引号括起来），例如 yishiting rules explain "路灯不亮了"。\n');
    return 2;
  }
  const rules = load(parsed.dir);
  if (!rules) return 2;
  // Without the prefilter, so the tokens are always shown (the result is the same either way).
  const classifier = createClassifier(rules, createJiebaSegmenter(rules), { prefilter: false });
  process.stdout.write(formatExplanation(classifier.explain(parsed.rest[0]!), rules));
  return 0;
}
