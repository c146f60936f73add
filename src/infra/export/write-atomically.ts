// Never a half-written file: output goes to a temporary file beside the target (same directory,
// so the rename is atomic) and is renamed over the target only when complete.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Runs `write(tmpPath)`, then renames the temporary file to `target`; on failure removes it and rethrows. */
export async function writeAtomically<T>(target: string, write: (tmpPath: string) => Promise<T>): Promise<T> {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const result = await write(tmp);
    renameSync(tmp, target);
    return result;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
