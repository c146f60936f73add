// How a recorded staff correction reads to staff (rules suggest, the dashboard's 规则 page).
import { maskSensitive } from '../mask-sensitive.js';
import type { Correction } from '../tickets/types.js';

const COMMAND = { recategorise: '#改类', not_report: '#不是诉求', missed: '#登记' } as const;

/**
 * The message the classifier saw (masked) and what staff said of it, e.g.
 * `{ text: '3栋路灯不亮', detail: '#改类：照明（lighting） → 供电（power），李网格员，2026-12-01' }`.
 */
export function describeCorrection(c: Correction, categoryName: (code: string) => string): { text: string; detail: string } {
  const cat = (code: string | null) => (code === null ? '无' : `${categoryName(code)}（${code}）`);
  const what =
    c.kind === 'recategorise'
      ? `${cat(c.fromCategory)} → ${cat(c.toCategory)}`
      : c.kind === 'not_report'
        ? `原判 ${cat(c.fromCategory)}，不是诉求`
        : `漏判，应为 ${cat(c.toCategory)}`;
  return { text: maskSensitive(c.text), detail: `${COMMAND[c.kind]}：${what}，${c.staff}，${c.at.toISOString().slice(0, 10)}` };
}
