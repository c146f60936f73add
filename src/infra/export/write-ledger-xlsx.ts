// The ledger as an Excel workbook: a summary sheet (汇总) first, then one sheet per category.
// Written with exceljs's streaming WorkbookWriter, one sheet at a time (a sheet is committed
// before the next begins, so nothing waits in memory), to a temporary file renamed at the end.
import ExcelJS from 'exceljs';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { LEDGER_COLUMNS, ledgerCells } from './ledger-columns.js';
import { CHUNK_ROWS, type LedgerSource, type ProgressFn } from './ledger-source.js';
import { summaryRows } from './ledger-summary.js';
import { writeAtomically } from './write-atomically.js';

const SUMMARY_SHEET = '汇总';

/** Excel sheet names: ≤ 31 characters, none of []:*?/\ , unique (case-insensitive). */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || '未命名';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base}(${i})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export async function writeLedgerXlsx(file: string, source: LedgerSource, onProgress?: ProgressFn): Promise<void> {
  await writeAtomically(file, async (tmp) => {
    // No styles and no shared strings: both cost per cell (styles ~35% of the time); the header
    // stays visible through the frozen first row instead of bold type.
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: false, useSharedStrings: false });
    wb.creator = 'yishiting';
    const taken = new Set<string>();
    const { format } = source;

    const summary = wb.addWorksheet(sheetName(SUMMARY_SHEET, taken));
    summary.columns = [{ width: 26 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 16 }, { width: 10 }, { width: 10 }];
    for (const cells of summaryRows(source.summary, format.categoryName)) summary.addRow(cells).commit();
    await summary.commit();

    // Rows arrive grouped by category: a sheet is committed before the next one opens.
    let done = 0;
    let sheet = null as { code: string; ws: ExcelJS.Worksheet } | null;
    for await (const row of source.rowsByCategory()) {
      if (sheet?.code !== row.category) {
        if (sheet) await sheet.ws.commit();
        sheet = { code: row.category, ws: categorySheet(wb, format.categoryName(row.category), taken) };
      }
      sheet.ws.addRow(ledgerCells(row, format)).commit();
      if (++done % CHUNK_ROWS === 0) {
        onProgress?.(done, source.total);
        await yieldToIo(); // let the zip stream drain what was written
      }
    }
    if (sheet) await sheet.ws.commit();
    await wb.commit();
    onProgress?.(done, source.total);
  });
}

function categorySheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, taken: Set<string>): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName(name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = LEDGER_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).commit();
  return ws;
}
