// The page frame: phone-first CSS inline (no CDN, nothing fetched at run time), the top bar
// with the signed-in staff member and sign-out (a POST with the anti-forgery token).
import { Html, html } from './html.js';

const CSS = `
*{box-sizing:border-box}body{margin:0;font:15px/1.5 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#222;background:#f5f6f8}
header{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;padding:.5em 1em;background:#1f5fa8;color:#fff}
header a{color:#fff;text-decoration:none;margin-right:.8em}header .who{margin-left:auto}
header form{display:inline}header button{background:none;border:1px solid #fff;color:#fff;border-radius:4px;padding:.1em .6em}
main{padding:1em;max-width:70em;margin:auto}
.card{background:#fff;border-radius:8px;padding:.8em 1em;margin-bottom:.8em;box-shadow:0 1px 2px rgba(0,0,0,.08)}
table{border-collapse:collapse;width:100%;background:#fff}th,td{padding:.4em .5em;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
tr.overdue td{background:#fff1f0}tr.urgent td:first-child{border-left:4px solid #d4380d}
.tag{display:inline-block;padding:0 .4em;border-radius:3px;font-size:.85em;margin-right:.2em}
.tag.urgent{background:#d4380d;color:#fff}.tag.overdue{background:#fa8c16;color:#fff}.tag.repeat{background:#722ed1;color:#fff}
form.filters{display:flex;flex-wrap:wrap;gap:.4em}form.filters label{display:flex;flex-direction:column;font-size:.85em}
input,select,button,textarea{font:inherit;padding:.3em .4em}
button.primary{background:#1f5fa8;color:#fff;border:0;border-radius:4px;padding:.4em 1em}
.msg{background:#e6f4ff;border-left:4px solid #1f5fa8;padding:.5em .8em;margin-bottom:.8em}.err{background:#fff1f0;border-left-color:#d4380d}
.pager a{margin-right:1em}.muted{color:#888}img.photo{max-width:100%;max-height:20em;display:block;margin:.3em 0}
details.action{margin:.3em 0}details.action form{display:flex;flex-wrap:wrap;gap:.4em;align-items:center;margin:.4em 0}
@media (max-width:640px){table.list thead{display:none}table.list tr{display:block;border-bottom:1px solid #ddd;padding:.3em 0}table.list td{display:inline-block;border:0;padding:.1em .4em}}
`;

export interface Viewer {
  name: string;
  community: string;
  csrf: string;
}

export function page(title: string, body: Html, viewer: Viewer | null): Html {
  return html`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · 议事亭</title><style>${new Html(CSS)}</style></head>
<body><header><strong>议事亭</strong>${
    viewer
      ? html`<a href="/">工单</a><a href="/stats">统计</a><a href="/rules">规则</a><a href="/people">人员</a><span class="who">${viewer.community} · ${viewer.name}</span>
<form method="post" action="/logout"><input type="hidden" name="_csrf" value="${viewer.csrf}"><button>退出</button></form>`
      : ''
  }</header><main>${body}</main></body></html>`;
}
