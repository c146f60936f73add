// The roster's roles: the one list the config schema, the database enum (and its CHECK), the
// store's validation and the permission gate are built from. A district admin (街道管理员) is listed
// in one community's roster, acts there as an admin, and sees every community on the dashboard
// and in district reports.
export const STAFF_ROLES = ['worker', 'admin', 'district'] as const;

export type StaffRole = (typeof STAFF_ROLES)[number];

/** The roles as the config and `yishiting staff bind --role` spell them, with what they mean. */
export const STAFF_ROLE_NAMES: Record<StaffRole, string> = {
  worker: '工作人员',
  admin: '管理员',
  district: '街道管理员',
};

export function isStaffRole(role: unknown): role is StaffRole {
  return typeof role === 'string' && (STAFF_ROLES as readonly string[]).includes(role);
}

/** Holds an admin's permissions in its own community: a community admin or a district admin. */
export function isAdminRole(role: string): boolean {
  return role === 'admin' || role === 'district';
}

/** Sees every community (the dashboard, district reports); everyone else sees their own. */
export function seesAllCommunities(role: string): boolean {
  return role === 'district';
}
