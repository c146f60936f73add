// `yishiting classify [--rules DIR]`: one message per stdin line → one JSON result per line
// (contract: shared spec cli.md). Streams with backpressure so memory stays flat.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Classifier } from '../core/classify/types.js';
import { createClassifier } from '../core/classify/create-classifier.js';
import { createJiebaSegmenter } from '../infra/jieba-segmenter.js';
import { loadRules, RulesError } from '../infra/rules/load-rules.js';
import { parseRulesDirArg } from './rules-dir-arg.js';

const HELP = `用法：yishiting classify [--rules 目录]

从标准输入逐行读取消息，每行输出一个 JSON 结果（顺序与输入相同）：
  {"id": "h001", "report": true, "category": "lighting", "urgent": false, "building": "3号楼", "terms": ["路灯", "不亮"]}

输入的每一行可以是：
  - JSON 对象，含字符串字段 text（可选 id）：{"id": "h001", "text": "3号楼路灯不亮了"}
  - 纯文本：3号楼路灯不亮了（id 为行号，从 1 开始）
空行不输出。以 { 开头却不是合法 JSON、或没有字符串 text 的行输出 {"id": 行号, "error": "原因"}，然后继续。

选项：
  --rules 目录   规则目录（默认 ./rules），包含 categories/*.yaml 和 cues.yaml
  -h, --help     显示本说明

规则加载失败时退出码为 2，并在标准错误输出一行说明（文件、位置、问题）。

示例：
  echo '5栋门口的路灯又不亮了' | yishiting classify
  yishiting classify --rules ./my-rules < messages.jsonl > results.jsonl`;

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const parsed = parseRulesDirArg(argv, 'classify');
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  let classifier: Classifier;
  try {
    const rules = loadRules(parsed.dir);
    classifier = createClassifier(rules, createJiebaSegmenter(rules));
  } catch (err) {
    if (err instanceof RulesError) {
      process.stderr.write(`规则加载失败：${err.message}\n`);
      return 2;
    }
    throw err;
  }
  await classifyStream(process.stdin, process.stdout, classifier);
  return 0;
}

/** Classify every line of `input` into `output`, waiting for `drain` when output is full. */
export async function classifyStream(input: Readable, output: Writable, classifier: Classifier): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    if (!output.write(`${classifyLine(line, lineNo, classifier)}\n`)) await once(output, 'drain');
  }
}

/** One input line → one output line (a result or a per-line error), as JSON text. */
export function classifyLine(line: string, lineNo: number, classifier: Classifier): string {
  let id: string | number = lineNo;
  let text: string;
  if (line.trimStart().startsWith('{')) {
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      return toJsonLine([['id', lineNo], ['error', '这一行以 { 开头，但不是合法的 JSON。']]);
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj) || typeof (obj as { text?: unknown }).text !== 'string') {
      return toJsonLine([['id', lineNo], ['error', '这一行的 JSON 没有字符串字段 text。']]);
    }
    const o = obj as { id?: unknown; text: string };
    if (typeof o.id === 'string' || typeof o.id === 'number') id = o.id;
    text = o.text;
  } else {
    text = line;
  }
  const r = classifier.classify(text);
  return toJsonLine([['id', id], ['report', r.report], ['category', r.category], ['urgent', r.urgent], ['building', r.building], ['terms', r.terms]]);
}

/** JSON with the spec's spacing (`{"id": "h001", "report": true, "terms": ["a", "b"]}`), keys in the given order. */
function toJsonLine(fields: [string, unknown][]): string {
  const value = (v: unknown): string => (Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v));
  return `{${fields.map(([k, v]) => `${JSON.stringify(k)}: ${value(v)}`).join(', ')}}`;
}
