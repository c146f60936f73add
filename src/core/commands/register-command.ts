// 登记 (staff), sent as a reply quoting a resident's message the bot missed: the message is
// taken in as if the bot had caught it (same acknowledgement @ the resident, same urgent alerts,
// same merging), in the category the classifier finds or the one staff name (#登记 排水). The
// correction is recorded for the rules.
import type { Classification } from '../classify/types.js';
import { takeInReport } from '../intake/intake-report.js';
import { replyHere } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { actorOf } from '../identify-sender.js';
import { failed, inCommunity, STAFF, usageOf, type ChatCommand, type CommandContext, type Quote } from './chat-command.js';
import { findCategory } from './find-category.js';
import type { Reply } from '../types.js';

export const registerCommand: ChatCommand<{ verb: 'register'; quote: Quote; category: string | null }> = {
  verb: 'register',
  names: ['登记', '补登记'],
  hint: '[类别]',
  usage: `在居民群里引用（回复）漏登记的那条消息，发 ${usageOf('登记', '[类别]', '#登记 排水')}`,
  summary: '引用居民漏登记的消息，补登记成工单',
  roles: STAFF,
  parse: (args, _name, quote) => {
    if (!quote) return failed('not sent as a reply to a message');
    const category = args.trim();
    return { verb: 'register', quote, category: category === '' ? null : category };
  },
  run: inCommunity(async (ctx, cmd) => register(ctx, cmd.quote, cmd.category)),
};

async function register(ctx: CommandContext, quote: Quote, typed: string | null): Promise<Reply[]> {
  const { deps, room } = ctx;
  const say = (text: string) => [replyHere(ctx, text)];
  if (room?.role !== 'residents') return say(renderReply(deps.replies, 'usage', { usage: registerCommand.usage }));
  const found = deps.classifier.classify(quote.text);
  let category = found.category;
  if (typed !== null) {
    const match = findCategory(deps.categories, typed);
    if (!match.ok) return say(renderReply(deps.replies, 'unknownCategory', { name: typed, categories: categoryList(ctx) }));
    category = match.category.code;
  }
  if (category === null) return say(renderReply(deps.replies, 'registerNeedsCategory', { categories: categoryList(ctx) }));
  const classification: Classification = { ...found, report: true, category };

  // The quoted resident's message, as the bot would have seen it. A quote carries only the
  // nickname: the account is the one current member of the group showing it, when there is
  // exactly one; otherwise it stays unknown and the resident's own actions on the ticket (撤销,
  // 评价, 没修好) go by the name, as for reports from an earlier login.
  const namesakes = (await deps.members?.membersNamed(room.key, quote.author)) ?? null;
  const login = ctx.msg.sender.login;
  const sender = {
    sessionId: namesakes?.length === 1 ? namesakes[0]! : '',
    name: quote.author,
    remark: null,
    ...(login === undefined ? {} : { login }),
  };
  const msg = { ...ctx.msg, id: `quote:${hash(`${quote.author}\n${quote.text}`)}`, text: quote.text, sender, mentionsBot: false };
  const { imagePath: _image, ...withoutImage } = msg;
  const asCaught = { ...ctx, msg: withoutImage, person: null, actor: actorOf(sender, null), identified: false };
  const { result, replies } = await takeInReport(asCaught, room, classification);
  if (result.kind === 'repeat') return say(renderReply(deps.replies, 'registerRepeat', { number: result.ticket.number }));
  await deps.store.recordCorrection({
    communityId: result.ticket.communityId,
    ticketId: result.ticket.id,
    kind: 'missed',
    text: quote.text,
    fromCategory: null,
    toCategory: category,
    staff: ctx.person?.remark ?? ctx.actor.key,
    at: ctx.now,
  });
  ctx.log.info({ ticket: result.ticket.number, outcome: result.kind, category }, 'missed report registered by staff');
  return replies;
}

function categoryList(ctx: CommandContext): string {
  return ctx.deps.categories.map((c) => c.name).join('、');
}

/** FNV-1a, 32 bits, hex: a short stable id for the quoted message (a second #登记 of it is a repeat). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
