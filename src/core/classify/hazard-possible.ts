import type { Hit } from './compile-terms.js';
import { HAZARD_ALONE, HAZARD_NEEDS, type TermTable } from './term-table.js';

/**
 * Could a hazard make this text urgent? For the prefilter, which must not bound away an emergency:
 * a hazard that needs nothing (着火) could; one that needs an exposure (断了, 打不开, 没回来 are
 * common words) only when the text holds an exposure of a kind it needs, anywhere. `raw`: the text's
 * hits of the index `table` belongs to; `near`: its exposure hits, looked for only when needed.
 */
export function hazardPossible(table: TermTable, raw: readonly Hit[], near: () => Hit[]): boolean {
  let needy: number[][] | null = null;
  for (const h of raw) {
    const f = table.flags[h.id]!;
    if ((f & HAZARD_ALONE) !== 0) return true;
    if ((f & HAZARD_NEEDS) !== 0) {
      needy ??= [];
      needy.push(h.data.hazardNeeds!);
    }
  }
  if (needy === null) return false;
  const exposed = near();
  return needy.some((kinds) => exposed.some((x) => x.data.exposes.some((k) => kinds.includes(k))));
}
