// A binding code someone posted in a group ("绑定 482913", "#绑定 482913", or the six digits on
// their own): it is public now and must be voided. Pure; the store knows whether it is a live code.

const WITH_VERB = /^\s*(?:@\S+\s+)?[#＃/]?\s*绑定[\s:：,，]*([A-Za-z0-9-]{4,32})\s*$/;
const DIGITS_ONLY = /^\s*(\d{6})\s*$/;

/** The code in a group message that looks like a binding code, or null. */
export function postedBindingCode(text: string): string | null {
  const m = WITH_VERB.exec(text) ?? DIGITS_ONLY.exec(text);
  return m ? m[1]! : null;
}
