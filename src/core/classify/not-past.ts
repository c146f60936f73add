// A past-time word does not always set the story in the past. It can date a thing: 早些年装的电梯
// (three days in two it breaks down), 线还是八几年的铝线, 电线都是二十多年前的了 tell how old the
// thing is, and the fault told of it is of now. And a word of "then" (那会儿, 那时候) after other
// words of its clause says when within a story of now (昨晚十点那会儿电梯坏了, 我下班那时候); only
// first in its clause does it set one in the past (那时候锅炉房烧起来过); so does any past word with
// 就 after it (路灯前几年就坏了: broken since then); nor any past word that bounds a time running on
// to now (自去年起, 从前年开始, 到去年十月). The report decision (a
// past story's span) and urgency (a past word's cancel) both read past-time words through this test.
import { clauseBefore, onlyMarks } from './clause-ids.js';
import type { LanguageRules } from './rules.js';

/** Whether the past-time word at [start, end) of `text` does not set the story in the past (see above). */
export type NotPast = (text: string, clauses: Int32Array, start: number, end: number) => boolean;

export function createNotPast(language: LanguageRules): NotPast {
  const dates = language.dates ?? [];
  const within = language.within ?? [];
  const since = language.since ?? [];
  const ages = language.ages ?? [];
  const bounds = language.bounds ?? [];
  return (text, clauses, start, end) => {
    // 自去年雨季起一直渗水, 有效期到去年十月: one end of a time that runs on to now.
    if (bounds.some((w) => text.endsWith(w, start))) return true;
    // 早些年装的, 二十多年前的了: a word of making (or the end of a 是…的) right after it.
    for (const w of dates) if (text.startsWith(w, end)) return true;
    if (text[end] === '的') {
      // 九几年的房子, 十几年前的老楼: a count of years before 的 is a thing's age.
      if (ages.includes(text.slice(start, end))) return true;
      // 线还是八几年的铝线, 都是十几年前的: said with 是 (numbers between aside), it is what the thing is.
      let at = start;
      while (at > 0 && NUMERAL.test(text[at - 1]!)) at--;
      if (at > 0 && text[at - 1] === '是') return true;
    }
    // 昨晚十点那会儿, 下班那时候: a word of "then" after other words of its clause; 路灯前几年就坏了:
    // any past word there, with 就 after it, tells what has lasted since then.
    if (!within.includes(text.slice(start, end)) && !since.some((w) => text.startsWith(w, end))) return false;
    return !onlyMarks(clauseBefore(text, clauses, start));
  };
}

const NUMERAL = /[0-9一二三四五六七八九十两几多]/;
