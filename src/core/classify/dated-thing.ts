// A past-time word can date a thing rather than the story: 早些年装的电梯 (three days in two it
// breaks down), 线还是八几年的铝线, 电线都是二十多年前的了 tell how old the thing is, and the fault
// told of it is of now. The report decision (a past story's span) and urgency (a past word's
// cancel) both read past-time words through this one test.
import type { LanguageRules } from './rules.js';

/** Whether the past-time word at [start, end) of `text` dates a thing (see above). */
export type ThingDating = (text: string, start: number, end: number) => boolean;

export function createThingDating(language: LanguageRules): ThingDating {
  const dates = language.dates ?? [];
  return (text, start, end) => {
    // 早些年装的, 二十多年前的了: a word of making (or the end of a 是…的) right after it.
    for (const w of dates) if (text.startsWith(w, end)) return true;
    if (text[end] !== '的') return false;
    // 线还是八几年的铝线, 都是十几年前的: said with 是 (numbers between aside), it is what the thing is.
    let at = start;
    while (at > 0 && NUMERAL.test(text[at - 1]!)) at--;
    return at > 0 && text[at - 1] === '是';
  };
}

const NUMERAL = /[0-9一二三四五六七八九十两几多]/;
