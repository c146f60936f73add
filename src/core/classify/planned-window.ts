// A time window with planned work (今晚九点到十一点门禁升级, 明早8点至10点水箱清洗, 下午两点到五点停水,
// 23点至明早5点检修线路, 周一到周三地库施工)
// announces the work: staff post it, or a resident passes it on. Nobody says anything is wrong,
// so it is no report, unless a request, complaint or waiting is said with it (每晚八点到十点准时轰炸
// 能不能小点声, 每天晚上七点到十点基本无水 多次反映未果).
import type { Hit } from './compile-terms.js';
import { createIsPressed } from './cue-roles.js';
import type { Negation } from './negation.js';
import type { Rules } from './rules.js';

/** The window and the planned work it announces (九点到十一点 升级), or null. */
export type PlannedWindow = (reply: string, hits: readonly Hit[]) => string | null;

export function createPlannedWindow(rules: Rules, negation: Negation): PlannedWindow {
  const work = rules.language.plannedWork ?? [];
  const isPressed = createIsPressed(rules);
  return (reply, hits) => {
    if (work.length === 0) return null;
    const window = WINDOW.exec(reply);
    if (window === null) return null;
    const planned = work.find((w) => {
      for (let at = reply.indexOf(w); at >= 0; at = reply.indexOf(w, at + 1))
        if (!negation.isNegated(reply, at) && !FORBIDS.test(reply.slice(Math.max(0, at - 3), at))) return true;
      return false;
    });
    if (planned === undefined) return null;
    if (hits.some((h) => isPressed(h) && !negation.isNegated(reply, h.start))) return null;
    return `${window[0]} ${planned}`;
  };
}

/** Work said not done or forbidden (不能施工, 禁止施工, 没检修) is a rule or a fault, not work planned. */
const FORBIDS = /[不没别禁勿]/u;
const N = '[0-9０-９零〇一二两三四五六七八九十]{1,3}';
const CLOCK = `${N}(?:点|[:：][0-9]{2})[半钟]?`;
/** The part of a day the window ends in, maybe the next day's (次日6点, 明早5点, 第二天凌晨3点). */
const DAY_PART = '(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里)';
const SINCE = `(?:(?:次日|第二天|明天|明日)?${DAY_PART}|次日|第二天|明天|明日|明早|明晨|明晚)?`;
const TO = '\\s*(?:到|至|-|—|~|～)\\s*';
/** A span of days: 周一到周三, 星期二至星期四, 3号到5号, 12月1日至3日. */
const WEEKDAY = '(?:周|星期|礼拜)[一二三四五六日天]';
const DATE = `${N}[号日]`;
const DAYS = `${WEEKDAY}${TO}(?:下)?${WEEKDAY}|${DATE}${TO}(?:${N}月)?${DATE}`;
/** 九点到十一点, 8:00-12:00, 22:00至次日6:00, 23点至明早5点, 7-9点, 周一到周三. */
const WINDOW = new RegExp(`${CLOCK}${TO}${SINCE}${CLOCK}|${N}${TO}${N}点|${DAYS}`, 'u');
