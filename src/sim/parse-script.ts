// The sim script: JSON lines, one event each (docs/cli.md). The whole script is checked
// before anything runs, so a bad line stops the run with its line number and nothing half-done.
import { z } from 'zod';
import { parseDuration } from '../core/parse-duration.js';

/** Who really speaks (optional): the account id, the remark the bot set, the group nickname. */
interface ScriptSpeaker {
  id?: string;
  remark?: string | null;
  alias?: string;
}

export type ScriptEvent =
  | { kind: 'room'; line: number; room: string; from: string; text: string; who: ScriptSpeaker }
  | { kind: 'dm'; line: number; from: string; text: string; who: ScriptSpeaker }
  | { kind: 'advance'; line: number; ms: number; label: string };

const name = z.string().trim().min(1);
const speaker = { id: name.optional(), remark: name.nullable().optional() };
const roomEvent = z.strictObject({ room: name, from: name, text: z.string().min(1), ...speaker, alias: name.optional() });
const dmEvent = z.strictObject({ dm: z.literal(true), from: name, text: z.string().min(1), ...speaker });
const advanceEvent = z.strictObject({ advance: z.string() });

export class ScriptError extends Error {
  override readonly name = 'ScriptError';
  constructor(
    readonly line: number,
    problem: string,
  ) {
    super(`脚本第 ${line} 行有误：${problem}`);
  }
}

const SHAPES =
  '每行应为以下之一：{"room": "群名", "from": "昵称", "text": "内容"}、{"dm": true, "from": "昵称", "text": "内容"}、{"advance": "90m"}';

/** Parses one script line (1-based `line` for errors); null for a blank line. */
function parseScriptLine(raw: string, line: number): ScriptEvent | null {
  const text = raw.trim();
  if (text === '') return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ScriptError(line, `不是合法的 JSON。${SHAPES}。`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new ScriptError(line, `应为一个 JSON 对象。${SHAPES}。`);
  const obj = data as Record<string, unknown>;
  if ('advance' in obj) {
    const parsed = advanceEvent.safeParse(obj);
    if (!parsed.success) throw new ScriptError(line, 'advance 行只能有 advance 一个字段，值为时长文字，例如 "90m"。');
    const ms = parseDuration(parsed.data.advance);
    if (ms === null)
      throw new ScriptError(line, `时长「${parsed.data.advance}」看不懂，请写成数字加单位 s/m/h/d，例如 "30s"、"90m"、"2h"、"1d"。`);
    return { kind: 'advance', line, ms, label: parsed.data.advance };
  }
  if ('dm' in obj) {
    const parsed = dmEvent.safeParse(obj);
    if (!parsed.success) throw new ScriptError(line, `私聊行需要 "dm": true 以及非空的 "from" 和 "text"（${describe(parsed.error)}）。`);
    const { id, remark } = parsed.data;
    return { kind: 'dm', line, from: parsed.data.from, text: parsed.data.text, who: speakerOf(id, remark) };
  }
  const parsed = roomEvent.safeParse(obj);
  if (!parsed.success) throw new ScriptError(line, `群消息行需要非空的 "room"、"from" 和 "text"（${describe(parsed.error)}）。${SHAPES}。`);
  const { id, remark, alias } = parsed.data;
  return { kind: 'room', line, room: parsed.data.room, from: parsed.data.from, text: parsed.data.text, who: speakerOf(id, remark, alias) };
}

function speakerOf(id: string | undefined, remark: string | null | undefined, alias?: string): ScriptSpeaker {
  return { ...(id !== undefined ? { id } : {}), ...(remark !== undefined ? { remark } : {}), ...(alias !== undefined ? { alias } : {}) };
}

function describe(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const field = i.path.join('.') || '(整行)';
      if (i.code === 'unrecognized_keys') return `多余的字段 ${i.keys.join('、')}`;
      if (i.code === 'invalid_type') return `${field} 缺少或类型不对`;
      return `${field} 不合要求`;
    })
    .join('；');
}

/** Parses a whole script; throws ScriptError for the first bad line. */
export function parseScript(text: string): ScriptEvent[] {
  const events: ScriptEvent[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const event = parseScriptLine(raw, i + 1);
    if (event) events.push(event);
  });
  return events;
}
