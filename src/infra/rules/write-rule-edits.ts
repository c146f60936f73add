// Writes suggested rule edits into the category files, keeping every comment and the layout of
// the rest of the file (the yaml package's Document API edits the parsed document in place).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import type { RuleEdit } from '../../core/classify/suggest-rule-edits.js';

/** Apply `edits` to `dir`/categories/<code>.yaml; returns the files written. */
export function writeRuleEdits(dir: string, edits: readonly RuleEdit[]): string[] {
  const byFile = new Map<string, RuleEdit[]>();
  for (const e of edits) {
    const file = categoryFile(dir, e.category);
    byFile.set(file, [...(byFile.get(file) ?? []), e]);
  }
  for (const [file, list] of byFile) {
    const doc = parseDocument(readFileSync(file, 'utf8'), SAFE);
    for (const e of list) {
      if (!doc.has(e.section)) doc.set(e.section, doc.createNode({}));
      doc.setIn([e.section, e.term], e.weight);
    }
    writeFileSync(file, doc.toString({ lineWidth: 0 }));
  }
  return [...byFile.keys()];
}

const SAFE: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core',
  customTags: [],
  resolveKnownTags: false,
  merge: false,
  uniqueKeys: true,
};

/** The file under categories/ whose `code` is `code` (file names need not match codes). */
function categoryFile(dir: string, code: string): string {
  const catDir = path.join(dir, 'categories');
  for (const f of readdirSync(catDir)
    .filter((x) => /\.ya?ml$/i.test(x))
    .sort()) {
    const file = path.join(catDir, f);
    if (parseDocument(readFileSync(file, 'utf8'), SAFE).get('code') === code) return file;
  }
  throw new Error(`categories 目录里没有类别代码为「${code}」的文件。`);
}
