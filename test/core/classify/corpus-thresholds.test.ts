import { describe, expect, it } from 'vitest';
import { readCorpus, realClassifier, score } from './real-classifier.js';

// The acceptance thresholds of issue 2, on the development corpus and on our own second set
// (written in different wording), with the real rules and the real jieba segmenter.
describe.each(['dev', 'extra'] as const)('the shipped rules on the %s corpus', (name) => {
  const corpus = readCorpus(name);
  const figures = score(corpus, realClassifier().classify);

  it('has enough labelled messages to mean something', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(120);
    expect(corpus.filter((g) => g.urgent).length).toBeGreaterThanOrEqual(8);
  });

  it('finds reports with precision ≥ 0.95 and recall ≥ 0.92', () => {
    expect(figures.reportPrecision, figures.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(figures.reportRecall, figures.mistakes.join('\n')).toBeGreaterThanOrEqual(0.92);
  });

  it('puts ≥ 0.92 of the found reports in the right category', () => {
    expect(figures.categoryAccuracy, figures.mistakes.join('\n')).toBeGreaterThanOrEqual(0.92);
  });

  it('misses no urgent report, with urgent precision ≥ 0.85', () => {
    expect(figures.urgentRecall, figures.mistakes.join('\n')).toBe(1);
    expect(figures.urgentPrecision, figures.mistakes.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('names the building exactly in ≥ 0.90 of the messages that have one', () => {
    expect(figures.buildingExact, figures.mistakes.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
