// What the ledger writers read: the rows (all, or one category at a time), the sheet order,
// the summary, and a progress callback for long exports.
import type { LedgerFormat } from './ledger-columns.js';
import type { LedgerRow } from './ledger-row.js';
import type { LedgerSummary } from './ledger-summary.js';

export interface LedgerSource {
  total: number;
  /** Category codes in sheet order. */
  categories: readonly string[];
  /** All rows by first report time. */
  rows(): AsyncIterable<LedgerRow> | Iterable<LedgerRow>;
  /** All rows grouped by category, in the order of `categories`. */
  rowsByCategory(): AsyncIterable<LedgerRow> | Iterable<LedgerRow>;
  summary: LedgerSummary;
  format: LedgerFormat;
}

/** Called every so many rows with the number written so far. */
export type ProgressFn = (done: number, total: number) => void;

/** How often writers report progress and let the output streams drain. */
export const CHUNK_ROWS = 1000;
