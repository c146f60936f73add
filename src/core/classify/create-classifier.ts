// The rule-based classifier. For each message (the reply, when it quotes another):
//   0. read it: simplified characters, the quote split off (split-quote.ts), the building
//      (message-building.ts), dialect words (dialect.ts), @mentions blanked (blank-mentions.ts), a
//      quote's things lent to a bare reply (borrow-quote-objects.ts); a 【…】 notice title makes it
//      no report (notice-header.ts);
//   1. find every rule term as a substring (compile-terms.ts, term-index.ts), less what a
//      comparison or "works again" says (comparisons.ts, regained.ts); "not a report" cues are
//      judged right here, without segmentation (find-negative-cues.ts), and a group that covers
//      or closes everything said vetoes the message (vetoing-group.ts) unless a danger outweighs it
//      (outweighed-groups.ts);
//   2. prefilter: score the substring hits as an upper bound (upper-bound.ts), leaving out what an
//      emergency outweighs when a hazard could make it urgent (hazard-possible.ts); if even that
//      cannot reach the thresholds, the answer is "not a report" without calling jieba;
//   3. otherwise segment (only the span holding boundary-sensitive hits, widened later to the
//      exposures around a hazard) and keep the hits that do not straddle two words (message-cut.ts);
//   4. score: best category, generic problem words, global cue groups (score-hits.ts);
//   5. urgency: hazard × exposure within a window of clauses, unless cancelled (detect-urgency.ts)
//      or calmed (a forwarded article's fire; calming.ts); an urgent finding decides the category
//      (urgent-category.ts) and adds evidence, so a danger is reported even in odd words (urgent-evidence.ts);
//   6. late vetoes: staff speaking, planned work announced or thanks for a fix make a message that
//      tells no danger no report (late-vetoes.ts);
//   7. decide, with the terms that decided a report (report-terms.ts), and for explain say why
//      (explanation.ts);
//   8. a learned model, when the rules carry one, overrules the verdict where it is nearly certain
//      (learned-model.ts, second-opinion.ts).
// Step 2 is lossless: the exact score of the aligned hits can never exceed the bound.
import { blankMentions } from './blank-mentions.js';
import type { DroppedHit } from './align-hits.js';
import { createQuoteObjectBorrower } from './borrow-quote-objects.js';
import { createNoticeHeader } from './notice-header.js';
import { createOutweighedGroups } from './outweighed-groups.js';
import { createLateVetoes, NO_LATE_VETO } from './late-vetoes.js';
import { messageBuilding } from './message-building.js';
import { createMessageCut } from './message-cut.js';
import { createCalming } from './calming.js';
import { createClauseSplitter } from './clause-ids.js';
import { createRegainedFilter } from './regained.js';
import { reportTerms } from './report-terms.js';
import { createCancelVehicleFilter, createComparisonFilter } from './comparisons.js';
import { createDialectReader } from './dialect.js';
import { compileTerms, type Hit } from './compile-terms.js';
import { createRoleDescriber } from './describe-roles.js';
import { createUrgencyDetector, NOT_URGENT } from './detect-urgency.js';
import {
  droppedWhy,
  explainDecision,
  explainUrgency,
  NONE,
  NOT_URGENT_EXPLAINED,
  notReport,
  skipped,
  type Explanation,
  type ExplainingClassifier,
} from './explanation.js';
import { extractBuilding } from './extract-building.js';
import { hazardPossible } from './hazard-possible.js';
import { createNegativeCueFinder, negativeSum, type IgnoredHit, type NegativeCues } from './find-negative-cues.js';
import { createNegation } from './negation.js';
import { createLearnedModel, createLearnedReader } from './learned-model.js';
import { withSecondOpinion } from './second-opinion.js';
import type { Rules } from './rules.js';
import { createScorer } from './score-hits.js';
import { splitQuote } from './split-quote.js';
import type { Classification, Segmenter } from './types.js';
import { HAZARD, NEGATIVE_CUE, TOPICAL } from './term-table.js';
import { createUpperBound } from './upper-bound.js';
import { createUrgentEvidence } from './urgent-evidence.js';
import { vetoingGroup } from './vetoing-group.js';

