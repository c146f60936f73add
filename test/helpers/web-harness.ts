// The dashboard over the bot harness: the same deps and store, in-process requests (app.request),
// a captured outbox, and helpers to sign in as someone on the roster.
import type { Config } from '../../src/config.js';
import type { Reply } from '../../src/core/types.js';
import { createSqliteLedgerReader } from '../../src/infra/db/ledger-queries.js';
import { createSqliteWebAuthStore } from '../../src/infra/db/sqlite-web-auth-store.js';
import { createWebApp } from '../../src/web/create-web-app.js';
import { createSuggestionCache } from '../../src/web/suggestion-cache.js';
import { suggestionOutcome } from '../../src/web/suggestion-outcome.js';
import { createLoginLink } from '../../src/web/login-link.js';
import { csrfTokenOf } from '../../src/web/tokens.js';
import type { WebOptions } from '../../src/web/web-options.js';
import { createBot, type Bot } from './bot-harness.js';

export interface Web {
  bot: Bot;
  web: WebOptions;
  app: ReturnType<typeof createWebApp>;
  /** Replies the dashboard queued in the outbox. */
  outbox: Reply[];
  /** A fresh one-time sign-in path (/login/…) for the person with this remark. */
  linkFor(remark: string): Promise<string>;
  /** Opens a sign-in link as a browser does: one GET, which signs in and redirects to /. */
  openLink(path: string): Promise<Response>;
  /** Fetches a sign-in link as a link preview does, then presses the 登录 button on the page it got (POST). */
  pressLoginButton(path: string): Promise<Response>;
  /** Signs in; returns the session cookie value and the forms' anti-forgery token. */
  signIn(remark: string): Promise<Session>;
  get(path: string, session?: Session | null): Promise<Response>;
  post(path: string, fields: Record<string, string>, session?: Session | null): Promise<Response>;
}

type App = { request(path: string, init?: RequestInit): Response | Promise<Response> };

export const BROWSER = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
export const PREVIEWER = 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)';

interface Session {
  cookie: string;
  csrf: string;
}

/** Opens a sign-in link on `app` as a browser does: one GET, which signs in and redirects. */
export function openLinkIn(app: App, path: string): Promise<Response> {
  return Promise.resolve(app.request(path, { headers: { 'user-agent': BROWSER } }));
}

/** A link preview's GET (the page with the 登录 button), then a press of that button (the POST). */
async function pressLoginButtonIn(app: App, path: string): Promise<Response> {
  const confirm = await app.request(path, { headers: { 'user-agent': PREVIEWER } });
  const nonce = /yst_login=([^;]+)/.exec(confirm.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const check = /name="_login" value="([^"]+)"/.exec(await confirm.text())?.[1] ?? '';
  return app.request(path, {
    method: 'POST',
    headers: { cookie: `yst_login=${nonce}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _login: check }).toString(),
  });
}

export async function createWeb(options: { config?: Config; rulesDir?: string } = {}): Promise<Web> {
  const bot = await createBot(options.config ? { config: options.config } : {});
  const outbox: Reply[] = [];
  const web: WebOptions = {
    deps: bot.deps,
    auth: createSqliteWebAuthStore(bot.db),
    ledger: createSqliteLedgerReader(bot.db),
    rulesDir: options.rulesDir ?? 'rules',
    // In this thread: a worker loads the classifier from source again (seconds per computation).
    // test/web/rules.test.ts runs the page once on the worker thread the dashboard uses.
    suggestions: createSuggestionCache(options.rulesDir ?? 'rules', async (dir, corrections) => suggestionOutcome(dir, corrections)),
    enqueue: async (replies) => {
      outbox.push(...replies);
    },
  };
  const app = createWebApp(web);
  const linkFor = async (remark: string) => {
    const person = await bot.store.findPersonByRemark(remark);
    if (!person) throw new Error(`no staff ${remark}`);
    return new URL(await createLoginLink(web.auth, person, 'http://127.0.0.1:8080', bot.now())).pathname;
  };
  const headers = (session?: Session | null): Record<string, string> => (session ? { cookie: `yst_session=${session.cookie}` } : {});
  const openLink = (path: string) => openLinkIn(app, path);
  return {
    bot,
    web,
    app,
    outbox,
    linkFor,
    openLink,
    pressLoginButton: (path) => pressLoginButtonIn(app, path),
    async signIn(remark) {
      const res = await openLink(await linkFor(remark));
      const cookie = /yst_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
      if (!cookie) throw new Error(`sign-in failed: ${res.status}`);
      return { cookie, csrf: csrfTokenOf(cookie) };
    },
    get: async (path, session) => app.request(path, { headers: headers(session) }),
    post: async (path, fields, session) =>
      app.request(path, {
        method: 'POST',
        headers: { ...headers(session), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      }),
  };
}
