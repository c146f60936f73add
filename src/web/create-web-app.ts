// The staff dashboard as a Hono app: server-rendered pages and one JSON route over the bot's own
// store and command modules. Tests call app.request() in-process; serve-web.ts puts it on a port.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { maskSensitive } from '../core/mask-sensitive.js';
import { isStatus } from '../core/tickets/lifecycle.js';
import { bindingCodeText } from '../core/identity/binding-code-text.js';
import { BINDING_CODE_MINUTES } from '../core/identity/binding-policy.js';
import { isAdminRole } from '../core/tickets/staff-roles.js';
import { peoplePage } from './people-page.js';
import { applyRuleEdits, ruleEditKey } from '../app/rule-suggestions.js';
import { rulesPage } from './rules-page.js';
import { createSuggestionCache } from './suggestion-cache.js';
import { communityLedger } from '../infra/export/community-ledger.js';
import { createLedgerSource } from '../infra/export/create-ledger-source.js';
import { writeLedgerCsv } from '../infra/export/write-ledger-csv.js';
import { writeLedgerXlsx } from '../infra/export/write-ledger-xlsx.js';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import { signedInStaff, SESSION_COOKIE, type Staff } from './signed-in-staff.js';
import { runWebAction } from './run-web-action.js';
import { isLinkPreview } from './link-preview.js';
import { confirmSigninPage, signinPage } from './signin-page.js';
import { periodSchema, resolvePeriod, statsPage } from './stats-page.js';
import { createStatsAccumulator } from '../core/stats/ticket-stats.js';
import { createWeeklyByCategory } from '../core/stats/weekly-by-category.js';
import { chartAssets } from './chart-assets.js';
import { ticketListPage } from './ticket-list-page.js';
import { ticketPage } from './ticket-page.js';
import { listQuerySchema, selectTickets } from './ticket-query.js';
import { ticketsJson } from './tickets-json.js';
import { csrfTokenOf, hashToken, newToken, sameToken } from './tokens.js';
import { communityQuery, viewedCommunity, type CommunityRef } from './viewed-community.js';
import type { WebOptions } from './web-options.js';

type Env = { Variables: { staff: Staff } };

/** The short-lived cookie the sign-in page for link previews sets (see GET /login/:token). */
const LOGIN_COOKIE = 'yst_login';

const IMAGE_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

