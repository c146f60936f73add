// 帮助: the commands the sender may use, built from the verb table (whose lifecycle verbs read
// their roles from the lifecycle table), so help and permissions cannot disagree.
import type { Replies } from '../replies/reply-keys.js';
import { renderReply } from '../replies/render-reply.js';
import type { Role } from '../tickets/types.js';
import { VERBS } from './verbs.js';

export function roleName(replies: Replies, role: Role): string {
  return role === 'admin' ? replies.roleAdmin : role === 'worker' ? replies.roleWorker : replies.roleResident;
}

/** The help message for `role`, e.g. a resident sees 查询/撤销/评价/没修好, an admin everything. */
export function helpText(replies: Replies, role: Role, name: string): string {
  const lines = VERBS.filter((v) => v.roles.has(role) && !(v.verb === 'bind' && role !== 'resident')).map(
    (v) => `#${v.names[0]}${v.hint ? ` ${v.hint}` : ''} — ${v.summary}`,
  );
  const head = renderReply(replies, 'helpHeader', { name, role: roleName(replies, role) });
  return [head, ...(role === 'resident' ? [replies.helpReport] : []), ...lines].join('\n');
}
