// 待办 (staff): the community's open tickets, the most urgent first.
import { inCommunity, STAFF, type ChatCommand } from './chat-command.js';
import { listTickets } from './list-tickets.js';

export const queueCommand: ChatCommand<{ verb: 'queue' }> = {
  verb: 'queue',
  names: ['待办', '待处理', '工单列表'],
  hint: '',
  usage: '#待办',
  summary: '列出本社区未办结的工单（最急的在前）',
  roles: STAFF,
  parse: () => ({ verb: 'queue' }),
  run: inCommunity((ctx, _cmd, communityId) => listTickets(ctx, communityId, '未办结工单')),
};
