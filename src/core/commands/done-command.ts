// 完成 / 办结: the work is done; the group is told the result and asked to rate it.
import { maskSensitive } from '../mask-sensitive.js';
import { renderReply } from '../replies/render-reply.js';
import { failed, isParseFailure } from './chat-command.js';
import { lifecycleCommand } from './lifecycle-command.js';
import { numberAndText } from './parse-ticket-args.js';
import { postStatus } from './post-status.js';

export const doneCommand = lifecycleCommand<{ verb: 'done'; number: string; note: string }>({
  verb: 'done',
  action: 'resolve',
  example: '#完成 12 已更换灯泡',
  parse: (args) => {
    const n = numberAndText(args);
    if (isParseFailure(n)) return n;
    return n.text === null ? failed('missing note') : { verb: 'done', number: n.number, note: n.text };
  },
  plan: (_ctx, cmd) => ({ number: cmd.number, note: cmd.note }),
  announce: (ctx, cmd, { ticket }, reporters) =>
    postStatus(
      ctx,
      ticket,
      reporters,
      renderReply(ctx.deps.replies, 'statusResolved', { number: ticket.number, actor: ctx.actor.name, note: maskSensitive(cmd.note) }),
    ),
});
