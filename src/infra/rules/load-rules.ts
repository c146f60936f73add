// Loads a rules directory: categories/<code>.yaml (one per category), cues.yaml (global
// cues, negation and clause words, places, thresholds), urgency.yaml (hazards × exposures) and
// learned-model.json (the learned second opinion, optional). Every problem is a RulesError naming file, line, field.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Rules } from '../../core/classify/rules.js';
import { loadYamlFile, RulesError } from './load-yaml.js';
import { existsSync } from 'node:fs';
import { loadLearnedModel } from './load-learned-model.js';
import { categoryFileSchema, cuesFileSchema, urgencyFileSchema } from './rules-schema.js';

export { RulesError } from './load-yaml.js';
export { allRuleTerms } from '../../core/classify/all-rule-terms.js';

/**
 * Read and validate the rules in `dir` (default layout: `rules/`); `learned: false` leaves out
 * learned-model.json (rules train, which replaces it, even when it is outdated or broken).
 */
export function loadRules(dir: string, options: { learned?: boolean } = {}): Rules {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new RulesError(dir, null, null, '规则目录不存在，请检查 --rules 参数或在项目根目录运行。');
  }
  if (!isDir) throw new RulesError(dir, null, null, '这不是一个目录，--rules 应指向包含 categories/ 和 cues.yaml 的规则目录。');

  const catDir = path.join(dir, 'categories');
  let files: string[];
  try {
    files = readdirSync(catDir)
      .filter((f) => /\.ya?ml$/i.test(f))
      .sort();
  } catch {
    throw new RulesError(catDir, null, null, '缺少 categories 目录，每个类别一个 YAML 文件，例如 categories/lighting.yaml。');
  }
  if (files.length === 0) throw new RulesError(catDir, null, null, '目录里没有任何类别文件（*.yaml），至少需要一个类别。');

  const seen = new Map<string, string>();
  const categories = files.map((f) => {
    const file = path.join(catDir, f);
    const c = loadYamlFile(file, categoryFileSchema);
    const other = seen.get(c.code);
    if (other) throw new RulesError(file, null, 'code', `类别代码「${c.code}」和 ${other} 重复，每个类别的代码必须唯一。`);
    seen.set(c.code, file);
    return {
      code: c.code,
      name: c.name,
      enabled: c.enabled,
      priority: c.priority,
      objects: c.objects,
      problems: c.problems,
      aliases: c.aliases,
      cues: c.cues,
      urgent: c.urgent,
      agents: c.agents,
      ...(c.frame !== undefined ? { frame: c.frame } : {}),
      ...(c.yields.length > 0 ? { yields: c.yields } : {}),
      ...(c.owned.length > 0 ? { owned: c.owned } : {}),
      ...(Object.keys(c.supplies).length > 0 ? { supplies: c.supplies } : {}),
    };
  });
  if (!categories.some((c) => c.enabled)) {
    throw new RulesError(catDir, null, 'enabled', '所有类别都被停用了，至少要启用一个类别。');
  }

  const cuesFile = path.join(dir, 'cues.yaml');
  const cues = loadYamlFile(cuesFile, cuesFileSchema);
  const urgencyFile = path.join(dir, 'urgency.yaml');
  const urgency = existsSync(urgencyFile) ? loadYamlFile(urgencyFile, urgencyFileSchema) : urgencyFileSchema.parse({});
  if (cues.urgent) {
    // The older cues.yaml `urgent` section: its terms are hazards on their own.
    if (cues.urgent.terms.length > 0)
      urgency.hazards.push({
        kind: 'urgent',
        label: '紧急',
        category: null,
        needs: [],
        also: [],
        unless: [],
        at: [],
        not_after: [],
        window: 0,
        terms: cues.urgent.terms,
      });
    urgency.cancel.push(...cues.urgent.cancel);
  }
  const codes = new Set(categories.map((c) => c.code));
  for (const [i, h] of urgency.hazards.entries()) {
    if (h.category !== null && !codes.has(h.category))
      throw new RulesError(urgencyFile, null, `hazards.${i}.category`, `没有「${h.category}」这个类别，请写 categories/ 里有的类别代码。`);
  }
  const hazardKinds = new Set(urgency.hazards.map((h) => h.kind));
  for (const c of categories)
    for (const [i, k] of (c.yields ?? []).entries()) {
      if (!hazardKinds.has(k))
        throw new RulesError(seen.get(c.code)!, null, `yields.${i}`, `urgency.yaml 里没有「${k}」这种险情，请写 hazards 里有的 kind。`);
    }
  for (const field of ['over_only', 'cancel_only'] as const)
    for (const [word, ends] of Object.entries(urgency[field]))
      for (const [j, k] of ends.entries()) {
        if (!hazardKinds.has(k) && !codes.has(k))
          throw new RulesError(
            urgencyFile,
            null,
            `${field}.${word}.${j}`,
            `hazards 里没有「${k}」这种险情，也没有这个类别，请写 hazards 里有的 kind 或 categories/ 里有的类别代码。`,
          );
      }
  const cueKinds = new Set(cues.cues.map((g) => g.kind));
  for (const field of ['outweighs', 'calming', 'placed_outweighs', 'relayed_outweighs'] as const) {
    for (const [i, k] of urgency[field].entries()) {
      if (!cueKinds.has(k))
        throw new RulesError(urgencyFile, null, `${field}.${i}`, `cues.yaml 里没有「${k}」这一组提示词，请写 cues.yaml 里有的 kind。`);
    }
  }
  for (const [i, g] of cues.cues.entries()) {
    for (const [j, k] of (g.together ?? []).entries()) {
      if (!cueKinds.has(k))
        throw new RulesError(
          cuesFile,
          null,
          `cues.${i}.together.${j}`,
          `cues.yaml 里没有「${k}」这一组提示词，请写 cues.yaml 里有的 kind。`,
        );
    }
  }
  for (const [i, x] of urgency.exposures.entries()) {
    if (x.category !== null && !codes.has(x.category))
      throw new RulesError(
        urgencyFile,
        null,
        `exposures.${i}.category`,
        `没有「${x.category}」这个类别，请写 categories/ 里有的类别代码。`,
      );
  }
  const learned = options.learned === false ? undefined : loadLearnedModel(dir, codes);
  return {
    categories,
    ...(learned !== undefined ? { learned } : {}),
    problems: cues.problems,
    cues: cues.cues.map(({ quote_objects, sign_off, only_together, own_clauses, unless_fault, compose, ...g }) => ({
      ...g,
      terms: compose === undefined ? g.terms : [...new Set([...g.terms, ...compose.heads.flatMap((h) => compose.tails.map((t) => h + t))])],
      quoteObjects: quote_objects,
      signOff: sign_off,
      onlyTogether: only_together,
      ownClauses: own_clauses,
      unlessFault: unless_fault,
    })),
    urgency,
    language: {
      negation: cues.language.negation,
      denial: cues.language.denial,
      question: cues.language.question,
      notYet: cues.language.not_yet,
      clauseBreaks: cues.language.clause_breaks,
      placeSuffixes: cues.language.place_suffixes,
      nearSuffixes: cues.language.near_suffixes,
      nearPrefixes: cues.language.near_prefixes,
      perceive: cues.language.perceive,
      others: cues.language.others,
      questionEnds: cues.language.question_ends,
      irrealis: cues.language.irrealis,
      now: cues.language.now,
      still: cues.language.still,
      abilities: cues.language.abilities,
      dates: cues.language.dates,
      within: cues.language.within,
      since: cues.language.since,
      ages: cues.language.ages,
      agree: cues.language.agree,
      denyAnswers: cues.language.deny_answers,
      denyAs: cues.language.deny_as,
      answerAs: cues.language.answer_as,
      staffAuthors: cues.language.staff_authors,
      rebuttals: cues.language.rebuttals,
      noticeHeaders: cues.language.notice_headers,
      residentHeaders: cues.language.resident_headers,
      staffSpeakers: cues.language.staff_speakers,
      plannedWork: cues.language.planned_work,
      thanksOpenings: cues.language.thanks_openings,
      helped: cues.language.helped,
      addressed: cues.language.addressed,
      asks: cues.language.asks,
      same: cues.language.same,
      bounds: cues.language.bounds,
      interjections: cues.language.interjections,
      words: cues.language.words,
      consequences: cues.language.consequences,
      compoundHeads: cues.language.compound_heads,
      notCompoundHeads: cues.language.not_compound_heads,
      absent: cues.language.absent,
      earlier: cues.language.earlier,
      reality: cues.language.reality,
      identifies: cues.language.identifies,
      relays: cues.language.relays,
      relayedAfter: cues.language.relayed_after,
      speech: cues.language.speech,
      effort: cues.language.effort,
      homophones: cues.language.homophones,
      dialect: cues.language.dialect,
      comparisons: cues.language.comparisons,
      notComparisons: cues.language.not_comparisons,
    },
    places: cues.places,
    thresholds: {
      report: cues.thresholds.report,
      category: cues.thresholds.category,
      categoryCap: cues.thresholds.category_cap,
      pair: cues.thresholds.pair,
      problemCap: cues.thresholds.problem_cap,
    },
  };
}
