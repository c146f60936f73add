// What every store checks before it writes a community, a room or a roster: one Chinese sentence
// (StoreInputError) for bad input, the same in SQLite and PostgreSQL.
import { isStaffRole, STAFF_ROLES } from './staff-roles.js';
import { StoreInputError, type RoomInput, type StaffInput } from './ticket-store.js';

/** `value` trimmed; refused when empty. */
export function requireText(value: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new StoreInputError(`${what}不能为空。`);
  return value.trim();
}

/** The room's topic (trimmed) and xiaoqu; refuses an empty topic or an unknown role. */
export function validateRoomInput(input: RoomInput): { topic: string; xiaoqu: string | null } {
  const topic = requireText(input.topic, '群名称');
  if (input.role !== 'residents' && input.role !== 'staff') throw new StoreInputError(`未知的群类型「${String(input.role)}」。`);
  return { topic, xiaoqu: input.xiaoqu ?? null };
}

/** The roster trimmed, covers defaulting to everything; refuses a bad role, an empty field or a remark listed twice. */
export function cleanRoster(roster: readonly StaffInput[]): StaffInput[] {
  const clean = roster.map((s, i) => {
    const where = `名单第 ${i + 1} 位工作人员`;
    if (!isStaffRole(s.role)) throw new StoreInputError(`${where}的角色「${String(s.role)}」无效，应为 ${STAFF_ROLES.join('、')} 之一。`);
    return {
      remark: requireText(s.remark, `${where}的备注`),
      name: requireText(s.name, `${where}的称呼`),
      role: s.role,
      covers: s.covers.length ? s.covers : ['*'],
    };
  });
  const remarks = new Set<string>();
  for (const s of clean) {
    if (remarks.has(s.remark)) throw new StoreInputError(`工作人员名单中备注「${s.remark}」重复。`);
    remarks.add(s.remark);
  }
  return clean;
}

/** A binding code must expire after it was made. */
export function validateBindingExpiry(at: Date, expiresAt: Date): void {
  if (!(expiresAt.getTime() > at.getTime())) throw new StoreInputError('绑定码的有效期必须晚于当前时间。');
}

/** A one-time code or token as found (binding codes, dashboard sign-in links): usable only while 'live'. */
export function oneTimeCodeState(
  row: { usedAt: Date | null; expiresAt: Date } | undefined,
  at: Date,
): 'unknown' | 'used' | 'expired' | 'live' {
  if (!row) return 'unknown';
  if (row.usedAt !== null) return 'used';
  if (row.expiresAt.getTime() <= at.getTime()) return 'expired';
  return 'live';
}
