// For tests that call a sub-command's run() in-process: a scratch directory per test and the
// lines the command writes to stdout and stderr, captured instead of printed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

export interface CliScratch {
  /** A fresh temporary directory, removed after the test. */
  dir: string;
  /** What the command wrote to stdout, one entry per write. */
  out: string[];
  /** What the command wrote to stderr, one entry per write. */
  err: string[];
}

/** Registers the per-test set-up and clean-up; read the fields inside tests (they change per test). */
export function useCliScratch(prefix: string): CliScratch {
  const s: CliScratch = { dir: '', out: [], err: [] };
  beforeEach(() => {
    s.dir = mkdtempSync(join(tmpdir(), prefix));
    s.out = [];
    s.err = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      s.out.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      s.err.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(s.dir, { recursive: true, force: true });
  });
  return s;
}
