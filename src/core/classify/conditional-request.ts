// A condition whose own clause goes on to ask the reader for something (如有人管请回复, 如果有人看到麻烦
// 回个话, 如有负责的请回个话) and supposes nothing wrong there is a conditional request: the condition is
// about the reader, not the world. It speaks only from its word to the end of its clause, or to a colon
// past the request (如有人管请回复：…), so a fault told before or after it is told for real (如有人管请回复，
// 西门路灯坏了; 西门路灯坏了如有人管请回复). A condition that supposes a fault (如发现漏水请联系物业，以免
// 泡坏地板) is a tip: its span stays. The request words are `language.asks`; one told as a consequence
// (就麻烦了, after a `language.consequences` word) asks nothing.
import { clauseEnd } from './clause-ids.js';
import type { Hit } from './compile-terms.js';
import type { Rules } from './rules.js';

/** Where a conditional request speaks: from its condition word to before `to`. */
export interface Reach {
  from: number;
  to: number;
}

/**
 * For the clauses where every one of the condition hits `own` is a conditional request: clause → what
 * it speaks for. `raw`: the message's hits, where a fault supposed in the condition is looked for.
 */
export type ConditionalRequests = (reply: string, clauses: Int32Array, own: readonly Hit[], raw: readonly Hit[]) => Map<number, Reach>;

/** `cut`: the segmenter's words of a short text, to tell a one-character request word that opens a word (请回复, 请尽快) from one inside a word (申请, 要求). */
export function createConditionalRequests(rules: Rules, cut: (text: string) => string[]): ConditionalRequests {
  const asks = rules.language.asks ?? [];
  const consequences = rules.language.consequences ?? [];
  /** Where the request past `h` in its clause (from `h` to `end`) ends, or -1. */
  const askEnd = (reply: string, h: Hit, end: number): number => {
    let starts: Set<number> | null = null;
    for (let at = h.end; at < end; at++)
      for (const w of asks) {
        // Something must be asked for after the word (如果有麻烦 names a trouble), and it must not be a consequence (就麻烦了).
        if (!reply.startsWith(w, at) || at + w.length >= end || consequences.some((c) => reply.endsWith(c, at))) continue;
        if (w.length === 1) {
          starts ??= wordStarts(cut(reply.slice(h.start, end)), h.start);
          if (!starts.has(at)) continue;
        }
        return at + w.length;
      }
    return -1;
  };
  return (reply, clauses, own, raw) => {
    const reach = new Map<number, Reach>();
    const plain = new Set<number>();
    for (const h of own) {
      const c = clauses[h.start]!;
      if (plain.has(c)) continue;
      const end = clauseEnd(clauses, h.start, reply.length);
      const asked = askEnd(reply, h, end);
      const colon = asked < 0 ? -1 : reply.slice(asked, end).search(/[：:]/u);
      const to = colon < 0 ? end : asked + colon;
      if (asked < 0 || raw.some((o) => o.data.fault && o.start >= h.start && o.start < to)) {
        plain.add(c);
        reach.delete(c);
        continue;
      }
      const was = reach.get(c);
      reach.set(c, { from: Math.min(was?.from ?? h.start, h.start), to: Math.max(was?.to ?? to, to) });
    }
    return reach;
  };
}

/** The offsets (from `from`) where each of these consecutive words starts, and where the last ends. */
function wordStarts(words: readonly string[], from: number): Set<number> {
  const out = new Set<number>([from]);
  let at = from;
  for (const w of words) {
    at += w.length;
    out.add(at);
  }
  return out;
}
