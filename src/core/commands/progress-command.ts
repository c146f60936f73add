// 进度: a progress note, posted to the group with phone and ID numbers masked.
import { maskSensitive } from '../mask-sensitive.js';
import { renderReply } from '../replies/render-reply.js';
import { failed, isParseFailure } from './chat-command.js';
import { lifecycleCommand } from './lifecycle-command.js';
import { numberAndText } from './parse-ticket-args.js';
import { postStatus } from './post-status.js';

export const progressCommand = lifecycleCommand<{ verb: 'progress'; number: string; note: string }>({
  verb: 'progress',
  action: 'note',
  example: '#进度 12 已联系物业，明天上午更换',
  extraNames: ['反馈'],
  parse: (args) => {
    const n = numberAndText(args);
    if (isParseFailure(n)) return n;
    return n.text === null ? failed('missing note') : { verb: 'progress', number: n.number, note: n.text };
  },
  plan: (_ctx, cmd) => ({ number: cmd.number, note: cmd.note }),
  announce: (ctx, cmd, { ticket }, reporters) =>
    postStatus(
      ctx,
      ticket,
      reporters,
      renderReply(ctx.deps.replies, 'statusNote', { number: ticket.number, actor: ctx.actor.name, note: maskSensitive(cmd.note) }),
    ),
});
