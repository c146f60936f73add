// Signs in by opening a one-time link, filters the list, opens a ticket, takes it and completes it,
// in a real Chromium, and sees the group announcements land in the outbox. Screenshots of the
// main pages go to docs/screenshots/ (the README shows them).
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWeb, type RunningWeb } from '../../src/web/serve-web.js';
import { resident, RESIDENTS } from '../helpers/bot-harness.js';
import { createWeb, PREVIEWER, type Web } from '../helpers/web-harness.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = 'docs/screenshots';

let browser: Browser;
let w: Web;
let server: RunningWeb;
let base: string;

beforeAll(async () => {
  w = await createWeb();
  await w.bot.say(RESIDENTS, resident('刘大爷'), '5号楼路灯不亮了，晚上很黑，电话13812345678');
  await w.bot.say(RESIDENTS, resident('张阿姨'), '3号楼楼下燃气味很重');
  await w.bot.say(RESIDENTS, resident('陈先生'), '7号楼楼道灯也不亮');
  server = await serveWeb(w.app, '127.0.0.1', 0);
  base = `http://127.0.0.1:${server.port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  mkdirSync(SHOTS, { recursive: true });
});

/** Opens a fresh one-time link, as staff do: that alone signs in and lands on the ticket list. */
async function signIn(page: Page, remark: string): Promise<void> {
  await page.goto(`${base}${await w.linkFor(remark)}`);
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the dashboard in a browser', () => {
  it('signs in, filters, opens a ticket, takes and completes it, and the group hears about it', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await signIn(page, '王主任');
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.textContent('body')).toContain('共 3 件');
    await page.screenshot({ path: `${SHOTS}/list.png`, fullPage: true });

    await page.selectOption('select[name=category]', 'lighting');
    await page.fill('input[name=q]', '路灯');
    await page.click('button:has-text("筛选")');
    await expect.poll(() => page.textContent('body')).toContain('共 1 件');

    await page.click('a[href="/tickets/1"]');
    const body = await page.textContent('body');
    expect(body).toContain('138****5678');
    expect(body).not.toContain('13812345678');

    await page.click('summary:has-text("接单")');
    await page.click('form:has(input[value=take]) button');
    await expect.poll(() => page.textContent('body')).toContain('办理中');

    await page.click('summary:has-text("办结")');
    await page.fill('form:has(input[value=resolve]) input[name=text]', '已更换灯泡');
    await page.click('form:has(input[value=resolve]) button');
    await expect.poll(() => page.textContent('body')).toContain('已办结');
    await page.screenshot({ path: `${SHOTS}/ticket.png`, fullPage: true });

    const roomKey = w.bot.roomKey(RESIDENTS);
    const posts = w.outbox.filter((r) => r.to.kind === 'room' && r.to.roomKey === roomKey);
    expect(posts.length).toBeGreaterThanOrEqual(2);
    expect(posts.at(-1)!.text).toContain('已更换灯泡');
    expect(posts.at(-1)!.mentions).toContain('刘大爷');
  });

  it("draws the weekly trend on 统计 with ECharts under the page's CSP (no blocked script)", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') blocked.push(m.text());
    });
    page.on('pageerror', (e) => blocked.push(e.message));
    await signIn(page, '王主任');
    await page.goto(`${base}/stats`);
    await page.waitForSelector('#weekly-chart[data-drawn="1"] canvas');
    expect(blocked).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/stats.png`, fullPage: true });
  });

  it('shows 规则 while the suggestions are computed in a worker, then refreshes itself to them', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await signIn(page, '王主任');
    await page.goto(`${base}/rules`);
    expect(await page.textContent('body')).toContain('正在根据 0 条更正计算修改建议');
    await page.waitForSelector('text=还没有工作人员的更正', { timeout: 30_000 });
  });

  it('sends a visitor without a session to the sign-in page, and a used link gets refused', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    expect(new URL(page.url()).pathname).toBe('/signin');
    await page.screenshot({ path: `${SHOTS}/signin.png` });
    const link = await w.linkFor('李网格员');
    // A link preview (a chat app's fetch for a preview card) gets the 登录 button and uses nothing up.
    const preview = await fetch(`${base}${link}`, { headers: { 'user-agent': PREVIEWER } });
    expect(preview.status).toBe(200);
    expect(await preview.text()).toContain('<button class="primary">登录</button>');
    await page.goto(`${base}${link}`);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.textContent('body')).toContain('李网格员');
    const other = await browser.newPage();
    const res = await other.goto(`${base}${link}`);
    expect(res?.status()).toBe(400);
    expect(await other.textContent('body')).toContain('已经用过');
  });

  it('signs in with the 登录 button when the browser is taken for a link preview', async () => {
    const page = await browser.newPage({ userAgent: PREVIEWER });
    await page.goto(`${base}${await w.linkFor('王主任')}`);
    expect(new URL(page.url()).pathname).toMatch(/^\/login\//);
    await Promise.all([page.waitForURL(`${base}/`), page.click('button:has-text("登录")')]);
    expect(await page.textContent('body')).toContain('王主任');
  });
});