export type { Explanation, ExplainingClassifier } from './explanation.js';

export interface ClassifierOptions {
  /** Skip the prefilter (every message with any term is segmented, boundaries certain or not); results are identical. */
  prefilter?: boolean;
}

const NO_CUES: NegativeCues = new Map();

/** Build a classifier from loaded rules and a segmenter whose dictionary holds the rule terms. */
export function createClassifier(rules: Rules, segmenter: Segmenter, options: ClassifierOptions = {}): ExplainingClassifier {
  const prefilter = options.prefilter ?? true;
  const { index, urgencyIndex, table, keyCount } = compileTerms(rules);
  // Stage tests on a main-index hit read its flags (see term-table.ts).
  const { flags } = table;
  const isTopical = (h: Hit) => (flags[h.id]! & TOPICAL) !== 0;
  const hasNegativeCue = (h: Hit) => (flags[h.id]! & NEGATIVE_CUE) !== 0;
  const isHazard = (h: Hit) => (flags[h.id]! & HAZARD) !== 0;
  const negation = createNegation(rules.language);
  const splitClauses = createClauseSplitter(rules.language.clauseBreaks);
  const dropVehicles = createComparisonFilter(rules.language);
  // 这味跟以前煤气罐漏的时候似的: a canceller or over word inside what is compared with (以前) or
  // closing it (似的) speaks of that, not of the hazard before it.
  const dropCancelVehicles = createCancelVehicleFilter(rules.language, isCancelOnly);
  const dropRegained = createRegainedFilter(rules);
  const findNegativeCues = createNegativeCueFinder(rules, negation, (text) => segmenter.cut(text));
  const upperBound = createUpperBound(rules, keyCount, table);
  const cut = createMessageCut(table, segmenter, prefilter);
  const score = createScorer(rules, table, keyCount, negation);
  const detectUrgency = createUrgencyDetector(rules, negation, (text) => segmenter.cut(text));
  const borrowQuoteObjects = createQuoteObjectBorrower(rules, index);
  const noticeHeader = createNoticeHeader(rules.language, (title) => extractBuilding(title, zones) !== null);
  const lateVeto = createLateVetoes(rules, negation);
  const describeRoles = createRoleDescriber(rules);
  const names = new Map(rules.categories.map((c) => [c.code, c.name]));
  const urgentEvidence = createUrgentEvidence(rules);
  const th = rules.thresholds;
  // The cue groups that, with a thing named, ground a report as a problem word does (请尽快, 没人管).
  const grounding = new Set(rules.cues.flatMap((g) => (g.grounds === true ? [g.kind] : [])));
  // "Not a report" groups an emergency outweighs (a resident's 【求助】 or @所有人 is no notice, nor
  // who relays a danger placed at a building here).
  const outweighedGroups = createOutweighedGroups(rules);
  // "Not a report" groups that calm every hazard of the message (a forwarded article's fire).
  const calmed = createCalming(rules);
  const zones = rules.places.zones;
  const toSimplified = (text: string) => segmenter.toSimplified?.(text) ?? text;
  const readDialect = createDialectReader(rules.language.dialect ?? {});

  // The exposure and canceller hits of the message in hand (see compile-terms.ts): looked for at
  // most once, and only when a stage needs them. Held here, not in a closure made per message
  // (run is synchronous and never re-entered), so that run captures none of its own variables.
  let nearText = '';
  let nearHits: Hit[] | null = null;
  const near = (): Hit[] => (nearHits ??= urgencyIndex.findAll(nearText));

  // What classify returns: only the result of the explanation is read, so one object serves every call.
  const classified = skipped(null, '', null);
  const decided = (result: Classification, against: boolean | null = null, paired = false): Explanation => {
    classified.result = result;
    classified.against = against;
    classified.paired = paired;
    return classified;
  };

  function run(written: string, detail: boolean, usePrefilter: boolean): Explanation {
    // The rules read simplified characters; the building is reported as written (三號樓).
    const text = toSimplified(written);
    const split = splitQuote(text);
    const here = extractBuilding(split.reply, zones);
    const building = messageBuilding(split, here, zones, text, written);
    // Dialect spellings (唔, 咗, 阿拉) read as the rules' words; the building above is taken as written.
    const quote = split.quote !== null ? readDialect(split.quote) : null;
    let reply = blankMentions(readDialect(split.reply));
    let raw = index.findAll(reply);
    const borrowed = borrowQuoteObjects(quote, reply, raw, split.author, here !== null);
    if (borrowed !== null) {
      reply = borrowed;
      raw = index.findAll(reply);
    }
    // 【通知】…, 【转发】…: a titled notice or forward is no report, whatever it holds.
    const header = noticeHeader(reply);
    if (usePrefilter && !detail && header !== null) return decided(notReport(building), true);
    if (usePrefilter && !raw.some(isTopical))
      return detail ? skipped(quote, reply, building) : decided(notReport(building), header !== null || null);
    const clauses = splitClauses(reply);
    // 跟水管爆了似的: what the message compares with is not what is wrong.
    raw = dropVehicles(raw, reply, clauses);
    // 热水器又能打着火了: the thing works again, the trouble is not back.
    raw = dropRegained(raw, reply);
    nearText = reply;
    nearHits = null;
    const ignored: IgnoredHit[] | undefined = detail ? [] : undefined;
    const negative = raw.some(hasNegativeCue) ? findNegativeCues(raw, reply, clauses, near, ignored) : NO_CUES;
    // A group that covers everything said (别的小区, 新闻) or closes it (拧开就热了) vetoes the message.
    let elsewhere = negative.size > 0 ? vetoingGroup(negative, rules) : null;
    // A danger placed at a building here outweighs who relays it (网格员转：37幢…报警 请邻居去敲门).
    const outweighed = outweighedGroups(here, split.reply);
    const outweighs = outweighed.groups;
    if (usePrefilter) {
      const hazard = hazardPossible(table, raw, near);
      // A veto an emergency outweighs (消防正在救援 of a fire still burning) waits for the urgency.
      if (elsewhere !== null && !(hazard && vetoingGroup(negative, rules, outweighs) === null))
        return detail ? skipped(quote, reply, building) : decided(notReport(building), true);
      // The bound leaves out what an emergency outweighs whenever one is possible.
      if (!upperBound(raw, clauses, negativeSum(negative, rules, hazard ? outweighs : undefined), hazard))
        return detail ? skipped(quote, reply, building) : decided(notReport(building), header !== null || negative.size > 0 || null);
    }

    // Segment only as much as word boundaries decide (message-cut.ts); explain cuts all.
    const dropped: DroppedHit[] | undefined = detail ? [] : undefined;
    let hits = cut.hits(raw, reply, detail, dropped);
    const s = score(hits, clauses, negative, reply, ignored);
    const best = s.categories[0] ?? null;
    // Exposures and cancellers are looked for only around a hazard (see compile-terms.ts).
    if (hits.some(isHazard)) hits = [...hits, ...dropCancelVehicles(cut.near(near()), reply, clauses)];
    // Categories the message names by one of their things (电梯, 燃气): a category's own hazard
    // term counts only there (走丢了 alone names no old person; 狗子走丢了 is no emergency).
    const named = s.categories.filter((x) => x.score >= th.category && x.object);
    const urgency = calmed(
      detectUrgency(
        hits,
        reply,
        clauses,
        named.map((x) => x.code),
      ),
      negative,
      outweighs,
    );

    // An urgent finding names the category and adds evidence: a danger is reported even in odd words.
    const { category, categoryScore, evidence } = urgency.urgent
      ? urgentEvidence(urgency, named, s.categories, s.evidence, negative, outweighs, ignored)
      : { category: best?.code ?? null, categoryScore: best?.score ?? 0, evidence: s.evidence };
    if (urgency.urgent && elsewhere !== null) elsewhere = vetoingGroup(negative, rules, outweighs);
    // The groups an emergency outweighed are left out of what explain lists as counted.
    const cues = urgency.urgent ? s.cues.filter((x) => x.weight >= 0 || !outweighed.kinds.includes(x.kind)) : s.cues;
    // Staff speaking, planned work announced, thanks for a fix: no report unless a danger is told.
    const late = lateVeto(split.reply, reply, clauses, hits, urgency.urgent);
    const report =
      header === null && late === null && elsewhere === null && category !== null && categoryScore >= th.category && evidence >= th.report;
    const isUrgent = report && urgency.urgent;
    // Classifying needs the urgent terms only of an urgent report.
    const urgent = urgency === NOT_URGENT || (!detail && !isUrgent) ? NOT_URGENT_EXPLAINED : explainUrgency(urgency);
    const terms = report ? reportTerms(s, category, isUrgent ? urgent.terms : NONE) : NONE;
    const result = report ? { report: true, category, urgent: isUrgent, building, terms } : notReport(building);
    // Whether the rules heard a reason against a report (not only too little for one): a title,
    // staff, an elsewhere or over cue, or something said and taken back (不必派人了, 不是漏水).
    const against = header !== null || late !== null || elsewhere !== null || negative.size > 0 || s.withdrawn > 0;
    // Whether the report names a thing of its category and says something is wrong, asks or
    // complains (楼道灯不亮; 早些年装的电梯，现在老是坏; 说好的周三来修电梯 人呢).
    const chosen = report ? s.categories.find((c) => c.code === category) : undefined;
    const paired =
      chosen !== undefined &&
      (chosen.pair ||
        (chosen.object &&
          (s.genericProblems > 0 || s.categories.some((c) => c.problem) || s.cues.some((c) => c.weight > 0 && grounding.has(c.kind)))));
    if (!detail) return decided(result, against, paired);
    const explanation: Explanation = {
      result,
      quote,
      reply,
      segmented: true,
      tokens: cut.tokens ?? NONE,
      matches: NONE,
      categories: s.categories,
      cues,
      genericProblems: s.genericProblems,
      evidence,
      urgent,
      ignored: NONE,
      reason: '',
      against,
      paired,
    };

    for (const d of dropped!) ignored!.push(droppedWhy(d));
    for (const c of urgency.cancelled) ignored!.push({ term: c.term, why: `不算紧急：${c.why}` });
    const reason = explainDecision({
      header,
      ...(late ?? NO_LATE_VETO),
      elsewhere,
      category: category === null ? null : (names.get(category) ?? category),
      categoryScore,
      evidence,
      report,
      thresholds: th,
      negativeTerms: cues.filter((c) => c.weight < 0).flatMap((c) => c.terms),
      dangers: isUrgent ? urgency.found.map((f) => (f.exposure !== null ? `${f.term}＋${f.exposure}` : f.term)) : null,
    });
    explanation.matches = describeRoles(hits, countedCue(negative));
    explanation.ignored = ignored!;
    explanation.reason = reason;
    return explanation;
  }

  // 8. the learned model's second opinion, when the rules carry one (second-opinion.ts).
  if (rules.learned === undefined)
    return { classify: (text) => run(text, false, prefilter).result, explain: (text) => run(text, true, prefilter) };
  const enabled = new Set(rules.categories.flatMap((c) => (c.enabled ? [c.code] : [])));
  return withSecondOpinion(
    {
      verdict: (text) => run(text, false, prefilter),
      fully: (text) => run(text, false, false),
      explain: (text) => run(text, true, prefilter),
    },
    createLearnedModel(rules.learned, enabled),
    createLearnedReader(rules, toSimplified),
    names,
  );
}

/** Whether a "not a report" group's term counted in the message. */
function countedCue(negative: NegativeCues): (group: number, term: string) => boolean {
  return (group, term) => negative.get(group)?.includes(term) === true;
}

/** A hit that only cancels a hazard or says it is over (以前, 上次, 修好了). */
function isCancelOnly(h: Hit): boolean {
  return h.data.roles.length > 0 && h.data.roles.every((r) => r.kind === 'urgent-cancel' || r.kind === 'urgent-over');
}
