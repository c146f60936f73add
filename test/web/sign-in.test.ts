import { describe, expect, it } from 'vitest';
import { BROWSER, createWeb, PREVIEWER } from '../helpers/web-harness.js';

const MINUTE = 60_000;

describe('signing in to the dashboard with a one-time link', () => {
  it('opening the link (a plain GET) sets an httpOnly, SameSite=Strict session cookie and redirects to the ticket list', async () => {
    const w = await createWeb();
    const res = await w.app.request(await w.linkFor('王主任'));
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^yst_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = /yst_session=([^;]+)/.exec(cookie)![1]!;
    const list = await w.app.request('/', { headers: { cookie: `yst_session=${session}` } });
    expect(list.status).toBe(200);
    expect(await list.text()).toContain('王主任');
  });

  it('refuses a link that was already used: a second GET fails', async () => {
    const w = await createWeb();
    const link = await w.linkFor('王主任');
    expect((await w.openLink(link)).status).toBe(302);
    const again = await w.openLink(link);
    expect(again.status).toBe(400);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toContain('已经用过');
  });

  it('survives link previews: a preview agent or a prefetch gets the 登录 button, however often, and the link still signs in', async () => {
    const w = await createWeb();
    const link = await w.linkFor('王主任');
    const fetches: Record<string, string>[] = [
      { 'user-agent': PREVIEWER },
      { 'user-agent': 'WhatsApp/2.23.20.0 A' },
      { 'user-agent': BROWSER, 'sec-purpose': 'prefetch' },
    ];
    for (const headers of fetches) {
      const preview = await w.app.request(link, { headers });
      expect(preview.status).toBe(200);
      expect(preview.headers.get('set-cookie')).not.toMatch(/yst_session/);
      const text = await preview.text();
      expect(text).toContain(`<form method="post" action="${link}">`);
      expect(text).toContain('<button class="primary">登录</button>');
    }
    const opened = await w.openLink(link);
    expect(opened.status).toBe(302);
    expect(opened.headers.get('set-cookie')).toMatch(/^yst_session=[\w-]{43};/);
  });

  it('a HEAD does not use the link up', async () => {
    const w = await createWeb();
    const link = await w.linkFor('王主任');
    const head = await w.app.request(link, { method: 'HEAD', headers: { 'user-agent': BROWSER } });
    expect(head.status).toBe(200);
    expect(head.headers.get('set-cookie')).not.toMatch(/yst_session/);
    expect((await w.openLink(link)).status).toBe(302);
  });

  it('the 登录 button of the preview page (a POST) signs in once; the link is then used up for a GET too', async () => {
    const w = await createWeb();
    const link = await w.linkFor('王主任');
    const pressed = await w.pressLoginButton(link);
    expect(pressed.status).toBe(303);
    expect(pressed.headers.get('location')).toBe('/');
    const cookie = pressed.headers.getSetCookie().find((c) => c.startsWith('yst_session=')) ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect((await w.pressLoginButton(link)).status).toBe(400);
    expect(await (await w.openLink(link)).text()).toContain('已经用过');
  });

  it('refuses a forged sign-in POST (no confirmation cookie, or a value not derived from it) without using the link up', async () => {
    const w = await createWeb();
    const link = await w.linkFor('王主任');
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const bare = await w.app.request(link, { method: 'POST', headers: form, body: '' });
    expect(bare.status).toBe(403);
    const confirm = await w.app.request(link, { headers: { 'user-agent': PREVIEWER } });
    const nonce = /yst_login=([^;]+)/.exec(confirm.headers.get('set-cookie') ?? '')![1]!;
    const wrong = await w.app.request(link, {
      method: 'POST',
      headers: { ...form, cookie: `yst_login=${nonce}` },
      body: `_login=${nonce}`,
    });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect((await w.openLink(link)).status).toBe(302);
  });

  it('refuses a link older than 10 minutes', async () => {
    const w = await createWeb();
    const link = await w.linkFor('王主任');
    w.bot.advance(10 * MINUTE + 1);
    const res = await w.openLink(link);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('已过期');
  });

  it('refuses a made-up link', async () => {
    const w = await createWeb();
    const res = await w.openLink('/login/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(res.status).toBe(400);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('keeps only a hash of the token in the database', async () => {
    const w = await createWeb();
    const link = await w.linkFor('王主任');
    const token = link.split('/').pop()!;
    const rows = w.bot.db.$client.prepare('select token_hash from web_login_tokens').all() as { token_hash: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).not.toBe(token);
  });

  it('sends pages without a session to the sign-in page and answers the API with 401 JSON', async () => {
    const w = await createWeb();
    const page = await w.get('/');
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/signin');
    const ticket = await w.get('/tickets/1');
    expect(ticket.headers.get('location')).toBe('/signin');
    const api = await w.get('/api/tickets');
    expect(api.status).toBe(401);
    expect(((await api.json()) as { error: string }).error).toMatch(/登录/);
    const signin = await w.get('/signin');
    expect(signin.status).toBe(200);
    expect(await signin.text()).toContain('#登录');
  });

  it('ends a session after the configured hours', async () => {
    const w = await createWeb();
    const s = await w.signIn('王主任');
    w.bot.advance(w.bot.config.web.sessionHours * 3_600_000 - 1);
    expect((await w.get('/', s)).status).toBe(200);
    w.bot.advance(2);
    expect((await w.get('/', s)).headers.get('location')).toBe('/signin');
    expect((await w.get('/api/tickets', s)).status).toBe(401);
  });

  it('signs out with the anti-forgery token, and the old cookie no longer works', async () => {
    const w = await createWeb();
    const s = await w.signIn('王主任');
    expect((await w.post('/logout', {}, s)).status).toBe(403);
    expect((await w.get('/', s)).status).toBe(200);
    const out = await w.post('/logout', { _csrf: s.csrf }, s);
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/signin');
    expect((await w.get('/', s)).status).toBe(302);
  });

  it('shuts out at once a staff member taken off the roster', async () => {
    const w = await createWeb();
    const s = await w.signIn('李网格员');
    expect((await w.get('/api/tickets', s)).status).toBe(200);
    const community = (await w.bot.store.listCommunities())[0]!;
    const roster = w.bot.config.communities[0]!.staff.filter((p) => p.remark !== '李网格员');
    await w.bot.store.syncStaff(community.id, roster);
    expect((await w.get('/api/tickets', s)).status).toBe(401);
    expect((await w.get('/', s)).status).toBe(302);
  });

  it('refuses a link for someone who left the roster after it was made', async () => {
    const w = await createWeb();
    const link = await w.linkFor('李网格员');
    const community = (await w.bot.store.listCommunities())[0]!;
    await w.bot.store.syncStaff(
      community.id,
      w.bot.config.communities[0]!.staff.filter((p) => p.remark !== '李网格员'),
    );
    expect((await w.openLink(link)).status).toBe(400);
  });
});
