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
  it('reports a burst of writes to watched files as one change, and the next change as the next one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'yishiting-watch-'));
    const file = join(dir, 'replies.yaml');
    const other = join(dir, 'urgency.yaml');
    const marker = join(dir, 'cues.yaml');
    writeFileSync(file, 'a: 1\n');
    writeFileSync(other, 'u: 1\n');
    const calls: string[][] = [];
    // Resolves on the call that names `want`: a late second call for the burst would come before the marker's.
    let waiting: { want: string; resolve: () => void } | null = null;
    const callFor = (want: string) => new Promise<void>((resolve) => (waiting = { want, resolve }));
    watcher = watchFiles({
      paths: [dir],
      debounceMs: 100,
      onChange: (files) => {
        calls.push(files);
        if (waiting !== null && files.includes(waiting.want)) waiting.resolve();
      },
    });
    const burst = callFor(file);
    // Alternating files: the kernel merges only identical events in a row, so each write is an event.
    writeFileSync(file, 'a: 2\n');
    writeFileSync(other, 'u: 2\n');
    writeFileSync(file, 'a: 3\n');
    writeFileSync(other, 'u: 3\n');
    await burst;
    const next = callFor(marker);
    writeFileSync(marker, 'b: 1\n');
    await next;
    expect(calls).toEqual([[file, other], [marker]]);
  });
});
