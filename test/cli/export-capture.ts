// Runs a sub-command's run(argv) in-process, capturing what it writes to stdout and stderr.
import { vi } from 'vitest';

export async function captureCli(run: (argv: string[]) => Promise<number>, argv: string[]) {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err += String(s);
    return true;
  });
  try {
    const code = await run(argv);
    return { code, out, err };
  } finally {
    vi.restoreAllMocks();
  }
}
