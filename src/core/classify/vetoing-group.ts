import type { Decision } from './explanation.js';
import type { NegativeCues } from './find-negative-cues.js';
import type { Rules } from './rules.js';

/**
 * The "not a report" group that vetoes a message whatever it scores, or null: a span-scoped group
 * (别的小区, 新闻, 万一哪天 …) that counted covers everything the message is about (find-negative-cues.ts
 * judged its span), and a resolution that closes everything said before it (拧开就热了) ends the story.
 * `skip`: the groups an emergency outweighs, when the message tells one.
 */
export function vetoingGroup(negative: NegativeCues, rules: Rules, skip?: ReadonlySet<number>): Decision['elsewhere'] {
  for (const [group, terms] of negative) {
    if (skip?.has(group)) continue;
    const g = rules.cues[group]!;
    if (g.scope === 'span' || g.closes === true) return { label: g.label, terms, closes: g.closes === true };
  }
  return null;
}
