import { describe, expect, it } from 'vitest';
import { isLinkPreview } from '../../src/web/link-preview.js';

const get = (headers: Record<string, string>) => isLinkPreview('GET', new Headers(headers));

describe('telling a link preview from someone opening a sign-in link', () => {
  it.each([
    ['Facebook', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'],
    ['Facebook (short)', 'Facebot'],
    ['X/Twitter', 'Twitterbot/1.0'],
    ['Slack unfurl', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)'],
    ['Slack', 'Slackbot 1.0 (+https://api.slack.com/robots)'],
    ['Telegram', 'TelegramBot (like TwitterBot)'],
    ['WhatsApp', 'WhatsApp/2.23.20.0 A'],
    ['Discord', 'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)'],
    ['LinkedIn', 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)'],
    ['Skype/Teams', 'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com'],
    [
      'iMessage',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0',
    ],
    [
      'Applebot',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)',
    ],
    ['Bing', 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)'],
    ['Google', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
    ['Embedly', 'Mozilla/5.0 (compatible; Embedly/0.2; +http://support.embed.ly/)'],
    ['a crawler', 'SomeCrawler/3.0'],
    ['a spider', 'Baiduspider+(+http://www.baidu.com/search/spider.htm)'],
    ['a previewer', 'Mozilla/5.0 LinkPreview/1.0'],
    ['an unfurler', 'acme-unfurl/2'],
  ])('%s is a preview', (_, agent) => {
    expect(get({ 'user-agent': agent })).toBe(true);
  });

  it.each([
    [
      'Chrome on Android',
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
    ],
    [
      'WeChat in-app browser',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2f) NetType/WIFI Language/zh_CN',
    ],
    ['Safari', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15'],
    ['Firefox', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'],
    ['curl', 'curl/8.5.0'],
    ['a script', 'python-requests/2.31.0'],
    ['no agent at all', ''],
  ])('%s opens the link', (_, agent) => {
    expect(get(agent ? { 'user-agent': agent } : {})).toBe(false);
  });

  it.each([
    ['Purpose: prefetch', { purpose: 'prefetch' }],
    ['Sec-Purpose: prefetch', { 'sec-purpose': 'prefetch' }],
    ['Sec-Purpose: prefetch;prerender', { 'sec-purpose': 'prefetch;prerender' }],
    ['X-Purpose: preview', { 'x-purpose': 'preview' }],
    ['X-Moz: prefetch', { 'x-moz': 'prefetch' }],
  ])('a browser fetch with %s is a preview', (_, headers) => {
    expect(get({ 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', ...headers })).toBe(true);
  });

  it('a HEAD is always a preview; the same request as a GET is not', () => {
    const headers = new Headers({ 'user-agent': 'curl/8.5.0' });
    expect(isLinkPreview('HEAD', headers)).toBe(true);
    expect(isLinkPreview('GET', headers)).toBe(false);
  });
});
