// Calming: a message framed by a group that speaks of no danger here and now (a forwarded article's
// fire, a notice about "this kind of accident", a drill, a letter of thanks; urgency.yaml calming)
// tells no danger, whatever hazards it holds; each one is listed as cancelled, with the group that
// calmed it. A group an emergency outweighs in this message (outweighed-groups.ts) calms nothing.
import type { Urgency } from './detect-urgency.js';
import type { NegativeCues } from './find-negative-cues.js';
import { cueGroupsOf } from './outweighed-groups.js';
import type { Rules } from './rules.js';

/** The urgency, or none when a calming group frames the whole message; `outweighs`: the groups an emergency outweighs. */
export type Calming = (u: Urgency, negative: NegativeCues, outweighs: ReadonlySet<number>) => Urgency;

export function createCalming(rules: Rules): Calming {
  const calming = cueGroupsOf(rules, rules.urgency.calming ?? []);
  return (u, negative, outweighs) => {
    if (!u.urgent || calming.size === 0) return u;
    for (const [group, terms] of negative) {
      if (!calming.has(group) || outweighs.has(group)) continue;
      const why = `「${rules.cues[group]!.label}」（${terms.join('、')}）：说的不是眼下本小区的险情`;
      return {
        urgent: false,
        found: [],
        cancelled: [...u.cancelled, ...u.found.map((f) => ({ term: f.term, why }))],
        fallback: null,
        categories: [],
      };
    }
    return u;
  };
}
