// A message that opens with a 【…】 header is a notice, a forward or an article (【通知】, 【电梯维保公示】,
// 【转发】, 【重要】): residents rarely title what they write, and when they do the title asks for help
// or complains (【求助】, 【投诉】, 【紧急】), relays a hotline order (【12345工单】) or names the place (【3栋】). Such a header makes the message no report, whatever it holds.
import type { LanguageRules } from './rules.js';

/** The notice header opening `reply` (without its brackets), or null when there is none. */
export type NoticeHeader = (reply: string) => string | null;

/** `isPlace`: whether a title names a place of the community (【3栋】): such a title is a resident's. */
export function createNoticeHeader(language: LanguageRules, isPlace: (title: string) => boolean): NoticeHeader {
  const notice = language.noticeHeaders ?? [];
  const resident = language.residentHeaders ?? [];
  return (reply) => {
    const m = HEADER.exec(reply);
    if (m === null) return null;
    const title = m[1]!;
    // A notice word inside a resident word (转 of 转办) is no notice word: look at what is left.
    const rest = resident.reduce((t, w) => t.replaceAll(w, ' '), title);
    if (notice.some((w) => rest.includes(w))) return title;
    return rest !== title || isPlace(title) ? null : title;
  };
}

const HEADER = /^\s*【([^】]{1,16})】/;
