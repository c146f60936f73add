// A seeded 32-bit generator (mulberry32): the same seed gives the same numbers on every machine,
// for work that must be repeatable (training the learned model, generated benchmark data).

/** Numbers in [0, 1) from `seed`. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
