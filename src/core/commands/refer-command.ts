// 转办: the ticket goes to another body (供电公司, 燃气公司); the group is told to whom.
import { maskSensitive } from '../mask-sensitive.js';
import { renderReply } from '../replies/render-reply.js';
import { failed, isParseFailure } from './chat-command.js';
import { lifecycleCommand } from './lifecycle-command.js';
import { numberAndText } from './parse-ticket-args.js';
import { postStatus } from './post-status.js';

export const referCommand = lifecycleCommand<{ verb: 'refer'; number: string; to: string }>({
  verb: 'refer',
  action: 'refer',
  example: '#转办 12 供电公司',
  parse: (args) => {
    const n = numberAndText(args);
    if (isParseFailure(n)) return n;
    return n.text === null ? failed('missing the body referred to') : { verb: 'refer', number: n.number, to: n.text };
  },
  plan: (_ctx, cmd) => ({ number: cmd.number, note: cmd.to, target: { kind: 'text', text: cmd.to } }),
  announce: (ctx, cmd, { ticket }, reporters) =>
    postStatus(
      ctx,
      ticket,
      reporters,
      renderReply(ctx.deps.replies, 'statusReferred', { number: ticket.number, actor: ctx.actor.name, to: maskSensitive(cmd.to) }),
    ),
});
