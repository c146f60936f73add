// What `rules explain` shows: every step behind one decision, in plain terms.
import type { IgnoredHit } from './find-negative-cues.js';
import type { CategoryScore, CueScore } from './score-hits.js';
import type { Rules } from './rules.js';
import type { Classification } from './types.js';
import type { Urgency, UrgentFinding } from './detect-urgency.js';
import type { DroppedHit } from './align-hits.js';

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
  /**
   * The rules heard a reason against a report (a notice title, staff speaking, thanks for a fix, a
   * "not a report" cue, something taken back), not only too little for one; null when the
   * prefilter decided before it could tell (read it again without the prefilter to know).
   */
  against: boolean | null;
  /**
   * A report names a thing of its category and says something is wrong with it or asks for
   * something (楼道灯不亮; 早些年装的电梯，现在老是坏; 说好的周三来修电梯 人呢), not only names
   * things, asks a question or tells (电梯年检是哪天？); false for no report.
   */
  paired: boolean;
  /** The learned model's opinion, when the rules have one (second-opinion.ts). */
  learned?: LearnedExplanation;
}

/** What the learned model thought of a message, and what it changed. */
export interface LearnedExplanation {
  /** Probabilities: a report, an urgent report, the most likely category. */
  report: number;
  urgent: number;
  category: string;
  categoryName: string;
  categoryP: number;
  /** The pieces of text that pushed hardest toward a report, and away from one. */
  toward: string[];
  against: string[];
  /** What it changed in the rules' verdict (Chinese), or null. */
  changed: string | null;
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
    against: null,
    paired: false,
    reason:
      '出现的词就算全部算上，也够不上一条诉求（没有说到任何类别的东西或险情，或者说的是别处，或者被通知、广告之类的说法抵消），不是诉求。',
  };
}

/** What decided a message, as `explainDecision` words it. */
export interface Decision {
  /** A 【…】 title that makes it a notice or forward, or null. */
  header: string | null;
  /** The staff label or signature it opens or closes with, or null. */
  staff: string | null;
  /** The time window of planned work it announces, or null. */
  planned: string | null;
  /** The thanks it opens with for a fix, or null. */
  thanked: string | null;
  /** The group that vetoes it: elsewhere, or over (closes). */
  elsewhere: { label: string; terms: string[]; closes: boolean } | null;
  /** The Chinese name of the best category, or null. */
  category: string | null;
  categoryScore: number;
  evidence: number;
  report: boolean;
  thresholds: Pick<Rules['thresholds'], 'category' | 'report'>;
  /** The "not a report" terms that counted. */
  negativeTerms: string[];
  /** The dangers (term＋exposure) of an urgent report, or null. */
  dangers: string[] | null;
}

/** The one sentence `rules explain` ends with: why the message is, or is not, a report (Chinese). */
export function explainDecision(d: Decision): string {
  const th = d.thresholds;
  if (d.header !== null) return `以【${d.header}】开头：是通知、转发或文章的标题，不是诉求。`;
  if (d.staff !== null) return `「${d.staff}」说的话：是工作人员的通知或答复，不是诉求。`;
  if (d.planned !== null) return `「${d.planned}」：说的是什么时候做计划内的活（停水、检修），没有请求、抱怨，是在通知，不是诉求。`;
  if (d.thanked !== null) return `以「${d.thanked}」开头、说了已经好了，后面没有再请求、抱怨、说又坏了或说新的问题：是在感谢，不是诉求。`;
  if (d.elsewhere !== null)
    return `「${d.elsewhere.label}」（${d.elsewhere.terms.join('、')}）：${d.elsewhere.closes ? '说的事已经了结' : '说到的事都不在本小区或不是眼下的事'}，不是诉求。`;
  if (d.category === null) return '没有说到任何类别的东西，也没有险情，不是诉求。';
  if (!d.report && d.categoryScore < th.category)
    return `最像「${d.category}」，但只得 ${d.categoryScore} 分（至少要 ${th.category} 分），说得不够明确，不是诉求。`;
  if (!d.report)
    return `最像「${d.category}」，但总分 ${d.evidence} 不到 ${th.report}（${d.negativeTerms.length > 0 ? `被「${d.negativeTerms.join('、')}」抵消` : '看不出是在反映问题'}），不是诉求。`;
  const danger = d.dangers !== null ? `；险情「${d.dangers.join('、')}」使它成为紧急` : '';
  return `说的是「${d.category}」（${d.categoryScore} 分），总分 ${d.evidence} ≥ ${th.report}，是一条诉求${danger}。`;
}

/** What explain says of an urgency: its hazard and exposure terms (each once), the terms that cancelled one, its findings. */
export function explainUrgency(u: Urgency): Explanation['urgent'] {
  const terms = [...new Set(u.found.flatMap((f) => (f.exposure !== null ? [f.term, f.exposure] : [f.term])))];
  return { terms, cancelledBy: [...new Set(u.cancelled.map((c) => c.term))], found: u.found };
}

/** Why the cut dropped a hit (message-cut.ts), as explain lists it: a part of a longer term, or across two words. */
export function droppedWhy(d: DroppedHit): IgnoredHit {
  return {
    term: d.term,
    why: d.why === 'contained' ? `它是更长的词「${d.by}」的一部分，只算长的` : `分词后它跨在两个词之间（${d.by}），不是这个意思`,
  };
}
