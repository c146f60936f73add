import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchFiles, type FileWatcher } from '../../src/infra/watch-files.js';

let dir: string;
let watcher: FileWatcher | null = null;
afterEach(() => {
  watcher?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('watchFiles', () => {
  it('reports a burst of writes to a watched file as one change', async () => {
    dir = mkdtempSync(join(tmpdir(), 'yishiting-watch-'));
    const file = join(dir, 'replies.yaml');
    writeFileSync(file, 'a: 1\n');
    const calls: string[][] = [];
    const changed = new Promise<string[]>((resolve) => {
      watcher = watchFiles({
        paths: [dir],
        debounceMs: 50,
        onChange: (files) => {
          calls.push(files);
          resolve(files);
        },
      });
    });
    writeFileSync(file, 'a: 2\n');
    writeFileSync(file, 'a: 3\n');
    writeFileSync(file, 'a: 4\n');
    expect(await changed).toEqual([join(dir, 'replies.yaml')]);
    expect(calls).toHaveLength(1);
  });
});
