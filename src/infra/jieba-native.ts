// nodejs-jieba's native binding. The package's JavaScript entry finds its binary through
// @mapbox/node-pre-gyp (semver, nopt, … ~70 modules, 0.2–0.3 s of every start); once the binary's
// path is known (file cache, checked against the binary's size and time) we load it directly and
// call the same four functions the entry wraps: load, cut, insertWord.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileCache, hashOf } from './file-cache.js';

export interface JiebaNative {
  load(dict: string, hmmDict: string, userDict: string, idfDict: string, stopWordDict: string): void;
  cut(text: string, hmm: boolean): string[];
  insertWord(word: string): boolean;
  /** The dictionaries shipped with nodejs-jieba. */
  dicts: { dict: string; hmm: string; user: string };
}

type Binding = Omit<JiebaNative, 'dicts'>;
interface CachedPath {
  path: string;
  size: number;
  mtimeMs: number;
}

const require = createRequire(import.meta.url);
let native: JiebaNative | undefined;

export function jiebaNative(): JiebaNative {
  if (native) return native;
  const root = path.dirname(path.dirname(require.resolve('nodejs-jieba')));
  const cache = fileCache();
  const key = `jieba-binding-${hashOf(root, readFileSync(path.join(root, 'package.json')))}.json`;
  const binding = fromCachedPath(cache.read(key)) ?? viaPackage(root, (found) => cache.write(key, JSON.stringify(found)));
  const dict = (name: string) => path.join(root, 'dict', name);
  native = {
    load: (...files) => binding.load(...files),
    cut: (text, hmm) => binding.cut(text, hmm),
    insertWord: (word) => binding.insertWord(word),
    dicts: { dict: dict('jieba.dict.utf8'), hmm: dict('hmm_model.utf8'), user: dict('user.dict.utf8') },
  };
  return native;
}

function fromCachedPath(text: string | null): Binding | null {
  if (text === null) return null;
  try {
    const cached = JSON.parse(text) as CachedPath;
    const stat = statSync(cached.path);
    if (stat.size !== cached.size || stat.mtimeMs !== cached.mtimeMs) return null;
    return require(cached.path) as Binding;
  } catch {
    return null;
  }
}

/** Loads the package's entry and picks the binary it loaded out of the require cache. */
function viaPackage(root: string, remember: (found: CachedPath) => void): Binding {
  require('nodejs-jieba');
  const file = Object.keys(require.cache).find((f) => f.startsWith(root + path.sep) && f.endsWith('.node'));
  const mod = file ? require.cache[file] : undefined;
  if (!file || !mod) throw new Error(`nodejs-jieba: its native binary was not found under ${root}`);
  const stat = statSync(file);
  remember({ path: file, size: stat.size, mtimeMs: stat.mtimeMs });
  return mod.exports as Binding;
}
