// The node flags the `yishiting` command runs with: those on its entry's shebang line
// (`#!/usr/bin/env -S node <flags>`). Tests and benches that start the built command with
// `process.execPath dist/bin.js` pass them too, so that they measure it as installed.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** The flags on the shebang of `file` (default: src/bin.ts). */
export function binNodeFlags(file: string = path.join(root, 'src/bin.ts')): string[] {
  const first = readFileSync(file, 'utf8').split('\n', 1)[0] ?? '';
  const m = /^#!\/usr\/bin\/env(?: -S)? node(?<flags>(?: --?[\w-]+(?:=\S+)?)*)$/.exec(first);
  if (!m) throw new Error(`${file}: the first line is not a node shebang: ${first}`);
  return m
    .groups!.flags!.trim()
    .split(' ')
    .filter((f) => f !== '');
}
