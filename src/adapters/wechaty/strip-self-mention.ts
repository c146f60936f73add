// Removes the bot's own @-mention from a message text, keeping other mentions (转派 @赵师傅).

const MENTION_END = '[\\s\\u2005\\u2009\\u00a0]';

export function stripSelfMention(text: string, botName: string): string {
  if (!botName) return text.trim();
  const escaped = botName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`@${escaped}(${MENTION_END}+|$)`, 'g'), '').trim();
}
