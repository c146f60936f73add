// 拆分 (admins): one reporter's report was merged by mistake; it moves out into a new ticket.
import { replyHere } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { ADMINS, failed, inCommunity, isParseFailure, usageOf, type ChatCommand } from './chat-command.js';
import { takePerson } from './parse-number.js';
import { numberAndText } from './parse-ticket-args.js';

export const splitCommand: ChatCommand<{ verb: 'split'; number: string; reporter: string }> = {
  verb: 'split',
  names: ['拆分'],
  hint: '编号 @反映人',
  usage: usageOf('拆分', '编号 @反映人', '#拆分 12 @张阿姨'),
  summary: '把误合并的一位反映人的反映拆成新工单',
  roles: ADMINS,
  parse: (args) => {
    const n = numberAndText(args);
    if (isParseFailure(n)) return n;
    const person = takePerson(n.text ?? '');
    return person ? { verb: 'split', number: n.number, reporter: person } : failed('missing the person');
  },
  run: inCommunity(async (ctx, cmd, communityId) => {
    const { deps } = ctx;
    const say = (text: string) => [replyHere(ctx, text)];
    const ticket = await deps.store.getByNumber(communityId, cmd.number);
    if (!ticket) return say(renderReply(deps.replies, 'noSuchTicket', { number: cmd.number }));
    const reports = await deps.store.getReports(ticket.id);
    const report = [...reports].reverse().find((p) => p.reporterName === cmd.reporter || p.reporterKey === cmd.reporter);
    if (!report) return say(renderReply(deps.replies, 'usage', { usage: splitCommand.usage }));
    const opened = await deps.store.splitReport({ reportId: report.id, actor: ctx.actor, at: ctx.now, deadlines: deps.deadlines });
    ctx.log.info({ ticket: cmd.number, split: opened.ticket.number }, 'report split out');
    return say(renderReply(deps.replies, 'splitDone', { from: cmd.number, number: opened.ticket.number, reporter: cmd.reporter }));
  }),
};
