// Safe YAML → zod loader shared by every rules/config file (categories, cues, deadlines,
// replies). YAML is parsed with the core schema only: no custom tags, no merge keys, unique
// keys, bounded aliases. Any tag the core schema does not know (`!!js/function`, `!include`,
// `!!python/object` …) is refused as an error, never resolved. Zod problems are mapped back to
// the YAML node they concern, so errors name the file, line, field and what to fix.
import { readFileSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { describeIssue } from './describe-issue.js';
import { RulesError } from './rules-error.js';

export { RulesError } from './rules-error.js';

const zhErrors = zhCN().localeError;

/** Read `path` and validate it with `schema`. Throws RulesError naming file, line and field. */
export function loadYamlFile<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT'
        ? '文件不存在，请检查路径。'
        : code === 'EISDIR'
          ? '这是一个目录，应为 YAML 文件。'
          : code === 'EACCES'
            ? '没有读取权限，请检查文件权限。'
            : `无法读取文件（${code ?? String(err)}）。`;
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
  const lineOf = (offset: number | undefined): number | null => (offset === undefined ? null : lineCounter.linePos(offset).line);

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
  if (data === null || data === undefined) {
    throw new RulesError(file, null, null, '文件是空的，请按示例填写内容。');
  }
  const problem = describeIssue(issue, data, schema);
  if (issue.code === 'unrecognized_keys') {
    // Point at the unknown key itself, not at the object that holds it.
    const key = issue.keys[0]!;
    const line = lineOf(keyRangeStart(doc, path, key) ?? nodeRangeStart(doc, path));
    throw new RulesError(file, line, [...path, key].join('.'), problem);
  }
  const line = lineOf(nodeRangeStart(doc, path));
  const field = path.length > 0 ? path.join('.') : null;
  throw new RulesError(file, line, field, problem);
}

/** The start offset of `key` in the mapping at `path`, if there is one. */
function keyRangeStart(doc: Document, path: (string | number)[], key: string): number | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
}

/** The start offset of the node at `path`, or of its nearest existing ancestor. */
function nodeRangeStart(doc: Document, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as Node | null | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return node.range[0];
  }
  return undefined;
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
