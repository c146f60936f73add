// Never a half-written file: output goes to a temporary file beside the target (same directory,
// so the rename is atomic) and is renamed over the target only when complete.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Runs `write(tmpPath)`, then renames the temporary file to `target`; on failure removes it and rethrows. */
export async function writeAtomically<T>(target: string, write: (tmpPath: string) => Promise<T>): Promise<T> {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // The ledger names residents and their reports: owner-only from the first byte (writers
    // truncate the file they are given, which keeps its mode), and again in case one replaced it.
    closeSync(openSync(tmp, 'wx', 0o600));
    const result = await write(tmp);
    chmodSync(tmp, 0o600);
    renameSync(tmp, target);
    return result;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