export function createWebApp(web: WebOptions): Hono<Env> {
  const { deps } = web;
  const app = new Hono<Env>();
  const suggestions = web.suggestions ?? createSuggestionCache(web.rulesDir);
  const dataDir = resolve(web.dataDir ?? 'data');

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  // ---- public: the chart scripts (hashed names, cached for a year) ----
  // Read on first use, so start-up does not load ECharts (1 MB) until someone opens 统计.
  app.get('/assets/:file{[a-z-]+\\.[0-9a-f]{12}\\.js}', (c, next) => {
    const a = Object.values(chartAssets()).find((x) => x.path === c.req.path);
    return a ? c.body(a.body, 200, { 'Content-Type': a.type, 'Cache-Control': 'public, max-age=31536000, immutable' }) : next();
  });

  // ---- public: sign-in ----
  app.get('/signin', (c) => c.html(page('登录', signinPage(), null).value));

  // Opening the link (GET) signs in, as the CLI contract says. A link preview must not use it up:
  // a HEAD, a known preview agent or a prefetch (link-preview.ts) gets a page with a 登录 button
  // instead. The button POSTs the value derived from a cookie that page set, so another site
  // cannot make that POST sign someone in with its own link.
  app.get('/login/:token', (c) => {
    const token = c.req.param('token');
    if (!isLinkPreview(c.req.method, c.req.raw.headers)) return signInWith(c, token, 302);
    if (token.length > 100) return c.html(page('登录', signinPage('这个登录链接无效，请重新获取。'), null).value, 400);
    const nonce = newToken();
    setCookie(c, LOGIN_COOKIE, nonce, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/login',
      maxAge: 600,
      secure: web.secureCookies ?? false,
    });
    return c.html(page('登录', confirmSigninPage(token, csrfTokenOf(nonce)), null).value);
  });

  app.post('/login/:token', async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const nonce = getCookie(c, LOGIN_COOKIE) ?? '';
    const sent = typeof form._login === 'string' ? form._login : '';
    if (!nonce || nonce.length > 100 || !sameToken(sent, csrfTokenOf(nonce)))
      return c.html(page('登录', signinPage('登录页面已过期或来源不明，请重新打开登录链接。'), null).value, 403);
    deleteCookie(c, LOGIN_COOKIE, { path: '/login' });
    return signInWith(c, c.req.param('token'), 303);
  });

  /** Uses the one-time link up: a session cookie and a redirect to the ticket list, or why not. */
  const signInWith = async (c: Context, token: string, redirect: 302 | 303) => {
    const now = deps.clock();
    const redeemed =
      token.length <= 100 ? await web.auth.redeemLoginToken(hashToken(token), now) : ({ ok: false, reason: 'unknown' } as const);
    const person = redeemed.ok ? await deps.store.getPerson(redeemed.personId) : null;
    if (!redeemed.ok || !person?.active) {
      const why =
        !redeemed.ok && redeemed.reason === 'used'
          ? '这个登录链接已经用过了'
          : !redeemed.ok && redeemed.reason === 'expired'
            ? '这个登录链接已过期'
            : '这个登录链接无效';
      return c.html(page('登录', signinPage(`${why}，请重新获取。`), null).value, 400);
    }
    const session = newToken();
    const hours = deps.config.web.sessionHours;
    await web.auth.createSession(hashToken(session), person.id, now, new Date(now.getTime() + hours * 3_600_000));
    await web.auth.recordAudit({
      personId: person.id,
      communityId: person.communityId,
      at: now,
      action: 'signin',
      ticketNumber: null,
      detail: null,
    });
    setCookie(c, SESSION_COOKIE, session, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      maxAge: hours * 3600,
      secure: web.secureCookies ?? false,
    });
    return c.redirect('/', redirect);
  };

  // ---- everything else needs a staff member on the roster ----
  app.use('*', async (c, next) => {
    const staff = await signedInStaff(web, getCookie(c, SESSION_COOKIE));
    if (!staff) {
      if (c.req.path.startsWith('/api/')) return c.json({ error: '未登录或登录已过期，请重新获取登录链接。' }, 401);
      if (c.req.method !== 'GET') return c.html(page('登录', signinPage('请先登录。'), null).value, 403);
      return c.redirect('/signin', 302);
    }
    c.set('staff', staff);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      // Forged requests: a page elsewhere cannot read the session's token (SameSite=Strict too).
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      const token = typeof form._csrf === 'string' ? form._csrf : (c.req.header('x-csrf-token') ?? '');
      if (!sameToken(token, staff.csrf))
        return c.html(page('操作被拒绝', html`<p class="msg err">页面已过期或来源不明，请刷新后重试。</p>`, viewer(staff)).value, 403);
    }
    await next();
  });

  app.post('/logout', async (c) => {
    const staff = c.get('staff');
    await web.auth.endSession(staff.sessionHash);
    await web.auth.recordAudit({
      personId: staff.person.id,
      communityId: staff.community.id,
      at: deps.clock(),
      action: 'signout',
      ticketNumber: null,
      detail: null,
    });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/signin', 303);
  });

  app.get('/api/tickets', async (c) => {
    const staff = c.get('staff');
    const status = c.req.query('status');
    const category = c.req.query('category');
    const community = c.req.query('community');
    if (status !== undefined && !isStatus(status)) return c.json({ error: `未知状态「${status}」` }, 400);
    if (category !== undefined && !/^[a-z0-9_-]{1,40}$/i.test(category)) return c.json({ error: `类别代码「${category}」有误` }, 400);
    // Optional paging (20k active tickets in one answer take a second): `limit`, then `after` = the
    // answer's `next` (a keyset cursor). Without `limit` the answer is every ticket, as specified.
    const limit = c.req.query('limit');
    const after = c.req.query('after');
    if (limit !== undefined && !/^[1-9]\d{0,2}$|^1000$/.test(limit)) return c.json({ error: `limit「${limit}」应为 1–1000 的整数` }, 400);
    if (after !== undefined && (limit === undefined || !/^\d{1,9}$/.test(after)))
      return c.json({ error: 'after 应为上一次回答的 next，并与 limit 一起使用' }, 400);
    // Limited to the communities the person sees: another community's name selects nothing.
    const viewed = viewedCommunity(staff, community);
    if (viewed === undefined) return c.json(limit ? { tickets: [], next: null } : { tickets: [] });
    const list = await deps.store.listTickets({
      ...(viewed ? { communityId: viewed.id } : {}),
      ...(status ? { statuses: [status] } : {}),
      ...(category ? { category } : {}),
      ...(limit ? { limit: Number(limit) + 1 } : {}),
      ...(after ? { after: Number(after) } : {}),
    });
    if (!limit) return c.json({ tickets: ticketsJson(list, staff.communities) });
    const page = list.slice(0, Number(limit));
    const more = list.length > page.length;
    return c.json({ tickets: ticketsJson(page, staff.communities), next: more ? String(page.at(-1)!.id) : null });
  });

  app.get('/', async (c) => {
    const staff = c.get('staff');
    const parsed = listQuerySchema.safeParse(c.req.query());
    if (!parsed.success)
      return render(
        c,
        staff,
        '工单',
        html`<p class="msg err">筛选条件有误：${parsed.error.issues[0]?.message ?? ''}</p><p><a href="/">返回工单列表</a></p>`,
        400,
      );
    const viewed = viewedCommunity(staff, parsed.data.community);
    if (viewed === undefined) return notVisible(c, staff);
    const now = deps.clock();
    const result = await selectTickets(deps.store, viewed?.id, parsed.data, now);
    const people = await staffOf(viewed ? [viewed] : staff.communities);
    const body = ticketListPage({
      query: parsed.data,
      result,
      categories: deps.categories,
      staff: people.filter((p) => p.active),
      viewer: staff,
      now,
      timeZone: deps.config.timezone,
    });
    return render(c, staff, '工单', body);
  });

  app.get('/stats', async (c) => {
    const staff = c.get('staff');
    const now = deps.clock();
    const parsed = periodSchema.safeParse(c.req.query());
    const period = parsed.success ? resolvePeriod(parsed.data, now, deps.config.timezone) : (parsed.error.issues[0]?.message ?? '日期有误');
    if (typeof period === 'string')
      return render(c, staff, '统计', html`<p class="msg err">统计范围有误：${period}</p><p><a href="/stats">重新选择</a></p>`, 400);
    const viewed = viewedCommunity(staff, c.req.query('community'));
    if (viewed === undefined) return notVisible(c, staff);
    // The same accumulator as `yishiting stats`, over the tickets of the communities looked at.
    const acc = createStatsAccumulator(now);
    const weekly = createWeeklyByCategory(deps.config.timezone);
    for await (const t of ledgerOf(viewed).statsTickets(period)) {
      acc.add(t);
      weekly.add(t);
    }
    return render(c, staff, '统计', statsPage(acc.result(), period, deps.categories, weekly.result(), { viewer: staff, viewed }));
  });

  const showPeople = async (c: Context<Env>, message: { text: string; error: boolean } | null, status: 200 | 400 = 200) => {
    const staff = c.get('staff');
    // A district admin sees every community's roster and log.
    const [people, audits] = await Promise.all([
      staffOf(staff.communities),
      Promise.all(staff.communities.map((x) => web.auth.listAudit(x.id, 200))),
    ]);
    const audit = audits
      .flat()
      .sort((a, b) => b.at.getTime() - a.at.getTime())
      .slice(0, 200);
    return render(
      c,
      staff,
      '人员',
      peoplePage({ people, audit, timeZone: deps.config.timezone, viewer: staff, csrf: staff.csrf, message }),
      status,
    );
  };
  const notAdmin = (c: Context<Env>) => render(c, c.get('staff'), '人员', html`<p class="msg err">人员页只对社区管理员开放。</p>`, 403);

  app.get('/people', (c) => (isAdminRole(c.get('staff').person.role) ? showPeople(c, null) : notAdmin(c)));

  // A binding code for someone on the roster (of a community the admin sees): shown once, on this
  // answer only; the audit log records who asked for whose code, never the code.
  app.post('/people/:id/code', async (c) => {
    const staff = c.get('staff');
    if (!isAdminRole(staff.person.role)) return notAdmin(c);
    const id = c.req.param('id');
    const person = /^\d{1,9}$/.test(id) ? await deps.store.getPerson(Number(id)) : null;
    if (!person?.active || !staff.communities.some((x) => x.id === person.communityId))
      return showPeople(c, { text: '名单里没有这个人（可能已移出名单），请刷新后重试。', error: true }, 400);
    const now = deps.clock();
    const code = await deps.store.createBindingCode(person.id, now, new Date(now.getTime() + BINDING_CODE_MINUTES * 60_000));
    await web.auth.recordAudit({
      personId: staff.person.id,
      communityId: person.communityId,
      at: now,
      action: 'code',
      ticketNumber: null,
      detail: `为${person.name}生成绑定码`,
    });
    return showPeople(c, { text: `${bindingCodeText(person.name, code)}\n这个绑定码只显示这一次。`, error: false });
  });

  // Suggestions take seconds of CPU: computed in a worker and cached (suggestion-cache.ts); a page
  // asked for while they are being computed says so and refreshes itself.
  const showRules = async (c: Context<Env>, message: { text: string; error: boolean } | null, status: 200 | 400 = 200, wait = false) => {
    const staff = c.get('staff');
    const corrections = await correctionsOf(staff);
    const outcome = wait ? await suggestions.get(deps.classifier, corrections) : suggestions.peek(deps.classifier, corrections);
    if (!outcome)
      return render(
        c,
        staff,
        '规则',
        html`${message ? html`<p class="msg${message.error ? ' err' : ''}" style="white-space:pre-line">${message.text}</p>` : ''}<meta http-equiv="refresh" content="3">
<div class="card"><p>正在根据 ${corrections.length} 条更正计算修改建议（需要几秒钟，不影响机器人工作），页面会自动刷新；也可以稍后<a href="/rules">手动刷新</a>。</p></div>`,
        status,
      );
    if (!outcome.ok) {
      if (!outcome.rules) throw new Error(outcome.message);
      return render(
        c,
        staff,
        '规则',
        html`<p class="msg err">规则文件有误，请先修好（yishiting rules check）：${outcome.message}</p>`,
        400,
      );
    }
    const { found } = outcome;
    const categoryName = (code: string) => found.rules.categories.find((x) => x.code === code)?.name ?? code;
    const csrf = isAdminRole(staff.person.role) ? staff.csrf : null;
    return render(c, staff, '规则', rulesPage({ result: found.result, total: corrections.length, categoryName, csrf, message }), status);
  };

  app.get('/rules', (c) => showRules(c, null));

  app.post('/rules/apply', async (c) => {
    const staff = c.get('staff');
    if (!isAdminRole(staff.person.role))
      return render(c, staff, '规则', html`<p class="msg err">只有社区管理员可以采用规则建议。</p><p><a href="/rules">返回</a></p>`, 403);
    const form = await c.req.parseBody();
    const id = typeof form.id === 'string' ? form.id : '';
    const corrections = await correctionsOf(staff);
    // The choice is checked against the suggestions as they are now (waiting for them if need be).
    const outcome = await suggestions.get(deps.classifier, corrections);
    const chosen = outcome.ok ? outcome.found.result.suggestions.find((s) => ruleEditKey(s.edit) === id) : undefined;
    if (!chosen) return showRules(c, { text: '没有这条建议（可能已经采用过，或更正有了变化），请看下面最新的建议。', error: true }, 400);
    const applied = applyRuleEdits(web.rulesDir, [chosen.edit]);
    suggestions.invalidate();
    const e = chosen.edit;
    await web.auth.recordAudit({
      personId: staff.person.id,
      communityId: staff.community.id,
      at: deps.clock(),
      action: 'rule',
      ticketNumber: null,
      detail:
        `${e.category} ${e.section === 'objects' ? '东西' : '提示词'}「${e.term}」权重 ${e.weight}${applied.problems.length > 0 ? '（规则检查未通过）' : ''}`.slice(
          0,
          500,
        ),
    });
    const text =
      applied.problems.length > 0
        ? `已写入 ${applied.files.join('、')}，但规则检查未通过，机器人会继续用原来的规则：\n${applied.problems.join('\n')}`
        : `已采用：写入 ${applied.files.join('、')}，规则检查通过${applied.failedExamples.length > 0 ? `，但有 ${applied.failedExamples.length} 条例子判错` : ''}。机器人会自动读取新规则。`;
    // The admin waits for the suggestions under the new rules (in the worker: nothing else waits).
    return showRules(c, { text, error: applied.problems.length > 0 || applied.failedExamples.length > 0 }, 200, true);
  });

  app.get('/ledger', async (c) => {
    const staff = c.get('staff');
    const now = deps.clock();
    const format = c.req.query('format') ?? 'xlsx';
    const viewed = viewedCommunity(staff, c.req.query('community'));
    if (viewed === undefined) return notVisible(c, staff);
    const parsed = periodSchema.safeParse(c.req.query());
    const period = parsed.success ? resolvePeriod(parsed.data, now, deps.config.timezone) : (parsed.error.issues[0]?.message ?? '日期有误');
    if (typeof period === 'string' || (format !== 'xlsx' && format !== 'csv')) {
      return render(
        c,
        staff,
        '台账',
        html`<p class="msg err">台账范围或格式有误${typeof period === 'string' ? `：${period}` : ''}</p><p><a href="/stats">返回</a></p>`,
        400,
      );
    }
    // The existing export (yishiting export), over the communities looked at, through a temporary file.
    const label = period.fromDate ? `${period.fromDate} 至 ${period.toDate}` : `全部（至 ${period.toDate}）`;
    const catName = (code: string) => deps.categories.find((x) => x.code === code)?.name ?? code;
    const source = await createLedgerSource(ledgerOf(viewed), { ...period, label }, catName, deps.config.timezone, now);
    const dir = await mkdtemp(join(tmpdir(), 'yishiting-ledger-'));
    try {
      const file = join(dir, `ledger.${format}`);
      await (format === 'csv' ? writeLedgerCsv(file, source) : writeLedgerXlsx(file, source));
      const bytes = await readFile(file);
      const name = encodeURIComponent(`台账-${viewed?.name ?? '全部社区'}-${period.toDate}.${format}`);
      return c.body(bytes, 200, {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="ledger.${format}"; filename*=UTF-8''${name}`,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // Numbers are per community: a district admin names another community with ?community=.
  const ticketOf = async (c: Context<Env>) => {
    const staff = c.get('staff');
    const number = c.req.param('number') ?? '';
    const viewed = viewedCommunity(staff, c.req.query('community'));
    if (viewed === undefined || !/^\d{1,9}$/.test(number)) return null;
    return deps.store.getByNumber((viewed ?? staff.community).id, number);
  };

  const showTicket = async (c: Context<Env>, message: { text: string; error: boolean } | null, status: 200 | 400 | 403 = 200) => {
    const staff = c.get('staff');
    const ticket = await ticketOf(c);
    if (!ticket)
      return render(
        c,
        staff,
        '工单',
        html`<p class="msg err">没有找到这张工单（或不属于${staff.district ? '任何社区' : staff.community.name}）。</p><p><a href="/">返回工单列表</a></p>`,
        404,
      );
    const [reports, timeline, people] = await Promise.all([
      deps.store.getReports(ticket.id),
      deps.store.getTimeline(ticket.id),
      deps.store.listStaff(ticket.communityId),
    ]);
    // Actions run as the person's own chat commands, so only on their own community's tickets.
    const own = ticket.communityId === staff.community.id;
    const body = ticketPage({
      ticket,
      reports,
      timeline,
      categories: deps.categories,
      staff: people.filter((p) => p.active),
      csrf: own ? staff.csrf : null,
      query: communityQuery(staff, ticket.communityId),
      now: deps.clock(),
      timeZone: deps.config.timezone,
      message,
    });
    return render(c, staff, `#${ticket.number}`, body, status);
  };

  app.get('/tickets/:number', (c) => showTicket(c, null));

  app.post('/tickets/:number/actions', async (c) => {
    const staff = c.get('staff');
    const ticket = await ticketOf(c);
    if (!ticket) return showTicket(c, null);
    if (ticket.communityId !== staff.community.id)
      return showTicket(c, { text: '其他社区的工单只能查看，请由该社区的工作人员办理。', error: true }, 403);
    const form = await c.req.parseBody();
    const result = await runWebAction(web, staff, ticket, form);
    await web.auth.recordAudit({
      personId: staff.person.id,
      communityId: staff.community.id,
      at: deps.clock(),
      action: String(form.action ?? '').slice(0, 20),
      ticketNumber: ticket.number,
      detail: maskSensitive(result.ok ? `${result.command} → ${result.said.join(' ')}` : `未执行：${result.problem}`).slice(0, 500),
    });
    if (!result.ok) return showTicket(c, { text: result.problem, error: true }, 400);
    return showTicket(c, { text: result.said.join('\n') || '已办理。', error: false });
  });

  app.get('/tickets/:number/photos/:report/:index', async (c) => {
    const ticket = await ticketOf(c);
    if (!ticket) return c.text('没有找到', 404);
    const report = (await deps.store.getReports(ticket.id)).find((r) => String(r.id) === c.req.param('report'));
    const path = report?.images[Number(c.req.param('index'))];
    const file = path ? resolve(path) : '';
    const type = IMAGE_TYPES[extname(file).toLowerCase()];
    if (!file || !type || !file.startsWith(dataDir + sep)) return c.text('没有找到', 404);
    const bytes = await readFile(file).catch(() => null);
    return bytes ? c.body(bytes, 200, { 'Content-Type': type }) : c.text('没有找到', 404);
  });

  const staffOf = async (list: readonly CommunityRef[]) => (await Promise.all(list.map((x) => deps.store.listStaff(x.id)))).flat();
  const ledgerOf = (viewed: CommunityRef | null) => (viewed ? communityLedger(web.ledger, viewed.name) : web.ledger);
  // The community's own corrections (another community's messages are not shown), all for a district admin.
  const correctionsOf = (staff: Staff) => deps.store.listCorrections(staff.district ? {} : { communityId: staff.community.id });

  app.notFound((c) => c.text('没有这个页面', 404));
  app.onError((err, c) => {
    deps.logger.error({ err: { name: err.name, message: err.message } }, 'dashboard request failed');
    return c.text('出错了，请稍后再试。', 500);
  });
  return app;
}

function viewer(staff: Staff) {
  return { name: staff.person.name, community: staff.district ? '全部社区' : staff.community.name, csrf: staff.csrf };
}

function notVisible(c: Context<Env>, staff: Staff) {
  return render(
    c,
    staff,
    '工单',
    html`<p class="msg err">没有这个社区，或您只能查看${staff.community.name}。</p><p><a href="/">返回工单列表</a></p>`,
    400,
  );
}

function render(c: Context<Env>, staff: Staff, title: string, body: Html, status: 200 | 400 | 403 | 404 = 200) {
  return c.html(page(title, body, viewer(staff)).value, status);
}
