// What a rules directory was last in step with on the store: the hash and revision of the rule set
// a process last published or adopted there, kept on disk (data/, mode 600) so that it survives a
// restart. At start it tells a hand edit made while the process was stopped (the files differ from
// the record: the edit wins and is published) from files untouched since the last sync (a newer
// published set may replace them). One file per rules directory and set name; not a rule file.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface RuleSyncRecord {
  hash: string;
  revision: number;
}

/** data/rule-set-<12 hex>.json: keyed by set name and the rules directory's absolute path. */
export function ruleSyncRecordPath(dataDir: string, name: string, rulesDir: string): string {
  const key = createHash('sha256')
    .update(`${name}\0${resolve(rulesDir)}`)
    .digest('hex')
    .slice(0, 12);
  return join(dataDir, `rule-set-${key}.json`);
}

/** The record at `path`, or null when there is none (or it cannot be read: treated as none). */
export function readRuleSyncRecord(path: string): RuleSyncRecord | null {
  try {
    const { hash, revision } = JSON.parse(readFileSync(path, 'utf8')) as Partial<RuleSyncRecord>;
    return typeof hash === 'string' && typeof revision === 'number' ? { hash, revision } : null;
  } catch {
    return null;
  }
}

/** Writes the record (temporary file + rename, mode 600); `about` names the set and folder for a reader. */
export function writeRuleSyncRecord(path: string, record: RuleSyncRecord, about: { name: string; rulesDir: string }): void {
  mkdirSync(resolve(path, '..'), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  const text = JSON.stringify({ ruleSet: about.name, rulesDir: resolve(about.rulesDir), ...record }, null, 2);
  writeFileSync(temporary, `${text}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}
