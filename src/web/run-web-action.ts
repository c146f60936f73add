// An action from the ticket page runs as the chat command the staff member would have typed in
// a private message to the bot: the same parser, permission gate, lifecycle check and
// announcements (handleMessage). Group posts and messages to colleagues go to the outbox as
// usual; the answer meant for the sender is shown on the page instead of sent to WeChat.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { handleMessage } from '../core/handle-message.js';
import type { Ticket } from '../core/tickets/types.js';
import type { Reply } from '../core/types.js';
import type { Staff } from './signed-in-staff.js';
import { WEB_ACTIONS } from './web-actions.js';
import type { WebOptions } from './web-options.js';

/** One line of free text: control characters and line breaks would end the command early. */
const freeText = z
  .string()
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .max(200, '说明最多 200 字')
      .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), '说明里有不能显示的字符'),
  );

const formSchema = z.object({
  action: z.string().max(20),
  text: freeText.optional(),
  person: z.string().max(60).optional(),
  category: z.string().max(40).optional(),
  reporter: z.string().max(100).optional(),
  into: z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, '工单编号应为数字')
    .optional(),
});

export type WebActionResult = { ok: true; command: string; said: string[] } | { ok: false; problem: string };

export async function runWebAction(web: WebOptions, staff: Staff, ticket: Ticket, form: Record<string, unknown>): Promise<WebActionResult> {
  const parsed = formSchema.safeParse(form);
  if (!parsed.success) return { ok: false, problem: parsed.error.issues[0]?.message ?? '填写有误' };
  const f = parsed.data;
  const action = WEB_ACTIONS.find((a) => a.code === f.action);
  if (!action) return { ok: false, problem: '没有这项操作。' };
  const { deps } = web;
  let value = '';
  if (action.field === 'text') {
    value = f.text ?? '';
    if (action.textRequired && !value) return { ok: false, problem: `请填写${action.placeholder ?? '说明'}。` };
  } else if (action.field === 'person') {
    const person = staff.community.config.staff.find((s) => s.remark === f.person);
    if (!person) return { ok: false, problem: '请从名单里选择工作人员。' };
    value = person.remark;
  } else if (action.field === 'category') {
    const category = deps.categories.find((c) => c.code === f.category);
    if (!category) return { ok: false, problem: '请选择一个类别。' };
    value = category.name;
  } else if (action.field === 'reporter') {
    // The ticket's own reporters only: the command finds the report by this name.
    const reporters = await deps.store.getReporters(ticket.id);
    if (!f.reporter || !reporters.some((r) => r.name === f.reporter)) return { ok: false, problem: '请从这张工单的反映人里选择。' };
    value = f.reporter;
  } else if (action.field === 'ticket') {
    if (!f.into) return { ok: false, problem: '请填写并入的工单编号。' };
    value = f.into;
  }
  const sessionId = `web:${staff.person.id}:${randomUUID()}`;
  const command = action.command(ticket.number, value);
  const replies = await handleMessage(
    {
      id: `web-${randomUUID()}`,
      receivedAt: deps.clock(),
      channel: { kind: 'dm' },
      sender: { sessionId, name: staff.person.name, remark: staff.person.remark },
      kind: 'text',
      text: command,
      mentionsBot: false,
    },
    deps,
  );
  const toPage = (r: Reply) => r.to.kind === 'contact' && r.to.contactId === sessionId;
  await web.enqueue(replies.filter((r) => !toPage(r)));
  return { ok: true, command, said: replies.filter(toPage).map((r) => r.text) };
}
