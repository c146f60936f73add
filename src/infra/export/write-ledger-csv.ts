// The ledger as CSV: UTF-8 with a byte-order mark so Excel opens the Chinese correctly, one row
// per ticket, the same columns as the xlsx sheets. Written to a temporary file renamed at the end.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { LEDGER_COLUMNS, ledgerCells } from './ledger-columns.js';
import { CHUNK_ROWS, type LedgerSource, type ProgressFn } from './ledger-source.js';
import { writeAtomically } from './write-atomically.js';

/**
 * One CSV field: quoted when it holds a comma, quote or line break; text that Excel would read as
 * a formula (=, +, -, @ first) gets a leading apostrophe so a resident's message can never run.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function writeLedgerCsv(file: string, source: LedgerSource, onProgress?: ProgressFn): Promise<void> {
  await writeAtomically(file, async (tmp) => {
    const out = createWriteStream(tmp, { encoding: 'utf8' });
    const failed = once(out, 'error').then(([err]) => Promise.reject(err as Error));
    failed.catch(() => {});
    const write = async (line: string) => {
      if (!out.write(line)) await Promise.race([once(out, 'drain'), failed]);
    };
    await write(`\uFEFF${LEDGER_COLUMNS.map((c) => csvField(c.header)).join(',')}\r\n`);
    let done = 0;
    let chunk = '';
    for await (const row of source.rows()) {
      chunk += `${ledgerCells(row, source.format).map(csvField).join(',')}\r\n`;
      if (++done % CHUNK_ROWS === 0) {
        await write(chunk);
        chunk = '';
        onProgress?.(done, source.total);
      }
    }
    if (chunk) await write(chunk);
    out.end();
    await Promise.race([once(out, 'close'), failed]);
    onProgress?.(done, source.total);
  });
}
