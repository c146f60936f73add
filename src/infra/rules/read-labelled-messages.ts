// Labelled messages for `yishiting rules train`: JSONL files in the corpus format (one object a
// line: text, report, category, urgent — extra fields such as id and building are ignored), or
// directories of them (*.jsonl, in name order). A bad line is a RulesError naming file and line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RuleExample } from '../../core/classify/check-examples.js';
import { RulesError } from './rules-error.js';

const lineSchema = z.object({
  text: z.string().min(1, 'text 不能为空'),
  report: z.boolean('report 只能是 true 或 false'),
  category: z.string().nullable().optional(),
  urgent: z.boolean('urgent 只能是 true 或 false').optional(),
});

export interface LabelledSource {
  /** The file as named. */
  file: string;
  messages: RuleExample[];
}

/** The files `paths` name (a directory: its *.jsonl files, in name order). */
function filesOf(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new RulesError(p, null, null, '文件或目录不存在，请检查 --corpus 参数。');
    }
    if (!isDir) return [p];
    const files = readdirSync(p)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => path.join(p, f));
    if (files.length === 0) throw new RulesError(p, null, null, '目录里没有 .jsonl 文件。');
    return files;
  });
}

export function readLabelledMessages(paths: readonly string[]): LabelledSource[] {
  return filesOf(paths).map((file) => {
    const messages: RuleExample[] = [];
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '') return;
        let data: unknown;
        try {
          data = JSON.parse(line);
        } catch {
          throw new RulesError(file, i + 1, null, '这一行不是有效的 JSON，每行应是一个 {"text": …, "report": …} 对象。');
        }
        const parsed = lineSchema.safeParse(data);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new RulesError(file, i + 1, issue.path.join('.') || null, `${issue.message}。`);
        }
        const { text, report, category, urgent } = parsed.data;
        messages.push({ text, report, ...(report && category ? { category } : {}), ...(urgent !== undefined ? { urgent } : {}) });
      });
    return { file, messages };
  });
}
