// 我的工单 (staff): the sender's own open tickets.
import { inCommunity, STAFF, type ChatCommand } from './chat-command.js';
import { listTickets } from './list-tickets.js';

export const mineCommand: ChatCommand<{ verb: 'mine' }> = {
  verb: 'mine',
  names: ['我的工单', '我的'],
  hint: '',
  usage: '#我的工单',
  summary: '列出我负责的未办结工单',
  roles: STAFF,
  parse: () => ({ verb: 'mine' }),
  run: inCommunity((ctx, _cmd, communityId) => listTickets(ctx, communityId, `${ctx.actor.name}负责的未办结工单`, ctx.person!)),
};
