// A rules directory as data: the rule files the bot reads (*.yaml directly under rules/ and under
// rules/categories/, the files the watcher follows) read into {relative path: text}, and written
// back so that a reader never sees half a file (each file is written to a temporary name beside
// it and renamed over the old one; rule files the set no longer has are removed).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RuleFiles } from './rule-set-store.js';

const RULE_FILE = /\.ya?ml$/;
const FOLDERS = ['', 'categories'];

export function readRuleFiles(dir: string): RuleFiles {
  const files: RuleFiles = {};
  for (const folder of FOLDERS) {
    const path = join(dir, folder);
    if (!existsSync(path)) continue;
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (!entry.isFile() || !RULE_FILE.test(entry.name)) continue;
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      files[relative] = readFileSync(join(path, entry.name), 'utf8');
    }
  }
  return files;
}

/** Makes the rule files of `dir` exactly `files`; files already equal are left alone. */
export function writeRuleFiles(dir: string, files: RuleFiles): void {
  for (const relative of Object.keys(files)) {
    if (!FOLDERS.includes(dirname(relative).replace(/^\.$/, '')) || !RULE_FILE.test(relative))
      throw new Error(`not a rule file path: ${relative}`);
  }
  const current = readRuleFiles(dir);
  for (const [relative, text] of Object.entries(files)) {
    if (current[relative] === text) continue;
    const target = join(dir, relative);
    mkdirSync(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  }
  for (const relative of Object.keys(current)) if (!(relative in files)) rmSync(join(dir, relative));
}
