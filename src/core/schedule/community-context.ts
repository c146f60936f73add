// Everything the scheduled jobs of one community look up: its rooms, its active staff, where staff
// messages go, who is responsible for a ticket, and category names.
import { namedWorker } from '../intake/named-worker.js';
import { categoryNames } from '../replies/ticket-vars.js';
import { isAdminRole } from '../tickets/staff-roles.js';
import type { DueClaim } from '../tickets/ticket-store.js';
import type { Community, Person, Room, Ticket } from '../tickets/types.js';
import type { Reply } from '../types.js';
import type { DueWorkDeps } from './due-work-deps.js';

/** Someone a message can be addressed to privately, or named in a room. */
export interface Addressee {
  name: string;
  remark: string | null;
}

export interface CommunityContext {
  deps: DueWorkDeps;
  community: Community;
  now: Date;
  timeZone: string;
  /** Rooms and staff below are filled by ensureDirectory(), which jobs call once they have something to say. */
  loaded: boolean;
  rooms: Room[];
  staff: Person[];
  /** The community's staff group, where escalations and digests go (null if none is configured). */
  staffRoom: Room | null;
  residentRooms: Room[];
  categoryName(code: string): string;
  /**
   * Where jobs put their replies, BEFORE writing the marks that say they were sent: a job that
   * fails half-way keeps what it already produced.
   */
  out: Reply[];
  /**
   * What this run claims ("reminded at" marks, job runs), each valid only while the mark still
   * holds the value the job read: runDueWork writes them and queues `out` in one transaction
   * (TicketStore.claimDueWork), so of several processes exactly one sends each reminder.
   */
  claims: DueClaim[];
  /** A preview of what would be sent (heldDueWork): jobs write nothing, not even a first job run or an auto-close. */
  preview?: boolean;
  /** Active tickets due by now + dueSoonHours (overdue ones included), read once per run. */
  dueSoon?: Promise<Ticket[]>;
}

/** A context whose rooms and staff are not read yet (a tick with nothing due reads neither). */
export function communityContext(deps: DueWorkDeps, community: Community, now: Date): CommunityContext {
  const names = new Map(deps.categories.map((c) => [c.code, c.name]));
  return {
    deps,
    community,
    now,
    timeZone: deps.config.timezone,
    loaded: false,
    rooms: [],
    staff: [],
    staffRoom: null,
    residentRooms: [],
    categoryName: (code) => names.get(code) ?? code,
    out: [],
    claims: [],
  };
}

/** Reads the community's rooms and active staff into the context (once). */
export async function ensureDirectory(ctx: CommunityContext): Promise<CommunityContext> {
  if (ctx.loaded) return ctx;
  const [rooms, staff] = await Promise.all([ctx.deps.store.listRooms(ctx.community.id), ctx.deps.store.listStaff(ctx.community.id)]);
  ctx.rooms = rooms;
  ctx.staff = staff.filter((p) => p.active);
  ctx.staffRoom = rooms.find((r) => r.role === 'staff') ?? null;
  ctx.residentRooms = rooms.filter((r) => r.role === 'residents');
  ctx.loaded = true;
  return ctx;
}

/** A context with rooms and staff read. */
export async function loadCommunityContext(deps: DueWorkDeps, community: Community, now: Date): Promise<CommunityContext> {
  return ensureDirectory(communityContext(deps, community, now));
}

/** Active tickets due by now + dueSoonHours, overdue ones included: one query shared by the due-soon and escalation jobs. */
export function dueSoonOrOverdue(ctx: CommunityContext): Promise<Ticket[]> {
  ctx.dueSoon ??= ctx.deps.store.listDueBy(
    new Date(ctx.now.getTime() + ctx.deps.config.schedule.dueSoonHours * 3_600_000),
    ctx.community.id,
  );
  return ctx.dueSoon;
}

/**
 * Who must act on a ticket: its assignee; else the grid worker the acknowledgement named
 * (responsibleWorker: building, then 小区, then "*"); else the admins.
 */
export function responsibleFor(ticket: Ticket, ctx: CommunityContext): Addressee[] {
  if (ticket.assigneeId !== null) {
    const p = ctx.staff.find((s) => s.id === ticket.assigneeId);
    if (p) return [p];
    if (ticket.assigneeName) return [{ name: ticket.assigneeName, remark: null }];
  }
  const community = ctx.deps.config.communities.find((c) => c.name === ctx.community.name);
  const worker = community ? namedWorker(community, ctx.rooms, ticket, categoryNames(ctx.deps, ticket.category)) : null;
  if (worker) return [ctx.staff.find((p) => p.remark === worker.remark) ?? { name: worker.name, remark: worker.remark }];
  return admins(ctx);
}

export function admins(ctx: CommunityContext): Person[] {
  return ctx.staff.filter((p) => isAdminRole(p.role));
}

/**
 * A message for the staff: in the staff group with the given people @-mentioned, or — when the
 * community has no staff group — privately to each of them (the admins when nobody is named).
 */
export function toStaff(ctx: CommunityContext, text: string, mention: readonly Addressee[], urgent: boolean): Reply[] {
  if (ctx.staffRoom) {
    return [{ to: { kind: 'room', roomKey: ctx.staffRoom.key }, text, mentions: uniqueNames(mention), urgent }];
  }
  const people = mention.length ? mention : admins(ctx);
  return people.map((p) => toPerson(p, text, urgent));
}

export function toPerson(p: Addressee, text: string, urgent: boolean): Reply {
  return { to: { kind: 'contact', name: p.name, remark: p.remark }, text, mentions: [], urgent };
}

export function uniqueNames(people: readonly Addressee[]): string[] {
  return [...new Set(people.map((p) => p.name))];
}
