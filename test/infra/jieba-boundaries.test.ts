import { describe, expect, it } from 'vitest';
import { createWordPairs } from '../../src/infra/jieba-boundaries.js';
import { jiebaNative } from '../../src/infra/jieba-native.js';
import { createJiebaSegmenter } from '../../src/infra/jieba-segmenter.js';
import { allCorpusTexts, rules } from '../core/classify/real-classifier.js';
import { probeTexts } from '../core/classify/urgency-probes.js';

describe('certain word boundaries (splitsAt)', () => {
  it('knows a boundary where no dictionary word could span it, or beside a separator', () => {
    const pairs = createWordPairs();
    for (const w of ['路灯', '不亮', '灯不']) pairs.add(w);
    const at = (text: string) => [...Array(text.length + 1).keys()].filter((i) => pairs.splitsAt(text, i));
    // 路灯不亮了: 路|灯 路灯, 灯|不 灯不, 不|亮 不亮 may be joined; 亮|了 never.
    expect(at('路灯不亮了')).toEqual([0, 4, 5]);
    // Beside a separator (space, tab, line break, ，。) there is always a boundary.
    expect(at('路，灯 不\t亮\n灯。不')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // The same from a dictionary file's lines (word, frequency, tag).
    const file = createWordPairs();
    file.addFields('路灯 300 n\n不亮 20 v\n灯不 3 x');
    const fromFile = (text: string) => [...Array(text.length + 1).keys()].filter((i) => file.splitsAt(text, i));
    expect(fromFile('路灯不亮了')).toEqual([0, 4, 5]);
    // 电梯间 spans 电|梯 and 梯|间 of 电梯间, but no word could span 电|梯 of 电梯里.
    const long = createWordPairs();
    long.add('电梯间');
    expect([1, 2].map((i) => long.splitsAt('电梯间', i))).toEqual([false, false]);
    expect([1, 2].map((i) => long.splitsAt('电梯里', i))).toEqual([true, true]);
    // Never inside one character written as two code units.
    expect(at('😂😂')).toEqual([0, 2, 4]);
  });

  // Soundness against jieba itself: every boundary said to be certain is one of its cut, in the
  // corpora and the urgency probes (emoji, ASCII, digits, traditional characters among them).
  it('is a boundary of the real segmentation wherever it says so', () => {
    const segmenter = createJiebaSegmenter(rules);
    const texts = allCorpusTexts().concat(probeTexts().slice(0, 4000), [
      '3號樓電梯壞咗😂😂 A区5栋,12#楼…',
      'abc123 ＡＢＣ１２３ 。。，，  ',
    ]);
    const wrong: string[] = [];
    let certain = 0;
    let positions = 0;
    for (const text of texts) {
      const cuts = new Set<number>([0]);
      let end = 0;
      for (const token of jiebaNative().cut(text, false)) {
        end += token.length;
        cuts.add(end);
      }
      for (let at = 0; at <= text.length; at++) {
        positions++;
        if (!segmenter.splitsAt!(text, at)) continue;
        certain++;
        if (!cuts.has(at)) wrong.push(`${text.slice(0, at)}|${text.slice(at)}`);
      }
    }
    expect(wrong).toEqual([]);
    // And it is of use: most boundaries are known without cutting.
    expect(certain / positions).toBeGreaterThan(0.4);
  });
});
