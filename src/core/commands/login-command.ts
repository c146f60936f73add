// 登录 (staff, private chat only): a one-time link that signs the sender in to the dashboard.
// A link is a key: asked for in a group, it is refused (never posted where others read it).
import { replyHere } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { STAFF, type ChatCommand } from './chat-command.js';

/** How long a sign-in link is valid (the web side enforces it; the reply says it). */
export const LOGIN_LINK_MINUTES = 10;

export const loginCommand: ChatCommand<{ verb: 'login' }> = {
  verb: 'login',
  names: ['登录', '登陆', '工作台'],
  hint: '',
  usage: '#登录（私聊机器人）',
  summary: '获取工作台网页的一次性登录链接（仅私聊）',
  roles: STAFF,
  parse: () => ({ verb: 'login' }),
  run: async (ctx) => {
    const { deps } = ctx;
    if (ctx.room !== null) return [replyHere(ctx, deps.replies.loginOnlyPrivate)];
    const link = ctx.person && deps.loginLink ? await deps.loginLink(ctx.person) : null;
    if (!link) return [replyHere(ctx, deps.replies.loginOff)];
    ctx.log.info('dashboard sign-in link sent');
    return [replyHere(ctx, renderReply(deps.replies, 'loginLink', { link, minutes: LOGIN_LINK_MINUTES }))];
  },
};
