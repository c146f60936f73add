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

/** The staff label opening (物业：…) or signing (——物业服务中心) `reply`, or null when staff do not speak. */
export type StaffSpeaker = (reply: string) => string | null;

/**
 * A message that opens with a speaker's label (物业：…, 网格员提醒：…, 电梯维保提示：…) or closes with a
 * signature (…——物业) naming staff or a notice is staff speaking: a notice or a reply to residents. A
 * label that addresses staff (致社区：, 尊敬的物业：, 社区您好：) or relays for a resident (网格员转：)
 * is a resident's, and so is one holding a resident's header word (投诉物业：) or one asking staff
 * for something (如有人管请回复：, 麻烦物业：; see `asksStaff`).
 */
export function createStaffSpeaker(language: LanguageRules): StaffSpeaker {
  const staff = [...(language.staffSpeakers ?? []), ...(language.noticeHeaders ?? [])];
  const resident = [...(language.addressed ?? []), ...(language.residentHeaders ?? [])];
  const asking = createAsksStaff(language);
  const isStaff = (label: string) => staff.some((w) => label.includes(w)) && !resident.some((w) => label.includes(w)) && !asking(label);
  return (reply) => {
    const opening = LABEL.exec(reply);
    if (opening !== null && isStaff(opening[1]!)) return opening[1]!;
    const signed = SIGNATURE.exec(reply);
    return signed !== null && isStaff(signed[1]!) ? signed[1]! : null;
  };
}

/** A speaker's label: up to 12 characters, no space or punctuation, and a colon. */
const LABEL = /^\s*([^\s\p{P}\p{S}]{1,12})[：:]/u;
/** A signature: a dash, then up to 12 characters to the end. */
const SIGNATURE = /(?:—{1,2}|--)\s*([^\s\p{P}\p{S}]{1,12})\s*$/u;

/**
 * Whether `reply` opens with a label naming staff (网格员转：, 物业通知：, 楼道保洁说：): someone of the
 * estate speaks or relays, whatever follows; a forward from outside (转自公众号：, 转给家里有老人的：) names none.
 */
export function createStaffLabel(language: LanguageRules): (reply: string) => boolean {
  const staff = language.staffSpeakers ?? [];
  const asking = createAsksStaff(language);
  return (reply) => {
    const opening = LABEL.exec(reply);
    return opening !== null && staff.some((w) => opening[1]!.includes(w)) && !asking(opening[1]!);
  };
}

/**
 * Whether a label asks staff for something: a request word (`language.asks`: 请, 麻烦) before a staff
 * word (请回复, 麻烦物业; 如有人管请回复：). Staff who ask residents put the request after their name
 * (物业提醒请注意：); the staff word asked for is what a resident wants of them.
 */
function createAsksStaff(language: LanguageRules): (label: string) => boolean {
  const staff = language.staffSpeakers ?? [];
  const asks = language.asks ?? [];
  return (label) =>
    asks.some((a) => {
      const at = label.indexOf(a);
      return at >= 0 && staff.some((w) => label.indexOf(w, at + a.length) >= 0);
    });
}
