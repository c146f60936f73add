// `yishiting rules train [--corpus PATH]… [--db DB] [--config FILE] [--rules DIR] [--out FILE]`:
// learns the second opinion (learned-model.json) from labelled messages: corpus files, the rules
// directory's examples.yaml and, with --db, the staff's corrections.
import { renameSync, writeFileSync } from 'node:fs';
import { type TrainingSource, trainModel } from '../app/train-model.js';
import type { RuleExample } from '../core/classify/check-examples.js';
import type { Correction } from '../core/tickets/types.js';
import { createToSimplified } from '../infra/to-simplified.js';
import { openStore } from '../infra/open-store.js';
import { resolveRulesDir } from '../infra/resolve-rules-dir.js';
import { loadExamples } from '../infra/rules/load-examples.js';
import { keptThresholds, learnedModelFile } from '../infra/rules/load-learned-model.js';
import type { TrainOptions } from '../core/classify/train-learned-model.js';
import { loadRules, RulesError } from '../infra/rules/load-rules.js';
import { readLabelledMessages } from '../infra/rules/read-labelled-messages.js';
import { ledgerSettings, UsageError } from './ledger-args.js';
import { HELP_OPTION, parseCliArgs } from './parse-cli-args.js';

export const TRAIN_HELP = `用法：yishiting rules train [--corpus 文件或目录]… [--db 数据库] [--config 文件] [--rules 目录] [--out 文件]

从标注好的消息里学出“第二意见”，写进规则目录的 learned-model.json。分类时仍由规则判断；
只有学到的判断几乎肯定规则判错时才改：规则漏掉而几乎肯定是诉求的补上，像紧急的按紧急处理，几乎肯定是
另一类的改类；规则只凭说到了东西（没听到毛病、请求或抱怨）就认作诉求、它又几乎肯定不是的，不算（紧急的除外）。多有把握才改，写在该文件的 thresholds 里，重新训练时保留。

学习的材料：
  --corpus 路径   标注好的 JSONL 文件或装着它们的目录（每行一个 {"text", "report", "category", "urgent"}，
                  和评测语料同一格式），可以写多次
  examples.yaml   规则目录里本社区的例子，总会算上
  --db 数据库     工作人员的更正（#改类、#不是诉求、#登记）也算上

  --out 文件      写到哪里（默认：规则目录/learned-model.json）

示例：
  yishiting rules train --corpus test/fixtures/corpus
  yishiting rules train --corpus 我们的标注.jsonl --db data/yishiting.db
`;

/** A correction as a labelled message: what the message should have been. */
function correctedMessage(c: Correction): RuleExample {
  if (c.kind === 'not_report') return { text: c.text, report: false };
  return { text: c.text, report: true, ...(c.toCategory !== null ? { category: c.toCategory } : {}) };
}

export async function train(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(
    argv,
    {
      corpus: { type: 'string', multiple: true },
      db: { type: 'string' },
      config: { type: 'string' },
      out: { type: 'string' },
      rules: { type: 'string' },
      ...HELP_OPTION,
    },
    TRAIN_HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { corpus: corpora = [], db, config, out, rules: rulesDir } = parsed.values;
  const dir = resolveRulesDir(rulesDir ?? 'rules', rulesDir !== undefined);
  try {
    // The model being replaced may be outdated or broken: only its thresholds are kept.
    const rules = loadRules(dir, { learned: false });
    const sources: TrainingSource[] = readLabelledMessages(corpora).map((s) => ({ name: s.file, messages: s.messages }));
    const examples = loadExamples(dir);
    if (examples.length > 0) sources.push({ name: 'examples.yaml', messages: examples });
    if (db !== undefined) {
      const store = await openStore(ledgerSettings({ config, db }).database, { readOnly: true });
      try {
        const corrections = await store.tickets.listCorrections();
        if (corrections.length > 0) sources.push({ name: '工作人员更正', messages: corrections.map(correctedMessage) });
      } finally {
        await store.close();
      }
    }
    const count = sources.reduce((n, s) => n + s.messages.length, 0);
    if (count < 100) {
      process.stderr.write(`rules train：只有 ${count} 条标注好的消息，太少了，至少要 100 条（用 --corpus 指定标注文件）。\n`);
      return 2;
    }
    const reports = sources.reduce((n, s) => n + s.messages.filter((m) => m.report).length, 0);
    process.stderr.write(`读取了 ${sources.length} 份材料，共 ${count} 条消息（诉求 ${reports} 条），开始训练……\n`);
    const file = out ?? learnedModelFile(dir);
    const progress: TrainOptions['progress'] = (name, epoch, of) => {
      if (epoch === of)
        process.stderr.write(`  ${{ report: '是不是诉求', urgent: '紧不紧急', category: '哪一类' }[name]}：学完 ${of} 轮\n`);
    };
    const model = trainModel(rules, sources, createToSimplified(), progress, keptThresholds(learnedModelFile(dir)));
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(model, null, 1)}\n`);
    renameSync(temporary, file);
    process.stdout.write(
      `已写入 ${file}：${model.grams.length} 个字词片段，${model.categories.length} 个类别。` +
        `运行 yishiting rules check 检查规则和例子。\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof RulesError) process.stderr.write(`材料有误：${err.message}\n`);
    else if (err instanceof UsageError) process.stderr.write(`${err.message}\n`);
    else throw err;
    return 2;
  }
}
