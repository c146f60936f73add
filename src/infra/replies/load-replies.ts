// Loads the bot's wording from <rulesDir>/replies.yaml (safe YAML → zod). Every key must be
// present and use only the placeholders it offers, so a typo is caught at load time with the
// file, line and field, never as a "{numbr}" sent into a group.
import { join } from 'node:path';
import { z } from 'zod';
import { REPLY_PLACEHOLDERS, type Replies, type ReplyKey } from '../../core/replies/reply-keys.js';
import { unknownPlaceholders } from '../../core/replies/render-reply.js';
import { loadYamlFile } from '../rules/load-yaml.js';

const KEYS = Object.keys(REPLY_PLACEHOLDERS) as ReplyKey[];

function template(key: ReplyKey) {
  return z
    .string()
    .min(1)
    .superRefine((text, ctx) => {
      const bad = unknownPlaceholders(key, text);
      if (bad.length > 0) {
        const allowed = REPLY_PLACEHOLDERS[key].map((p) => `{${p}}`).join('、') || '（无）';
        ctx.addIssue({ code: 'custom', message: `占位符 ${bad.map((b) => `{${b}}`).join('、')} 不能用在这里，可用的有：${allowed}。` });
      }
    });
}

const repliesSchema = z.strictObject(
  Object.fromEntries(KEYS.map((key) => [key, template(key)])) as Record<ReplyKey, ReturnType<typeof template>>,
);

/** Reads `<rulesDir>/replies.yaml`; throws RulesError (file, line, field, what to fix). */
export function loadReplies(rulesDir: string): Replies {
  return loadYamlFile(join(rulesDir, 'replies.yaml'), repliesSchema) as Replies;
}
