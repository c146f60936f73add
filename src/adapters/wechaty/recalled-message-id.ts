// The id of the message a recall refers to. Wechaty's convention (and the mock's) is the id as the
// recall's text; wechat4u passes the raw <sysmsg type="revokemsg"> XML, whose <msgid> is the web
// protocol's MsgId — the id Wechaty gave the original message.

export function recalledMessageId(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.includes('<')) return trimmed || null;
  for (const tag of ['msgid', 'newmsgid', 'oldmsgid']) {
    const match = new RegExp(`<${tag}>\\s*(?:<!\\[CDATA\\[)?\\s*([^<\\]\\s]+)`).exec(trimmed);
    if (match) return match[1]!;
  }
  return null;
}
