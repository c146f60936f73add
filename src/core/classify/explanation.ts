// What `rules explain` shows: every step behind one decision, in plain terms.
import type { IgnoredHit } from './find-negative-cues.js';
import type { CategoryScore, CueScore } from './score-hits.js';
import type { Classification } from './types.js';
import type { UrgentFinding } from './detect-urgency.js';

export interface Explanation {
  result: Classification;
  quote: string | null;
  reply: string;
  /** False when the prefilter decided without calling the segmenter. */
  segmented: boolean;
  tokens: string[];
  /** Every term that counted, with what it stands for (Chinese). */
  matches: { term: string; roles: string[] }[];
  categories: CategoryScore[];
  cues: CueScore[];
  genericProblems: number;
  evidence: number;
  urgent: { terms: string[]; cancelledBy: string[]; found: UrgentFinding[] };
  /** Terms found in the text that did not count, and why (Chinese). */
  ignored: IgnoredHit[];
  reason: string;
}

export interface ExplainingClassifier {
  classify(text: string): Classification;
  explain(text: string): Explanation;
}

export const NONE: never[] = [];
export const NOT_URGENT_EXPLAINED: Explanation['urgent'] = { terms: NONE, cancelledBy: NONE, found: NONE };

export function notReport(building: string | null): Classification {
  return { report: false, category: null, urgent: false, building, terms: [] };
}

/** The prefilter's answer: no segmentation, nothing could reach a report. */
export function skipped(quote: string | null, reply: string, building: string | null): Explanation {
  return {
    quote,
    reply,
    segmented: false,
    tokens: NONE,
    matches: NONE,
    categories: NONE,
    cues: NONE,
    genericProblems: 0,
    evidence: 0,
    urgent: NOT_URGENT_EXPLAINED,
    ignored: NONE,
    result: notReport(building),
    reason:
      '出现的词就算全部算上，也够不上一条诉求（没有说到任何类别的东西或险情，或者说的是别处，或者被通知、广告之类的说法抵消），不是诉求。',
  };
}
