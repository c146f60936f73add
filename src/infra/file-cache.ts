// A directory of files that are slow to rebuild and safe to lose (the trimmed jieba dictionary,
// compiled rules). Default: node_modules/.cache/yishiting in the package (the usual place for
// tool caches); YISHITING_CACHE_DIR overrides it, an empty value turns caching off. Entries are
// written to a temporary name and renamed, so concurrent processes never see half a file;
// a missing, unreadable or unwritable cache only means rebuilding.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from './package-root.js';

export interface FileCache {
  /** The path of an intact entry, built and stored first when missing or damaged; null when nothing can be stored. */
  file(name: string, build: () => string): string | null;
  /** The entry's text if it is there and intact (its hash is stored beside it). */
  read(name: string): string | null;
  write(name: string, text: string): void;
}

export function fileCache(dir: string | null = defaultCacheDir()): FileCache {
  const read = (name: string): string | null => {
    if (!dir) return null;
    try {
      return readFileSync(path.join(dir, name), 'utf8');
    } catch {
      return null;
    }
  };
  const write = (name: string, text: string): boolean => {
    if (!dir) return false;
    try {
      mkdirSync(dir, { recursive: true });
      const tmp = path.join(dir, `${name}.${process.pid}.tmp`);
      writeFileSync(tmp, text);
      renameSync(tmp, path.join(dir, name));
      return true;
    } catch {
      return false;
    }
  };
  const readIntact = (name: string): string | null => {
    const text = read(name);
    return text !== null && read(`${name}.sha256`) === hashOf(text) ? text : null;
  };
  return {
    read: readIntact,
    write: (name, text) => void (write(name, text) && write(`${name}.sha256`, hashOf(text))),
    file(name, build) {
      if (!dir) return null;
      // Checked against its hash: a damaged dictionary would make jieba abort the process.
      if (readIntact(name) !== null) return path.join(dir, name);
      const text = build();
      return write(name, text) && write(`${name}.sha256`, hashOf(text)) ? path.join(dir, name) : null;
    },
  };
}

function defaultCacheDir(): string | null {
  const env = process.env.YISHITING_CACHE_DIR;
  if (env !== undefined) return env === '' ? null : path.resolve(env);
  return path.join(PACKAGE_ROOT, 'node_modules', '.cache', 'yishiting');
}

/** A short content hash for cache keys. */
export function hashOf(...parts: (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 20);
}
