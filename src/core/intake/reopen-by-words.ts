// A reporter whose ticket was completed or closed within the follow-up window says in plain words
// that the problem is back ("还是不亮", "又坏了"): the ticket reopens exactly as #没修好 would,
// instead of a new ticket opening. Only the reporting account's own ticket (core/identity), of the
// same category when the message names one, and of the same building or none.
import type { Classification } from '../classify/types.js';
import { reopenCommand } from '../commands/reopen-command.js';
import { identify } from '../identify-sender.js';
import { ownReport } from '../identity/own-report.js';
import type { MessageContext } from '../message-context.js';
import { buildingKey } from '../tickets/building-key.js';
import type { Room, Ticket } from '../tickets/types.js';
import type { Reply } from '../types.js';

const HOUR = 3_600_000;

function matches(t: Ticket, c: Classification | null): boolean {
  if (c?.category && c.category !== t.category) return false;
  const said = buildingKey(c?.building ?? null);
  const had = buildingKey(t.building);
  return said === null || had === null || said === had;
}

/** The replies of reopening the sender's matching ticket, or null when there is none (go on as usual). */
export async function reopenByWords(ctx: MessageContext, room: Room, c: Classification | null): Promise<Reply[] | null> {
  const { deps, msg } = ctx;
  await identify(ctx);
  if (ctx.actor.role !== 'resident' || !ctx.community) return null;
  const since = new Date(ctx.now.getTime() - deps.config.schedule.followUp.closeAfterHours * HOUR);
  const done = await deps.store.listTickets({
    communityId: room.communityId,
    statuses: ['resolved', 'closed'],
    updatedSince: since,
    limit: 200,
  });
  const recent = done
    .filter((t) => (t.closedAt ?? t.resolvedAt ?? new Date(0)).getTime() >= since.getTime() && matches(t, c))
    .sort((a, b) => (b.resolvedAt?.getTime() ?? 0) - (a.resolvedAt?.getTime() ?? 0));
  for (const t of recent) {
    if ((await ownReport(await deps.store.getReports(t.id), msg.sender, deps.members)).kind !== 'owner') continue;
    ctx.addressed = true;
    ctx.log.info({ ticket: t.number }, 'reporter says it is broken again: reopening');
    return reopenCommand.run({ ...ctx, role: 'resident', commands: [] }, { verb: 'reopen', number: t.number, note: msg.text });
  }
  return null;
}
