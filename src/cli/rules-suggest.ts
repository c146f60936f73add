// `yishiting rules suggest [--db DB] [--config FILE] [--rules DIR] [--apply [编号,…]]`: staff
// corrections (#改类, #不是诉求, #登记) turned into rule edits; --apply writes the chosen ones into
// the category files (comments kept) and runs `rules check`.
import type { Rules } from '../core/classify/rules.js';
import { describeSupport, type Suggestions } from '../core/classify/suggest-rule-edits.js';
import { describeCorrection } from '../core/classify/describe-correction.js';
import type { Correction } from '../core/tickets/types.js';
import { openStore } from '../infra/open-store.js';
import { RulesError } from '../infra/rules/load-rules.js';
import { isSafeSuggestion, ruleSuggestions } from '../app/rule-suggestions.js';
import { sharedRuleSetName } from '../app/rule-sync.js';
import { readRuleFiles } from '../infra/rules/rule-files.js';
import { writeRuleEdits } from '../infra/rules/write-rule-edits.js';
import { type LedgerSettings, ledgerSettings, UsageError } from './ledger-args.js';
import { parseRulesDirArg } from './rules-dir-arg.js';

export const SUGGEST_HELP = `用法：yishiting rules suggest [--db 数据库] [--config 文件] [--rules 目录] [--apply [编号,…]]

把工作人员的更正（#改类、#不是诉求、#登记）变成具体的规则修改建议：给某个类别加一个词，
或加一个让某类别减分的说法。每条建议列出它能改对的更正，以及它会判错的例子（examples.yaml）
和原本判对的更正。

  --apply          把所有不会判错任何例子和更正的建议写进规则文件（保留注释），然后运行 rules check
  --apply 1,3      只写入第 1、3 条建议
`;

export async function suggest(argv: string[], check: (dir: string) => Promise<number>): Promise<number> {
  let apply: 'safe' | number[] | null = null;
  let db: string | undefined;
  let config: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`rules suggest：${a} 后面要跟一个值。`);
      return v;
    };
    try {
      if (a === '--db') db = value();
      else if (a === '--config') config = value();
      else if (a === '--apply') {
        const next = argv[i + 1];
        if (next !== undefined && /^\d+(,\d+)*$/.test(next)) {
          apply = next.split(',').map(Number);
          i++;
        } else apply = 'safe';
      } else rest.push(a);
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      return 2;
    }
  }
  const parsed = parseRulesDirArg(rest, 'rules suggest');
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  if (parsed.rest.length > 0) {
    process.stderr.write(`rules suggest：多余的参数「${parsed.rest.join(' ')}」，用 --help 查看用法。\n`);
    return 2;
  }
  let corrections: Correction[];
  let rules: Rules;
  let result: Suggestions;
  let settings: LedgerSettings;
  try {
    settings = ledgerSettings({ config, db });
    const store = await openStore(settings.database, { readOnly: true });
    try {
      corrections = await store.tickets.listCorrections();
    } finally {
      await store.close();
    }
    ({ rules, result } = ruleSuggestions(parsed.dir, corrections));
  } catch (err) {
    if (err instanceof RulesError) process.stderr.write(`规则有误：${err.message}\n`);
    else if (err instanceof UsageError) process.stderr.write(`${err.message}\n`);
    else throw err;
    return 2;
  }
  process.stdout.write(formatSuggestions(result, rules, corrections.length));
  if (apply === null) return 0;
  const chosen = apply === 'safe' ? result.suggestions.filter(isSafeSuggestion) : apply.map((n) => result.suggestions[n - 1]);
  if (chosen.some((s) => s === undefined)) {
    process.stderr.write(`rules suggest：没有这个编号的建议（共 ${result.suggestions.length} 条）。\n`);
    return 2;
  }
  if (chosen.length === 0) {
    process.stdout.write('\n没有可以写入的建议。\n');
    return 0;
  }
  const files = writeRuleEdits(
    parsed.dir,
    chosen.map((s) => s!.edit),
  );
  process.stdout.write(`\n已写入 ${chosen.length} 条建议：${files.join('、')}。下面运行 rules check：\n\n`);
  const code = await check(parsed.dir);
  if (code !== 2) await publishRules(parsed.dir, settings);
  return code;
}

/**
 * Rules that load go to the store when rules are shared (sharedRuleSetName), so that the bots of a
 * district on other machines take them up.
 */
async function publishRules(dir: string, settings: LedgerSettings): Promise<void> {
  const name = sharedRuleSetName(settings.ruleSet, settings.database);
  if (name === null) return;
  const store = await openStore(settings.database);
  try {
    const revision = await store.ruleSets.publish(name, readRuleFiles(dir), 'rules suggest', new Date());
    if (revision !== null)
      process.stdout.write(`\n已发布到数据库（规则集「${name}」第 ${revision} 版），共用这个数据库的机器人会在半分钟内采用。\n`);
  } finally {
    await store.close();
  }
}

/** The suggestions in plain Chinese. */
function formatSuggestions(r: Suggestions, rules: Rules, total: number): string {
  const names = new Map(rules.categories.map((c) => [c.code, c.name]));
  const cat = (code: string | null) => (code === null ? '无' : `${names.get(code) ?? code}（${code}）`);
  const correction = (c: Correction) => {
    const { text, detail } = describeCorrection(c, (code) => names.get(code) ?? code);
    return `「${text}」（${detail}）`;
  };
  const lines: string[] = [];
  if (total === 0) return '数据库里还没有工作人员的更正（#改类、#不是诉求、#登记），没有可建议的修改。\n';
  lines.push(
    `共 ${total} 条更正：现在的规则已判对 ${r.alreadyRight.length} 条；找到 ${r.suggestions.length} 条修改建议；${r.unresolved.length} 条没找到单一的改法。`,
  );
  r.suggestions.forEach((s, i) => {
    const e = s.edit;
    lines.push(
      '',
      e.section === 'objects'
        ? `建议 ${i + 1}：在「${cat(e.category)}」的 objects 里加「${e.term}」，权重 ${e.weight}`
        : `建议 ${i + 1}：在「${cat(e.category)}」的 cues 里加「${e.term}」，权重 ${e.weight}（说到它时不像这一类）`,
      `  ${describeSupport(s)}`,
      `  能改对的更正（${s.fixes.length} 条）：`,
      ...s.fixes.map((c) => `    ${correction(c)}`),
      s.breaksExamples.length === 0 ? '  会判错的例子：无' : `  会判错的例子（${s.breaksExamples.length} 条）：`,
      ...s.breaksExamples.map((f) => `    「${f.example.text}」${f.problem}`),
      ...(s.breaksCorrections.length > 0
        ? [`  会判错原本判对的更正（${s.breaksCorrections.length} 条）：`, ...s.breaksCorrections.map((c) => `    ${correction(c)}`)]
        : []),
    );
  });
  if (r.unresolved.length > 0) {
    lines.push('', '没找到改法的更正（可以用 rules explain 看看原因，手工修改规则）：', ...r.unresolved.map((c) => `  ${correction(c)}`));
  }
  if (r.suggestions.length > 0) {
    lines.push('', '用 --apply 写入所有不会判错例子和更正的建议，或用 --apply 1,3 只写入其中几条；写入后会自动运行 rules check。');
  }
  return `${lines.join('\n')}\n`;
}
