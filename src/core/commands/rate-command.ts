// 评价 (and 满意 12 / 不满意 12, as the done post suggests): a reporter rates the result. A good
// rating closes the ticket with thanks; a low one reopens it and tells the admins (督办).
import { replyHere } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { isLowRating, reopenEscalation } from '../schedule/reopen-escalation.js';
import { failed } from './chat-command.js';
import { lifecycleCommand } from './lifecycle-command.js';
import { parseRating, takeNumber } from './parse-number.js';
import { postStatus } from './post-status.js';

/** The rating is in the name: "满意 12" is 5, "不满意 12" is 1. */
const RATING_NAMES: Readonly<Record<string, 1 | 5>> = { 满意: 5, 不满意: 1 };

export const rateCommand = lifecycleCommand<{ verb: 'rate'; number: string; rating: 1 | 2 | 3 | 4 | 5 }>({
  verb: 'rate',
  action: 'rate',
  example: '#评价 12 5 或 #评价 12 满意',
  extraNames: ['打分', ...Object.keys(RATING_NAMES)],
  bare: /^不?满意\s*(?:第\s*)?#?\s*\d+\s*号?$/,
  parse: (args, name) => {
    const n = takeNumber(args);
    if (!n) return failed('missing ticket number');
    const named = RATING_NAMES[name];
    if (named !== undefined)
      return n.rest === '' ? { verb: 'rate', number: n.number, rating: named } : failed('unexpected text after the number');
    const rating = parseRating(n.rest);
    return rating === null ? failed('rating must be 1-5 or 满意/不满意') : { verb: 'rate', number: n.number, rating };
  },
  plan: (_ctx, cmd) => ({ number: cmd.number, rating: cmd.rating }),
  announce: async (ctx, cmd, { ticket }, reporters) => {
    const { deps } = ctx;
    if (!isLowRating(cmd.rating))
      return [replyHere(ctx, renderReply(deps.replies, 'ratingThanks', { number: ticket.number, rating: cmd.rating }))];
    // A low rating reopened it: tell the group, and the admins in the staff group (督办).
    const posts = postStatus(ctx, ticket, reporters, renderReply(deps.replies, 'ratingLow', { number: ticket.number, rating: cmd.rating }));
    return [...posts, ...(await reopenEscalation(deps, ticket, { rating: cmd.rating, by: ctx.actor.name }))];
  },
});
