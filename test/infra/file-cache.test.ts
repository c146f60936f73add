import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileCache } from '../../src/infra/file-cache.js';
import { cachedRules } from '../../src/infra/rules/cached-rules.js';
import { loadRules } from '../../src/infra/rules/load-rules.js';

let dir: string;
const saved = process.env.YISHITING_CACHE_DIR;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'yishiting-cache-'));
  process.env.YISHITING_CACHE_DIR = path.join(dir, 'cache');
});
afterEach(() => {
  if (saved === undefined) delete process.env.YISHITING_CACHE_DIR;
  else process.env.YISHITING_CACHE_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe('file cache', () => {
  it('builds an entry once and then serves it from disk', () => {
    const cache = fileCache();
    let builds = 0;
    const build = () => `built ${++builds}\n`;
    const file = cache.file('entry.txt', build);
    expect(file).not.toBeNull();
    expect(cache.file('entry.txt', build)).toBe(file);
    expect(builds).toBe(1);
    expect(readFileSync(file!, 'utf8')).toBe('built 1\n');
  });

  it('rebuilds a damaged entry instead of handing it out', () => {
    const cache = fileCache();
    const file = cache.file('dict.utf8', () => '路灯 100 n\n')!;
    writeFileSync(file, '路灯 1');
    expect(cache.read('dict.utf8')).toBeNull();
    expect(readFileSync(cache.file('dict.utf8', () => '路灯 100 n\n')!, 'utf8')).toBe('路灯 100 n\n');
  });

  it('gives null (so callers rebuild) when the cache cannot be written, and is off when set empty', () => {
    writeFileSync(path.join(dir, 'cache'), 'a file, not a directory');
    expect(fileCache().file('x', () => 'x')).toBeNull();
    process.env.YISHITING_CACHE_DIR = '';
    expect(fileCache().file('x', () => 'x')).toBeNull();
  });
});

describe('cached rules', () => {
  const rulesDir = path.resolve(import.meta.dirname, '../fixtures/rules/basic');

  it('serves exactly what loadRules gives, and a changed rule file is loaded anew', () => {
    const copy = path.join(dir, 'rules');
    cpSync(rulesDir, copy, { recursive: true });
    const first = cachedRules(copy);
    expect(first.rules).toBeNull();
    first.store(loadRules(copy));
    expect(cachedRules(copy).rules).toEqual(loadRules(copy));

    const file = path.join(copy, 'categories', readdirSync(path.join(copy, 'categories'))[0]!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# edited\n`);
    expect(cachedRules(copy).rules).toBeNull();
  });

  it('ignores an unreadable entry', () => {
    const first = cachedRules(rulesDir);
    first.store(loadRules(rulesDir));
    const cacheDir = process.env.YISHITING_CACHE_DIR!;
    const entry = readdirSync(cacheDir).find((f) => f.startsWith('rules-') && f.endsWith('.json'))!;
    writeFileSync(path.join(cacheDir, entry), '{"categories": [');
    expect(cachedRules(rulesDir).rules).toBeNull();
  });
});
