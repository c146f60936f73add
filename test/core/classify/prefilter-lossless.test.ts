import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { allCorpusTexts, realClassifier } from './real-classifier.js';
import { probeTexts } from './urgency-probes.js';

// The prefilter skips jieba for messages that cannot be reports, and classify segments only the
// span that needs it. Neither may change a result: compare every message of the corpora, the
// urgency probes in every frame (emergencies under a notice's 【】 or @所有人 among them) and
// some chatter with the prefilter off, and with explain, which segments the whole text.
// Every text is classified up to three times (some 5 s in all alone, several times that on a busy
// machine), so the texts are compared in chunks, each a test of its own within the unit timeout.
const CHUNK = 1_500;

describe('the prefilter', () => {
  const on = realClassifier();
  const off = realClassifier({ prefilter: false });
  const chatter = [
    '早上好',
    '哈哈哈笑死我了',
    '收到',
    '👌',
    '今晚几点开会',
    '谢谢大家🙏',
    '【通知】明天上午开会',
    '3栋的邻居们晚上好',
    '有人一起去爬山吗',
    '[图片]',
  ];
  // Each distinct text once: the corpora and the probes repeat some (30,285 texts, 26,911 distinct),
  // and classifying is a function of the text alone.
  const texts = [...new Set(allCorpusTexts().concat(chatter, probeTexts()))];

  // Each text classified once with the prefilter on, for both comparisons.
  const classified = new Map<string, ReturnType<typeof on.classify>>();
  const classifyOn = (t: string) => classified.get(t) ?? classified.set(t, on.classify(t)).get(t)!;

  // Some 16,000 texts (the urgency probes in every frame): the differing ones of each chunk are
  // collected and compared once, since an expect per text costs more than classifying it.
  const chunks = Array.from({ length: Math.ceil(texts.length / CHUNK) }, (_, i) => ({
    from: String(i * CHUNK),
    part: texts.slice(i * CHUNK, (i + 1) * CHUNK),
  }));

  it('has every corpus and probe text to compare', () => {
    expect(chunks.reduce((n, c) => n + c.part.length, 0)).toBe(texts.length);
    expect(texts.length).toBeGreaterThan(10_000);
  });

  it.each(chunks)('gives exactly the same classification as segmenting every message (texts $from…)', ({ part }) => {
    const differing = part.filter((t) => !isDeepStrictEqual(classifyOn(t), off.classify(t)));
    expect(differing).toEqual([]);
  });

  it.each(chunks)(
    'gives the same result when explaining (which segments the whole text) as when classifying (texts $from…)',
    ({ part }) => {
      const differing = part.filter((t) => !isDeepStrictEqual(on.explain(t).result, classifyOn(t)));
      expect(differing).toEqual([]);
    },
  );

  it('actually skips segmentation for the chatter', () => {
    const skipped = chatter.filter((t) => !on.explain(t).segmented);
    expect(skipped.length).toBeGreaterThanOrEqual(8);
  });
});
