import type { Hit } from './compile-terms.js';

/** Whether `h` lies inside a longer hit of `hits` (不动 of 不动产证): the longer term is what is said. */
export function inLonger(h: Hit, hits: readonly Hit[]): boolean {
  return hits.some((o) => o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start);
}
