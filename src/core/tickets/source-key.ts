// The idempotency key of a report: the same source message delivered twice is one report.

/** Room key (or "dm" for a private message) + ":" + the source message id, e.g. "g1:m42". */
export function sourceKeyOf(roomKey: string | null, messageId: string): string {
  return `${roomKey ?? 'dm'}:${messageId}`;
}
