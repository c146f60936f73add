// The shipped rules with the real jieba segmenter, for tests that pin real behaviour.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createClassifier, type ExplainingClassifier } from '../../../src/core/classify/create-classifier.js';
import { createJiebaSegmenter } from '../../../src/infra/jieba-segmenter.js';
import { loadRules } from '../../../src/infra/rules/load-rules.js';

export const rulesDir = path.resolve(import.meta.dirname, '../../../rules');
/** The shipped rules, loaded once. */
export const rules = loadRules(rulesDir);
/** The real jieba segmenter over the shipped rules, made once. */
export const segmenter = createJiebaSegmenter(rules);

export function realClassifier(options: { prefilter?: boolean } = {}): ExplainingClassifier {
  return createClassifier(rules, segmenter, options);
}

/** The shipped rules without their learned second opinion: for tests that pin the rule engine's own reasoning. */
export function ruleEngine(options: { prefilter?: boolean } = {}): ExplainingClassifier {
  const { learned: _, ...only } = rules;
  return createClassifier(only, segmenter, options);
}

/** One test per case: `[text, code]` is a report of that category. */
export function reportsAs(c: ExplainingClassifier, cases: readonly (readonly [string, string])[]): void {
  it.each(cases)('「%s」 → %s', (text, code) => {
    expect(c.classify(text)).toMatchObject({ report: true, category: code });
  });
}

export interface Labelled {
  id: string;
  text: string;
  report: boolean;
  category: string | null;
  urgent: boolean;
  building: string | null;
}

/** Every labelled corpus under test/fixtures/corpus; a new set is added here and every corpus-wide test reads it. */
export const CORPORA = [
  'dev',
  'extra',
  'probe',
  'tune-a',
  'tune-b',
  'tune-c',
  'tune-d',
  'tune-e',
  'tune-f',
  'tune-g',
  'tune-h',
  'tune-i',
  'tune-j',
  'tune-k',
  'tune-l',
  'tune-m',
  'tune-n',
  'tune-o',
  'tune-p',
  'tune-q',
  'tune-r',
  'tune-s',
  'tune-t',
  'tune-u',
  'tune-ja',
  'tune-jb',
  'tune-jc',
  'tune-jd',
  'tune-je',
  'tune-ka',
  'tune-kb',
  'tune-kc',
  'tune-kd',
  'tune-la',
  'tune-lb',
  'tune-lc',
  'tune-ld',
  'tune-ma',
  'tune-mb',
  'tune-mc',
  'tune-md',
  'tune-me',
  'tune-na',
  'tune-nb',
  'tune-nc',
  'tune-nd',
  'tune-ne',
  'tune-oa',
  'tune-ob',
  'tune-oc',
  'tune-od',
  'tune-pa',
  'tune-pb',
  'tune-pc',
  'tune-pd',
  'tune-qa',
  'tune-qb',
  'tune-qc',
  'tune-qd',
  'tune-qe',
  'tune-qf',
  'tune-qg',
  'tune-ra',
  'tune-rb',
  'tune-rc',
  'tune-sa',
  'tune-sb',
  'tune-sc',
  'tune-sd',
  'tune-ta',
  'tune-tb',
  'tune-tc',
  'tune-td',
] as const;

export type CorpusName = (typeof CORPORA)[number];

/** The texts of every corpus, in order. */
export function allCorpusTexts(): string[] {
  return CORPORA.flatMap((name) => readCorpus(name)).map((g) => g.text);
}

export function readCorpus(name: CorpusName): Labelled[] {
  const file = path.resolve(import.meta.dirname, `../../fixtures/corpus/${name}.jsonl`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

type Outcome = { report: boolean; category: string | null; urgent: boolean; building: string | null };

/** The same figures as test/bench/score-classify.mjs. */
export function score(corpus: readonly Labelled[], classify: (text: string) => Outcome) {
  return scoreOutcomes(
    corpus,
    corpus.map((g) => classify(g.text)),
  );
}

/** score's figures for outcomes already had: `outcomes[i]` is what `corpus[i]` came out as. */
export function scoreOutcomes(corpus: readonly Labelled[], outcomes: readonly Outcome[]) {
  let tp = 0,
    fp = 0,
    fn = 0,
    catOk = 0,
    urgTp = 0,
    urgFp = 0,
    urgFn = 0,
    bldOk = 0,
    bldN = 0;
  const mistakes: string[] = [];
  for (const [i, g] of corpus.entries()) {
    const o = outcomes[i]!;
    if (g.report && o.report) {
      tp++;
      if (o.category === g.category) catOk++;
      else mistakes.push(`${g.id} category ${o.category} ≠ ${g.category}`);
    } else if (!g.report && o.report) {
      fp++;
      mistakes.push(`${g.id} false report`);
    } else if (g.report && !o.report) {
      fn++;
      mistakes.push(`${g.id} missed report`);
    }
    const gu = g.report && g.urgent,
      ou = o.report && o.urgent;
    if (gu && ou) urgTp++;
    else if (!gu && ou) {
      urgFp++;
      mistakes.push(`${g.id} false urgent`);
    } else if (gu && !ou) {
      urgFn++;
      mistakes.push(`${g.id} missed urgent`);
    }
    if (g.building) {
      bldN++;
      if (o.building === g.building) bldOk++;
      else mistakes.push(`${g.id} building ${o.building} ≠ ${g.building}`);
    }
  }
  const r = (a: number, b: number) => (b ? a / b : 1);
  return {
    reportPrecision: r(tp, tp + fp),
    reportRecall: r(tp, tp + fn),
    categoryAccuracy: r(catOk, tp),
    urgentRecall: r(urgTp, urgTp + urgFn),
    urgentPrecision: r(urgTp, urgTp + urgFp),
    buildingExact: r(bldOk, bldN),
    mistakes,
  };
}
