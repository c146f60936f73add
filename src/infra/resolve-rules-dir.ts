// The rules directory: as given, or — when the default `rules` is not in the working directory —
// the rules shipped with yishiting, so `npx yishiting sim` works from anywhere.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from './package-root.js';

const BUNDLED_RULES_DIR = join(PACKAGE_ROOT, 'rules');

export function resolveRulesDir(dir: string, explicit: boolean): string {
  const local = resolve(dir);
  if (explicit || existsSync(local) || dir !== 'rules') return local;
  return BUNDLED_RULES_DIR;
}
