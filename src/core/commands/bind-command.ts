// 绑定 (private chat): a code from `yishiting staff bind` makes the sender staff for this login.
// Posted in a group, the code is void at once and the admins are told.
import { accountKeyOf } from '../identity/sender-account.js';
import { voidPostedCode } from '../identity/void-posted-code.js';
import { replyHere } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { EVERYONE, failed, STAFF, usageOf, type ChatCommand } from './chat-command.js';
import { roleName } from './help-text.js';
import { stripSeparators } from './parse-number.js';

export const bindCommand: ChatCommand<{ verb: 'bind'; code: string }> = {
  verb: 'bind',
  names: ['绑定'],
  hint: '绑定码',
  usage: usageOf('绑定', '绑定码', '私聊发“绑定 482913”'),
  summary: '用管理员给的绑定码登记为工作人员（私聊）',
  roles: EVERYONE,
  hiddenFrom: STAFF,
  parse: (args) => {
    const code = stripSeparators(args);
    return /^[A-Za-z0-9-]{4,32}$/.test(code) ? { verb: 'bind', code } : failed('missing or malformed code');
  },
  run: async (ctx, cmd) => {
    const { deps, msg } = ctx;
    if (msg.channel.kind === 'room') return voidPostedCode(ctx, cmd.code, true);
    const result = await deps.store.redeemBindingCode(cmd.code, accountKeyOf(msg.sender), ctx.now);
    if (!result.ok) {
      ctx.log.info({ reason: result.reason }, 'binding code refused');
      return [replyHere(ctx, result.reason === 'too_many' ? deps.replies.bindTooMany : deps.replies.bindFailed)];
    }
    ctx.log.info({ person: result.person.id }, 'staff bound by code');
    const role = roleName(deps.replies, result.person.role);
    return [replyHere(ctx, renderReply(deps.replies, 'bindOk', { name: result.person.name, role }))];
  },
};
