import { describe, expect, it } from 'vitest';
import { segmentSpan, type DroppedHit } from '../../../src/core/classify/align-hits.js';
import { compileTerms, type Hit } from '../../../src/core/classify/compile-terms.js';
import { createMessageCut } from '../../../src/core/classify/message-cut.js';
import { HAZARD, ONLY_NEGATIVE_CUE } from '../../../src/core/classify/term-table.js';
import type { Segmenter } from '../../../src/core/classify/types.js';
import { allCorpusTexts, rules, segmenter } from './real-classifier.js';

// The cut of a message (message-cut.ts) on its own. Cutting only what word boundaries decide, and
// widening the cut to the exposures around a hazard, must keep exactly the hits that cutting the
// whole text keeps: compared over the corpora's texts that hold a hazard.
const { index, urgencyIndex, table } = compileTerms(rules);
const { flags } = table;
const said = (hits: readonly Hit[]) => hits.map((h) => `${h.term}@${h.start}`);
// A "not a report" cue alone is judged without tokens; a partial cut leaves it as found outside its span.
const judged = (hits: readonly Hit[]) => said(hits.filter((h) => (flags[h.id]! & ONLY_NEGATIVE_CUE) === 0));

/** The segmenter, counting the characters it is asked to cut. */
function counting(): Segmenter & { cutChars: number } {
  const s = {
    cutChars: 0,
    cut: (text: string) => {
      s.cutChars += text.length;
      return segmenter.cut(text);
    },
    splitsAt: (text: string, at: number) => segmenter.splitsAt!(text, at),
  };
  return s;
}

describe('createMessageCut: the stage on its own', () => {
  const partial = createMessageCut(table, segmenter, true);
  const uncertain = createMessageCut(table, segmenter, false);
  const whole = createMessageCut(table, segmenter, true);
  const hazardous = [...new Set(allCorpusTexts())].filter((t) => index.findAll(t).some((h) => (flags[h.id]! & HAZARD) !== 0));

  it('keeps the hits and exposures the whole text’s cut keeps, prefilter on or off', () => {
    expect(hazardous.length).toBeGreaterThan(1000);
    const differ: string[] = [];
    for (const text of hazardous) {
      const raw = index.findAll(text);
      const exposed = urgencyIndex.findAll(text);
      const all = [judged(whole.hits(raw, text, true, undefined)), said(whole.near(exposed))];
      for (const cut of [partial, uncertain]) {
        const some = [judged(cut.hits(raw, text, false, undefined)), said(cut.near(exposed))];
        if (JSON.stringify(some) !== JSON.stringify(all)) differ.push(text);
      }
    }
    expect(differ).toEqual([]);
  }, 60_000);

  it('cuts nothing when every boundary-sensitive hit is certain, and only what the exposures need after', () => {
    const s = counting();
    const cut = createMessageCut(table, s, true);
    let uncut = 0;
    let widened = 0;
    for (const text of hazardous.slice(0, 400)) {
      s.cutChars = 0;
      const raw = index.findAll(text);
      cut.hits(raw, text, false, undefined);
      if (cut.tokens === null) {
        uncut++;
        expect(s.cutChars, text).toBe(0);
      } else {
        // What was cut is one piece of the text, and the tokens are all of it.
        const piece = cut.tokens.join('');
        expect(piece.length, text).toBe(s.cutChars);
        expect(text.includes(piece), text).toBe(true);
      }
      const before = s.cutChars;
      const piece = cut.tokens?.join('') ?? '';
      cut.near(urgencyIndex.findAll(text));
      if (s.cutChars > before) {
        widened++;
        // A wider cut holds the one before it.
        expect(cut.tokens!.join('').includes(piece), text).toBe(true);
      }
    }
    // Both happen among these texts (else the counts above prove nothing).
    expect(uncut).toBeGreaterThan(0);
    expect(widened).toBeGreaterThan(0);
  });

  it('without the prefilter, cuts all the span of the boundary-sensitive hits; for explain, the whole text', () => {
    for (const text of hazardous.slice(0, 400)) {
      const raw = index.findAll(text);
      uncertain.hits(raw, text, false, undefined);
      const [from, to] = segmentSpan(table, raw, text);
      expect(uncertain.tokens?.join(''), text).toBe(text.slice(from, to));
      whole.hits(raw, text, true, undefined);
      expect(whole.tokens?.join(''), text).toBe(text);
    }
  });

  it('tells explain each hit dropped: one straddling two words (灯坏 of 楼道灯 / 坏了), a part of a longer hit (水压 of 水压低)', () => {
    const text = '楼道灯坏了 水压低';
    const dropped: DroppedHit[] = [];
    const kept = said(whole.hits(index.findAll(text), text, true, dropped));
    expect(dropped).toContainEqual({ term: '灯坏', why: 'straddles', by: '楼道灯 / 坏了' });
    expect(dropped).toContainEqual({ term: '水压', why: 'contained', by: '水压低' });
    expect(kept).not.toContain('灯坏@2');
    expect(kept).toContain('水压低@6');
  });
});
