// Tells a link-preview fetch (chat apps building a preview card, crawlers, browser prefetch) from
// someone opening a sign-in link, so the fetch does not use the one-time link up. Conservative, as
// magic-link services do: a HEAD, a known preview/crawler agent or a prefetch header counts as a
// preview (it gets the page with the 登录 button); anything else is a person opening the link.

/** Agents that fetch links to preview or index them; the generic tokens catch most others. */
const PREVIEW_AGENTS =
  /facebookexternalhit|facebot|twitterbot|slackbot|telegrambot|whatsapp|discordbot|linkedinbot|skypeuripreview|applebot|bingbot|googlebot|embedly|iframely|bot|crawler|spider|preview|unfurl/i;

/** Headers browsers send on a speculative fetch: Purpose/Sec-Purpose: prefetch (Chromium), X-Purpose: preview (Safari). */
const PREFETCH_HEADERS = ['purpose', 'sec-purpose', 'x-purpose', 'x-moz'];

export function isLinkPreview(method: string, headers: { get(name: string): string | null }): boolean {
  if (method === 'HEAD') return true;
  if (PREVIEW_AGENTS.test(headers.get('user-agent') ?? '')) return true;
  return PREFETCH_HEADERS.some((name) => /prefetch|preview/i.test(headers.get(name) ?? ''));
}
