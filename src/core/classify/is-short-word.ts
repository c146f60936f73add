// "A short common word never carries a negative weight on its own": the rule `rules check`
// enforces and the scorer relies on. Short means at most two Chinese characters (谢谢, 好了,
// 电梯); symbols and emoji (【, 👍) are not words in this sense.

const HAN = /^[\u3400-\u9fff\uf900-\ufaff]+$/u;

export function isShortWord(term: string): boolean {
  return term.length <= 2 && HAN.test(term);
}
