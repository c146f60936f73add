// One message per recipient and urgency: after downtime everything that fell due (reminders, the
// escalation list, the digest) reaches each group or person as one combined message, not a burst.
import type { Reply } from '../types.js';

function recipientKey(r: Reply): string {
  const to = r.to.kind === 'room' ? `room:${r.to.roomKey}` : `contact:${r.to.remark ?? ''}:${r.to.name}`;
  return `${r.urgent ? 'u' : 'n'}|${to}`;
}

/** Merges replies to the same recipient with the same urgency, in first-seen order; urgent ones first. */
export function combineReplies(replies: readonly Reply[]): Reply[] {
  const merged = new Map<string, Reply>();
  for (const r of replies) {
    const key = recipientKey(r);
    const prev = merged.get(key);
    if (!prev) {
      merged.set(key, { ...r, mentions: [...new Set(r.mentions)] });
      continue;
    }
    prev.text = `${prev.text}\n\n${r.text}`;
    for (const m of r.mentions) if (!prev.mentions.includes(m)) prev.mentions.push(m);
  }
  const all = [...merged.values()];
  return [...all.filter((r) => r.urgent), ...all.filter((r) => !r.urgent)];
}
