// Segmentation, only as much as word boundaries decide. The hits whose fate depends on word
// boundaries are looked for in one span, widened to jieba's hard separators so that it cuts exactly
// as the whole text would; of it, only the part around the hits that the boundaries certain without
// cutting (the segmenter's splitsAt) do not keep is cut, and none at all when every such hit is
// certain. A hit that straddles two words (the tail of one, the head of the next) is dropped
// (align-hits.ts). The exposures and cancellers around a hazard come later and may lie outside
// that span (…往下掉渣，还有人走来走去): the cut is widened to them, so that they are judged by the
// same tokens as explain's whole-text cut. Explain, and a classifier without the prefilter, cut all
// that holds a boundary-sensitive hit (explain: the whole text), certain or not.
import { alignedHits, segmentSpan, uncertainSpan, withoutContained, type DroppedHit } from './align-hits.js';
import type { Hit } from './compile-terms.js';
import type { TermTable } from './term-table.js';
import type { Segmenter } from './types.js';

/** The cut of the message in hand: `hits` starts a message, `near` widens its cut. */
export interface MessageCut {
  /**
   * The hits of `raw` (of `text`) that keep to the words. `whole`: cut the whole text (explain);
   * `dropped`: where to tell the hits dropped and why (explain), or undefined.
   */
  hits(raw: Hit[], text: string, whole: boolean, dropped: DroppedHit[] | undefined): Hit[];
  /** The hits of `exposed` (exposures and cancellers of the same text) that keep to the words, the cut widened to them. */
  near(exposed: Hit[]): Hit[];
  /** The tokens cut so far, or null when no hit needed cutting. */
  readonly tokens: string[] | null;
}

/**
 * `table`: the one of the index the hits come from (which hits are boundary-sensitive);
 * `prefilter`: leave uncut what certain boundaries decide (results are identical either way).
 * One cut serves every message in turn (classifying is synchronous and never re-entered).
 */
export function createMessageCut(table: TermTable, segmenter: Segmenter, prefilter: boolean): MessageCut {
  const splitsAt = segmenter.splitsAt?.bind(segmenter);
  // The message in hand: its text, the span of its boundary-sensitive hits [from, to), and the part
  // of it actually cut [cutFrom, cutTo) with its tokens.
  let text = '';
  let whole = false;
  let dropped: DroppedHit[] | undefined;
  let certainSplits: ((text: string, at: number) => boolean) | undefined;
  let from = 0;
  let to = 0;
  let cutFrom = 0;
  let cutTo = 0;
  let tokens: string[] | null = null;
  const kept = (hits: Hit[]): Hit[] =>
    tokens === null ? withoutContained(table, hits) : alignedHits(table, hits, tokens, text, cutFrom, cutTo, dropped);
  return {
    hits(raw, reply, all, droppedHits) {
      text = reply;
      whole = all;
      dropped = droppedHits;
      [from, to] = whole ? [0, text.length] : segmentSpan(table, raw, text);
      certainSplits = whole || !prefilter ? undefined : splitsAt;
      [cutFrom, cutTo] = certainSplits === undefined ? [from, to] : uncertainSpan(table, raw, text, from, to, certainSplits);
      tokens = certainSplits === undefined || cutFrom < cutTo ? segmenter.cut(text.slice(cutFrom, cutTo)) : null;
      return kept(raw);
    },
    near(exposed) {
      // An exposure may lie outside the span the category hits needed: widen it.
      if (!whole) {
        const [a, b] = segmentSpan(table, exposed, text);
        if (a < b && (from >= to || a < from || b > to)) [from, to] = from >= to ? [a, b] : [Math.min(from, a), Math.max(to, b)];
      }
      if (certainSplits === undefined) {
        if (cutFrom !== from || cutTo !== to) {
          [cutFrom, cutTo] = [from, to];
          tokens = segmenter.cut(text.slice(from, to));
        }
      } else {
        // Cut again, wider, when the exposures need tokens beyond those cut.
        const [nearFrom, nearTo] = uncertainSpan(table, exposed, text, from, to, certainSplits);
        if (nearFrom < nearTo && (tokens === null || nearFrom < cutFrom || nearTo > cutTo)) {
          if (tokens !== null) [cutFrom, cutTo] = [Math.min(cutFrom, nearFrom), Math.max(cutTo, nearTo)];
          else [cutFrom, cutTo] = [nearFrom, nearTo];
          tokens = segmenter.cut(text.slice(cutFrom, cutTo));
        }
      }
      return kept(exposed);
    },
    get tokens() {
      return tokens;
    },
  };
}
