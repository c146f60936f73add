// `yishiting classify [--rules DIR]`: one message per stdin line → one JSON result per line
// (contract: docs/cli.md). Reads chunks as they come and answers each chunk's lines in one write:
// a line typed at a terminal is answered at once, piped input is written in batches of up to
// 64 KB, and the next chunk is read only when the output has room, so memory stays flat.
// Start-up: the rules come from the file cache when unchanged (then the YAML parser is never
// loaded), the trimmed jieba dictionary too (src/infra/jieba-segmenter.ts).
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Rules } from '../core/classify/rules.js';
import type { Classifier } from '../core/classify/types.js';
import { createClassifier } from '../core/classify/create-classifier.js';
import { createJiebaSegmenter } from '../infra/jieba-segmenter.js';
import { cachedRules } from '../infra/rules/cached-rules.js';
import { RulesError } from '../infra/rules/rules-error.js';
import { ResultLines } from './result-lines.js';
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

/** Where a sub-command reads and writes; tests pass their own streams. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** A batch is written once it holds this many bytes (and at the end of every input chunk). */
const BATCH_BYTES = 64 * 1024;
const BLANK = /^\s*$/;
const OPENS_OBJECT = /^\s*\{/;

export async function run(argv: string[], io: CliIo = process): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const parsed = parseRulesDirArg(argv, 'classify');
  if ('error' in parsed) {
    io.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  let classifier: Classifier;
  try {
    const rules = await loadRules(parsed.dir);
    classifier = createClassifier(rules, createJiebaSegmenter(rules));
  } catch (err) {
    if (err instanceof RulesError) {
      io.stderr.write(`规则加载失败：${err.message}\n`);
      return 2;
    }
    throw err;
  }
  await classifyStream(io.stdin, io.stdout, classifier);
  return 0;
}

/** The rules from the cache, or parsed (loading the YAML parser only then) and cached. */
async function loadRules(dir: string): Promise<Rules> {
  const cached = cachedRules(dir);
  if (cached.rules) return cached.rules;
  const { loadRules: parse } = await import('../infra/rules/load-rules.js');
  const rules = parse(dir);
  cached.store(rules);
  return rules;
}

/** Classify every line of `input` into `output`, one write per input chunk (or per 64 KB), waiting for `drain`. */
export async function classifyStream(input: Readable, output: Writable, classifier: Classifier): Promise<void> {
  const decoder = new StringDecoder('utf8');
  const out = new ResultLines(BATCH_BYTES + BATCH_BYTES / 4);
  let partial = '';
  let lineNo = 0;
  const answer = (raw: string): void => {
    lineNo++;
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (lineNo === 1 && line.startsWith('\uFEFF')) line = line.slice(1);
    if (BLANK.test(line)) return;
    classifyLine(line, lineNo, classifier, out);
  };
  const flush = async (): Promise<void> => {
    if (out.size === 0) return;
    if (!output.write(out.take())) await once(output, 'drain');
  };
  for await (const chunk of input) {
    const lines = (partial + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer))).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      answer(line);
      if (out.size >= BATCH_BYTES) await flush();
    }
    await flush();
  }
  partial += decoder.end();
  if (partial !== '') answer(partial);
  await flush();
}

/** One input line → one output line (a result or a per-line error). */
function classifyLine(line: string, lineNo: number, classifier: Classifier, out: ResultLines): void {
  let id: string | number = lineNo;
  let text: string;
  if (OPENS_OBJECT.test(line)) {
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      out.error(lineNo, '这一行以 { 开头，但不是合法的 JSON。');
      return;
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj) || typeof (obj as { text?: unknown }).text !== 'string') {
      out.error(lineNo, '这一行的 JSON 没有字符串字段 text。');
      return;
    }
    const o = obj as { id?: unknown; text: string };
    if (typeof o.id === 'string' || typeof o.id === 'number') id = o.id;
    text = o.text;
  } else {
    text = line;
  }
  out.result(id, classifier.classify(text));
}
