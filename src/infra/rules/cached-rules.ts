// loadRules behind the file cache: parsing and validating the YAML of a rules directory takes
// most of a second (and loading the YAML parser and zod another 0.3 s), so the resulting Rules
// are kept as JSON, keyed by a hash of every file's name and contents in the rules directory and of the loader's
// own code. Only rules that loaded without error are stored; a broken directory always goes
// through loadRules and its precise error. `cachedRules` does not load the YAML parser.
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rules } from '../../core/classify/rules.js';
import { fileCache, hashOf } from '../file-cache.js';

/** The loader's sources (compiled or not), so that a changed loader never reads old entries. */
const LOADER = ['load-rules', 'rules-schema', 'load-yaml', 'load-learned-model', 'cached-rules'].map((name) =>
  fileURLToPath(new URL(`./${name}${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url)),
);

export interface CachedRules {
  /** The rules from the cache, or null (then load them and `store` them). */
  rules: Rules | null;
  store(rules: Rules): void;
}

export function cachedRules(dir: string): CachedRules {
  const key = rulesKey(dir);
  if (key === null) return { rules: null, store: () => {} };
  const cache = fileCache();
  const name = `rules-${key}.json`;
  let rules: Rules | null = null;
  const hit = cache.read(name);
  if (hit !== null) {
    try {
      rules = JSON.parse(hit) as Rules;
    } catch {
      rules = null;
    }
  }
  return { rules, store: (r) => cache.write(name, JSON.stringify(r)) };
}

/**
 * The rules in `dir` from the cache, or loaded with `load` (loadRules, passed in so that this
 * module stays free of the YAML parser) and stored. A hit is a directory that loaded without error
 * before, byte for byte, so it needs no check; a broken one always reaches `load` and its error.
 */
export function loadThroughCache(dir: string, load: (dir: string) => Rules): Rules {
  const cached = cachedRules(dir);
  if (cached.rules) return cached.rules;
  const rules = load(dir);
  cached.store(rules);
  return rules;
}

/** Hash of every file in the rules directory (names and contents), or null when it cannot be read (loadRules then reports why). */
function rulesKey(dir: string): string | null {
  try {
    const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    return hashOf(...[...LOADER, ...files].flatMap((f) => [path.relative(dir, f), readFileSync(f)]));
  } catch {
    return null;
  }
}
