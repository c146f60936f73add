// Segmentation alignment: which substring hits survive jieba's word boundaries, and which span
// of the text needs segmenting at all.
import { LAYERS, type Hit } from './compile-terms.js';
import { ONLY_NEGATIVE_CUE, STRICT, WHOLE_WORDS, type TermTable } from './term-table.js';

/** jieba's hard separators: it never joins characters across them. */
const JIEBA_SEPARATORS = new Set([' ', '\t', '\n', '，', '。'].map((c) => c.charCodeAt(0)));

/** The part of `text` that must be segmented: from the first to the last boundary-sensitive hit. */
export function segmentSpan(table: TermTable, raw: Hit[], text: string): [number, number] {
  let from = text.length;
  let to = 0;
  for (const h of raw) {
    if ((table.flags[h.id]! & ONLY_NEGATIVE_CUE) !== 0) continue;
    if (h.start < from) from = h.start;
    if (h.end > to) to = h.end;
  }
  return from < to ? widened(text, from, to) : [0, 0];
}

/** [from, to) widened to jieba's hard separators (or the ends of the text). */
function widened(text: string, from: number, to: number): [number, number] {
  while (from > 0 && !JIEBA_SEPARATORS.has(text.charCodeAt(from - 1))) from--;
  while (to < text.length && !JIEBA_SEPARATORS.has(text.charCodeAt(to))) to++;
  return [from, to];
}

/** Why a hit was left out (for `rules explain`). */
export interface DroppedHit {
  term: string;
  why: 'straddles' | 'contained';
  /** The longer term it sits in (contained) or the words it straddles. */
  by: string;
}

/**
 * Keep hits that do not straddle two jieba words, and drop hits contained in a longer hit of
 * the same layer (灯 inside 楼道灯); hits of different layers may overlap (不亮 and 还是不亮).
 * When `dropped` is given, every hit left out is recorded there.
 */
export function alignedHits(
  table: TermTable,
  hits: Hit[],
  tokens: string[],
  text: string,
  from: number,
  to: number,
  dropped?: DroppedHit[],
): Hit[] {
  let total = 0;
  for (const t of tokens) total += t.length;
  if (total !== to - from) return dropContained(table, hits, dropped); // unexpected segmenter output: keep all
  const tokenOf = scratch.tokenOf(text.length + 1);
  const boundary = scratch.boundary(text.length + 1);
  let pos = from;
  for (let i = 0; i < tokens.length; i++) {
    boundary[pos] = 1;
    const len = tokens[i]!.length;
    for (let k = 0; k < len; k++) tokenOf[pos + k] = i;
    pos += len;
  }
  boundary[pos] = 1;
  // Urgency cancellers must start on a token boundary (要是 in 主要是 is none; 差点 in 差点摔 is).
  // Other terms may start or end
  // inside a token (灯 in 灯不亮, 爆了 after 水管爆, 还是不 before 不亮), but not both inside
  // different tokens: that is the tail of one word and the head of another. Hits outside the
  // segmented span are "not a report" cues, which are judged without tokens.
  const ok: Hit[] = [];
  for (const h of hits) {
    const inSpan = h.start >= from && h.end <= to;
    const flags = table.flags[h.id]!;
    const keep = !inSpan
      ? true
      : (flags & WHOLE_WORDS) !== 0
        ? boundary[h.start] === 1 && boundary[h.end] === 1
        : (flags & STRICT) !== 0
          ? boundary[h.start] === 1
          : boundary[h.start] === 1 || boundary[h.end] === 1 || tokenOf[h.start] === tokenOf[h.end - 1];
    if (keep) ok.push(h);
    else if (dropped) dropped.push({ term: h.term, why: 'straddles', by: tokensAround(tokens, tokenOf, h, from) });
  }
  return dropContained(table, ok, dropped);
}

/**
 * The part of `text` that alignedHits needs tokens for: around the hits inside [from, to) that it
 * might drop, where `splitsAt` is not certain of the boundaries that keep them, widened to jieba's
 * hard separators; [0, 0] when it needs none. Every other hit inside [from, to) keeps whatever
 * the tokens, so alignedHits over this part gives what it gives over [from, to).
 */
export function uncertainSpan(
  table: TermTable,
  hits: Hit[],
  text: string,
  from: number,
  to: number,
  splitsAt: (text: string, at: number) => boolean,
): [number, number] {
  let first = text.length;
  let last = 0;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    const flags = table.flags[h.id]!;
    const kept =
      (flags & WHOLE_WORDS) !== 0
        ? splitsAt(text, h.start) && splitsAt(text, h.end)
        : (flags & STRICT) !== 0
          ? splitsAt(text, h.start)
          : splitsAt(text, h.start) || splitsAt(text, h.end);
    if (kept) continue;
    if (h.start < first) first = h.start;
    if (h.end > last) last = h.end;
  }
  return first < last ? widened(text, first, last) : [0, 0];
}

/** alignedHits when every hit is certain to keep (see uncertainSpan): only the contained ones go. */
export function withoutContained(table: TermTable, hits: Hit[]): Hit[] {
  return dropContained(table, hits);
}

function tokensAround(tokens: string[], tokenOf: Int32Array, h: Hit, from: number): string {
  const a = h.start >= from ? tokenOf[h.start]! : 0;
  const b = tokenOf[h.end - 1]!;
  return tokens.slice(a, b + 1).join(' / ');
}

/**
 * Drop hits contained in a longer hit of the same layer. Hits come in text order and, at the
 * same start, longest first, so one sweep with the furthest end seen per layer is enough.
 */
function dropContained(table: TermTable, hits: Hit[], dropped?: DroppedHit[]): Hit[] {
  const maxEnd = scratch.maxEnd();
  const by: (Hit | null)[] | null = dropped ? new Array<Hit | null>(LAYERS).fill(null) : null;
  const out: Hit[] = [];
  for (const h of hits) {
    const layers = table.layers[h.id]!;
    let container: Hit | null = null;
    let contained = false;
    for (let bit = 0; bit < LAYERS; bit++) {
      if ((layers & (1 << bit)) === 0) continue;
      if (maxEnd[bit]! >= h.end) {
        contained = true;
        if (by) container = by[bit]!;
      }
    }
    if (!contained) out.push(h);
    else if (dropped) dropped.push({ term: h.term, why: 'contained', by: container?.term ?? '' });
    for (let bit = 0; bit < LAYERS; bit++) {
      if ((layers & (1 << bit)) !== 0 && h.end > maxEnd[bit]!) {
        maxEnd[bit] = h.end;
        if (by) by[bit] = h;
      }
    }
  }
  return out;
}

/**
 * Reused per-character buffers (classification is synchronous, so one set serves every call).
 * Callers only read the first `n` entries they wrote in the same call.
 */
const scratch = (() => {
  let tokenOf = new Int32Array(256);
  let boundary = new Uint8Array(256);
  const maxEnd = new Int32Array(LAYERS);
  const size = (n: number) => 1 << Math.ceil(Math.log2(n + 1));
  return {
    tokenOf(n: number): Int32Array {
      if (tokenOf.length < n) tokenOf = new Int32Array(size(n));
      return tokenOf;
    },
    boundary(n: number): Uint8Array {
      if (boundary.length < n) boundary = new Uint8Array(size(n));
      boundary.fill(0, 0, n);
      return boundary;
    },
    maxEnd(): Int32Array {
      maxEnd.fill(-1);
      return maxEnd;
    },
  };
})();
