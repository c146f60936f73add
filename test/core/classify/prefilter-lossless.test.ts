import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readCorpus, realClassifier } from './real-classifier.js';
import { probeTexts } from './urgency-probes.js';

// The prefilter skips jieba for messages that cannot be reports, and classify segments only the
// span that needs it. Neither may change a result: compare every message of the corpora, the
// urgency probes in every frame (emergencies under a notice's 【】 or @所有人 among them) and
// some chatter with the prefilter off, and with explain, which segments the whole text.
// Each of the two comparisons below classifies every text: some 5 s alone, more on a busy machine.
const HEAVY = 30_000;

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
  const texts = (['dev', 'extra', 'probe', 'tune-a', 'tune-b', 'tune-c', 'tune-d', 'tune-e', 'tune-f', 'tune-g'] as const)
    .flatMap((name) => readCorpus(name))
    .map((g) => g.text)
    .concat(chatter, probeTexts());

  // Each text classified once with the prefilter on, for both comparisons.
  const classified = new Map<string, ReturnType<typeof on.classify>>();
  const classifyOn = (t: string) => classified.get(t) ?? classified.set(t, on.classify(t)).get(t)!;

  // Some 16,000 texts (the urgency probes in every frame): the differing ones are collected and
  // compared once, since an expect per text costs more than classifying it.
  it(
    'gives exactly the same classification as segmenting every message',
    () => {
      const differing = texts.filter((t) => !isDeepStrictEqual(classifyOn(t), off.classify(t)));
      expect(differing).toEqual([]);
    },
    HEAVY,
  );

  it(
    'gives the same result when explaining (which segments the whole text) as when classifying',
    () => {
      const differing = texts.filter((t) => !isDeepStrictEqual(on.explain(t).result, classifyOn(t)));
      expect(differing).toEqual([]);
    },
    HEAVY,
  );

  it('actually skips segmentation for the chatter', () => {
    const skipped = chatter.filter((t) => !on.explain(t).segmented);
    expect(skipped.length).toBeGreaterThanOrEqual(8);
  });
});
