// Safe YAML → zod loader shared by every rules/config file (categories, cues, deadlines,
// replies). YAML is parsed with the core schema only: no custom tags, no merge keys, unique
// keys, bounded aliases. Any tag the core schema does not know (`!!js/function`, `!include`,
// `!!python/object` …) is refused as an error, never resolved. Zod problems are mapped back to
// the YAML node they concern, so errors name the file, line, field and what to fix.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { RulesError } from './rules-error.js';

export { RulesError } from './rules-error.js';

const zhErrors = zhCN().localeError;

const TYPE_NAMES: Record<string, string> = {
  string: '文字', number: '数字', boolean: ' true/false', array: '列表', object: '键值表',
};

/** Read `path` and validate it with `schema`. Throws RulesError naming file, line and field. */
export function loadYamlFile<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT' ? '文件不存在，请检查路径。' :
      code === 'EISDIR' ? '这是一个目录，应为 YAML 文件。' :
      code === 'EACCES' ? '没有读取权限，请检查文件权限。' :
      `无法读取文件（${code ?? String(err)}）。`;
    throw new RulesError(path, null, null, problem);
  }
  return parseYamlText(text, path, schema);
}

/** Parse YAML text (shown as `file` in errors) and validate it with `schema`. */
export function parseYamlText<S extends z.ZodType>(text: string, file: string, schema: S): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    schema: 'core',
    customTags: [],
    resolveKnownTags: false,
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    lineCounter,
  });
  const lineOf = (offset: number | undefined): number | null =>
    offset === undefined ? null : lineCounter.linePos(offset).line;

  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    throw new RulesError(file, lineOf(first.pos[0]), null, describeYamlProblem(first.code, first.message));
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new RulesError(file, null, null, `YAML 无法展开（${(err as Error).message}），请去掉过多的锚点/别名（& 和 *）。`);
  }

  const result = schema.safeParse(data, { error: zhErrors });
  if (result.success) return result.data;

  const issue = result.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const line = lineOf(nodeRangeStart(doc, path));
  const field = path.length > 0 ? path.join('.') : null;
  if (data === null || data === undefined) {
    throw new RulesError(file, null, null, '文件是空的，请按示例填写内容。');
  }
  let problem = ensureSentence(issue.message);
  if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) {
    problem = `缺少这个字段，请补上（${issue.expected === undefined ? '' : `应为${TYPE_NAMES[issue.expected] ?? ` ${issue.expected}`}`}）。`.replace('（）', '');
  }
  throw new RulesError(file, line, field, problem);
}

/** The start offset of the node at `path`, or of its nearest existing ancestor. */
function nodeRangeStart(doc: Document, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as Node | null | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return node.range[0];
  }
  return undefined;
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

function describeYamlProblem(code: string, message: string): string {
  const detail = message.split('\n')[0]!.trim();
  switch (code) {
    case 'TAG_RESOLVE_FAILED':
      return `不允许使用自定义 YAML 标签（${detail}），规则文件只能写普通的文字、数字、列表和键值。`;
    case 'DUPLICATE_KEY':
      return `同一层里有重复的键（${detail}），请删掉或合并重复的那一项。`;
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `YAML 格式错误（${detail}），请检查缩进、冒号后的空格和引号是否成对。`;
    default:
      return `YAML 格式错误（${detail}）。`;
  }
}

function ensureSentence(msg: string): string {
  const m = msg.trim();
  return /[。.!！?？]$/.test(m) ? m : `${m}。`;
}
