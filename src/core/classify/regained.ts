// Working again: 热水器又能打着火了, 又可以用了. A "back again" word (又) right before a word of
// ability (能, 可以) says the thing can do its work again, not that the trouble is back: the hit
// does not count. Unless the ability is denied (又不能用了 carries its own 不 after it, 又能不能…)
// or is to perceive (又能闻到、又能听到: the smell or noise is back).
import type { Hit } from './compile-terms.js';
import { cueFlagged } from './cue-roles.js';
import type { Rules } from './rules.js';

/** Drops the reopening hits that say a thing works again (returns `raw` itself when there are none). */
export type RegainedFilter = (raw: Hit[], text: string) => Hit[];

const DENIAL = ['不', '没'];

export function createRegainedFilter(rules: Rules): RegainedFilter {
  const abilities = rules.language.abilities ?? [];
  const perceive = rules.language.perceive ?? [];
  const isReopening = cueFlagged(rules, 'reopens');
  if (abilities.length === 0) return (raw) => raw;
  // Most hits stand before no word of ability: one character code tells, before any list is read.
  const firsts = new Set(abilities.map((w) => w.charCodeAt(0)));
  const regained = (text: string, h: Hit) => {
    const able = abilities.find((w) => text.startsWith(w, h.end));
    if (able === undefined) return false;
    const at = h.end + able.length;
    if (DENIAL.some((w) => text.startsWith(w, at))) return false;
    // 又能闻到, 又能听见: a verb of perceiving (闻到, 看见) within the next few characters.
    const next = text.slice(at, at + 4);
    return !perceive.some((w) => next.includes(w)) && !/^.?[到见]/.test(next);
  };
  return (raw, text) => {
    let out: Hit[] | null = null;
    for (let i = 0; i < raw.length; i++) {
      const h = raw[i]!;
      const drop = firsts.has(text.charCodeAt(h.end)) && regained(text, h) && h.data.roles.some(isReopening);
      if (drop && out === null) out = raw.slice(0, i);
      else if (!drop && out !== null) out.push(h);
    }
    return out ?? raw;
  };
}
