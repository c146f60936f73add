// The sign-in page: there are no passwords; it explains how to get a one-time link. A link
// preview's fetch of a link gets a page with one button instead of signing in (it must not use the link up).
import { html, type Html } from './html.js';

export function signinPage(problem?: string): Html {
  return html`${problem ? html`<p class="msg err">${problem}</p>` : ''}<div class="card"><h2>登录工作台</h2>
<p>工作台不用密码。请用自己的微信私聊社区机器人，发送 <strong>#登录</strong>，机器人会回复一个登录链接（10 分钟内有效，只能用一次）。</p>
<p class="muted">管理员也可以在服务器上运行 <code>yishiting web link --remark 备注名</code> 生成登录链接。</p></div>`;
}

export function confirmSigninPage(token: string, check: string): Html {
  return html`<div class="card"><h2>登录工作台</h2><p>点下面的按钮登录议事亭工作台。这个链接只能用一次，请不要转发给别人。</p>
<form method="post" action="/login/${token}"><input type="hidden" name="_login" value="${check}"><button class="primary">登录</button></form></div>`;
}
