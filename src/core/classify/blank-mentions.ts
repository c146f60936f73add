// WeChat mentions (@物业客服 + a space) address someone; they say nothing about the problem, so
// the classifier reads them as blanks (same length, so positions stay). "@所有人" is kept: it
// marks a notice.

const MENTION = /@([^\s@\u2005]{1,12})(?=[\s\u2005]|$)/gu;

export function blankMentions(text: string): string {
  if (!text.includes('@')) return text;
  return text.replace(MENTION, (m: string, name: string) => (name === '所有人' ? m : ' '.repeat(m.length)));
}
