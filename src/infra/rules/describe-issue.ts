// A validation problem (a zod issue) as one plain Chinese sentence a community volunteer can act
// on — never the validator's own wording. Unknown keys get a spelling suggestion from the keys
// the schema knows at that place (`staf` → `staff`).
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '键值表',
  date: '日期',
};

/** Describes `issue` (raised on `data`, validated by `schema`) in one sentence. */
export function describeIssue(issue: Issue, data: unknown, schema: z.ZodType): string {
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const want = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (value === undefined) return `缺少这个字段，请补上（应为${want}）。`;
      return `应为${want}，现在写的是「${preview(value)}」。`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? '不能为空。' : `至少要写 ${min} 个字。`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少要有 ${min} 项。`;
      return issue.inclusive === false ? `应大于 ${min}。` : `不能小于 ${min}。`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `最多 ${max} 个字。`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${max} 项。`;
      return issue.inclusive === false ? `应小于 ${max}。` : `不能大于 ${max}。`;
    }
    case 'invalid_value':
      return `只能是 ${issue.values.map((v) => `「${String(v)}」`).join('、')} 之一，现在写的是「${preview(value)}」。`;
    case 'unrecognized_keys':
      return unknownKeys(issue.keys, knownKeysAt(schema, issue.path));
    case 'not_multiple_of':
      return `应为 ${issue.divisor} 的倍数。`;
    case 'invalid_union':
      return '写法不对，请对照示例或注释修改。';
    default:
      // A message the schema wrote itself (Chinese) is kept; the validator's generic one is not.
      return isOwnMessage(issue.message) ? sentence(issue.message) : '格式不对，请对照示例或注释修改。';
  }
}

function unknownKeys(keys: string[], known: string[]): string {
  const key = keys[0]!;
  const more =
    keys.length > 1
      ? `（还有${keys
          .slice(1)
          .map((k) => `「${k}」`)
          .join('、')}）`
      : '';
  const guess = suggestKey(key, known);
  if (guess) return `不认识「${key}」这个字段${more}，是不是想写「${guess}」？`;
  const allowed = known.length > 0 ? `这里可以写：${known.join('、')}` : '请删掉它';
  return `不认识「${key}」这个字段${more}，请检查拼写（${allowed}）。`;
}

/** The known key nearest to `key` by edit distance, when it is close enough to be a typo. */
export function suggestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

interface Def {
  type: string;
  innerType?: SchemaLike;
  in?: SchemaLike;
  shape?: Record<string, SchemaLike>;
  element?: SchemaLike;
  valueType?: SchemaLike;
}
type SchemaLike = { _zod: { def: Def } };

function unwrap(schema: SchemaLike | undefined): SchemaLike | undefined {
  let cur = schema;
  while (cur) {
    const def = cur._zod.def;
    if (def.innerType) cur = def.innerType;
    else if (def.type === 'pipe' && def.in) cur = def.in;
    else return cur;
  }
  return cur;
}

/** The keys an object schema accepts at `path` (empty when it is not a plain object there). */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let cur = unwrap(schema as unknown as SchemaLike);
  for (const p of path) {
    const def: Def | undefined = cur?._zod.def;
    if (!def) return [];
    if (def.type === 'object' && def.shape) cur = unwrap(def.shape[String(p)]);
    else if (def.type === 'array') cur = unwrap(def.element);
    else if (def.type === 'record') cur = unwrap(def.valueType);
    else return [];
  }
  const def = cur?._zod.def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** zod's generic messages (any locale) start like this; a schema's own messages do not. */
function isOwnMessage(message: string): boolean {
  return /[\u4e00-\u9fff]/.test(message) && !/^(无效|非法|意外|Invalid|Expected)/.test(message);
}

function sentence(msg: string): string {
  const m = msg.trim();
  return /[。.!！?？]$/.test(m) ? m : `${m}。`;
}
