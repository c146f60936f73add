// Fills a reply template: "{number}号工单" + { number: 12 } → "12号工单".
import { REPLY_PLACEHOLDERS, type Replies, type ReplyKey, type ReplyVars } from './reply-keys.js';

/** Renders the template `key` with `vars`; placeholders are checked at load time, so none stay open. */
export function renderReply<K extends ReplyKey>(replies: Replies, key: K, vars: ReplyVars<K>): string {
  const values = vars as Record<string, string | number>;
  return replies[key].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** The placeholders a template uses that its key does not offer (the loader rejects these). */
export function unknownPlaceholders(key: ReplyKey, template: string): string[] {
  const allowed: readonly string[] = REPLY_PLACEHOLDERS[key];
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((name) => !allowed.includes(name));
}
