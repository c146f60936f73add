// What an urgent finding does to the decision. The danger names the category (urgent-category.ts;
// explain is told when a category yielded it, a fire in the car park); a category scored below the
// threshold gives way to the danger's fallback (老人 → 一老一小) unless it is itself a danger's own,
// and is then lifted to the threshold, the evidence it lacked added (within the cap), so that a danger
// is reported even told in odd words; the urgency's own weight (urgency.yaml evidence) is added; and
// the "not a report" groups an emergency outweighs (outweighed-groups.ts) count against it no more.
import type { Urgency } from './detect-urgency.js';
import type { IgnoredHit, NegativeCues } from './find-negative-cues.js';
import type { Rules } from './rules.js';
import type { CategoryScore } from './score-hits.js';
import { createUrgentCategory } from './urgent-category.js';

/** What a message is decided on: its category (or none), what that scored and the evidence for "report". */
interface Standing {
  category: string | null;
  categoryScore: number;
  evidence: number;
}

/**
 * The standing of a message whose `urgency` is urgent. `named`: the categories it names by one of
 * their things, well enough; `categories`: every category scored (best first); `evidence`: the
 * evidence for "report" before urgency; `negative`: the "not a report" groups that counted, of which
 * an emergency `outweighs` some; `ignored`: explain's list of what did not count, or undefined.
 */
export type UrgentEvidence = (
  urgency: Urgency,
  named: readonly CategoryScore[],
  categories: readonly CategoryScore[],
  evidence: number,
  negative: NegativeCues,
  outweighs: ReadonlySet<number>,
  ignored: IgnoredHit[] | undefined,
) => Standing;

export function createUrgentEvidence(rules: Rules): UrgentEvidence {
  const urgentCategory = createUrgentCategory(rules);
  const names = new Map(rules.categories.map((c) => [c.code, c.name]));
  const th = rules.thresholds;
  return (urgency, named, categories, evidence, negative, outweighs, ignored) => {
    // A danger belongs to the category whose hazard it is (煤气味 … 物业电话没人接 is gas).
    const danger = urgentCategory(urgency, named, categories);
    if (ignored && danger.from !== null)
      ignored.push({
        term: danger.from.terms.join('、'),
        why: `出在「${names.get(danger.from.code)}」的东西上，但这种险情归「${names.get(danger.code!)}」`,
      });
    let category = danger.code;
    let categoryScore = danger.score;
    // A weak category that is itself a danger's own (一老一小 of 滑倒…爬不起来 beside 喊救命) keeps it.
    if (categoryScore < th.category && urgency.fallback !== null && !(category !== null && urgency.categories.includes(category)))
      category = urgency.fallback;
    if (category !== null && categoryScore < th.category) {
      evidence += Math.min(th.category, th.categoryCap) - Math.min(categoryScore, th.categoryCap);
      categoryScore = th.category;
    }
    evidence += rules.urgency.evidence;
    for (const [group, list] of negative) {
      if (!outweighs.has(group)) continue;
      evidence -= rules.cues[group]!.weight;
      if (ignored) for (const t of list) ignored.push({ term: t, why: `有险情，比「${rules.cues[group]!.label}」要紧，不减分` });
    }
    return { category, categoryScore, evidence };
  };
}
