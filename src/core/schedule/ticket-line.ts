// How a ticket is named in scheduled messages: "#12 照明 · 3号楼【紧急】【重复投诉】".
import type { Ticket } from '../tickets/types.js';

/** Long lists are cut to this many lines plus "…另有 N 件". */
const MAX_LINES = 20;

export function ticketLabel(t: Ticket, categoryName: (code: string) => string): string {
  const where = t.building ? ` · ${t.building}` : '';
  const flags = `${t.urgent ? '【紧急】' : ''}${t.repeatOf ? '【重复投诉】' : ''}`;
  return `#${t.number} ${categoryName(t.category)}${where}${flags}`;
}

/** The first MAX_LINES lines, and one line saying how many were left out. */
export function capLines(lines: string[]): string[] {
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES), `…另有 ${lines.length - MAX_LINES} 件，详见台账（yishiting export）。`];
}
