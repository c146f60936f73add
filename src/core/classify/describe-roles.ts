// Plain-Chinese descriptions of what a matched term stands for (no internal codes).
import type { Hit, TermRole } from './compile-terms.js';
import type { Rules } from './rules.js';

/** `counted(group, term)`: whether a "not a report" cue hit really counted (not negated or out of scope). */
export type RoleDescriber = (hits: Hit[], counted: (group: number, term: string) => boolean) => { term: string; roles: string[] }[];

export function createRoleDescriber(rules: Rules): RoleDescriber {
  const names = new Map(rules.categories.map((c) => [c.code, c.name]));
  const name = (code: string) => names.get(code) ?? code;
  // Exposure classes no hazard needs (有人管) only keep a shorter exposure (有人) from counting.
  const needed = new Set(rules.urgency.hazards.flatMap((h) => [...h.needs, ...(h.also ?? [])]));
  const describe = (r: TermRole): string => {
    switch (r.kind) {
      case 'object':
        return `「${name(r.category)}」的东西`;
      case 'problem':
        return `「${name(r.category)}」出问题的说法`;
      case 'category-cue':
        return r.weight >= 0 ? `更像「${name(r.category)}」` : `同一句里不像「${name(r.category)}」`;
      case 'generic-problem':
        return '通用的“出问题”说法';
      case 'cue': {
        const g = rules.cues[r.group]!;
        return `${g.weight > 0 ? '加分' : '减分'}：${g.label}`;
      }
      case 'urgent':
        return `「${name(r.category)}」的险情`;
      case 'hazard':
        return `险情：${rules.urgency.hazards[r.hazard]!.label}`;
      case 'exposure': {
        const x = rules.urgency.exposures[r.exposure]!;
        return needed.has(x.kind) ? `险情波及：${x.label}` : `不算险情波及：${x.label}`;
      }
      case 'urgent-cancel':
        return r.forward ? '差点：取消同一分句里它后面的险情' : '取消紧急（假设、差点、已经没事）';
      case 'urgent-over':
        return '险情已经过去（它前面和同一分句里的险情不算紧急）';
    }
  };
  return (hits, counted) => {
    const out = new Map<string, Set<string>>();
    for (const h of hits) {
      const set = out.get(h.term) ?? new Set<string>();
      for (const r of h.data.roles) {
        if (r.kind === 'cue' && rules.cues[r.group]!.weight < 0 && !counted(r.group, h.term)) continue;
        set.add(describe(r));
      }
      if (set.size > 0) out.set(h.term, set);
    }
    return [...out.entries()].map(([term, set]) => ({ term, roles: [...set] }));
  };
}
