// Who handles a ticket: a worker whose `covers` names its category (code or display name, e.g.
// a plumber covering 下水排污), else the grid worker whose `covers` names the building, else the
// one covering the group's 小区, else a worker covering everything ("*"), else any worker.
import type { CommunityConfig, StaffConfig } from '../../config.js';
import { buildingKey } from '../tickets/building-key.js';

/**
 * The responsible worker for a report in `xiaoqu` about `building`, or null when the roster has
 * none. `category` lists the names the ticket's category goes by (its code and display name).
 */
export function responsibleWorker(
  community: CommunityConfig,
  xiaoqu: string | null,
  building: string | null,
  category: readonly string[] = [],
): StaffConfig | null {
  const workers = community.staff.filter((s) => s.role === 'worker');
  const key = buildingKey(building);
  return (
    categoryWorker(community, category) ??
    (key !== null ? workers.find((s) => s.covers.some((c) => c !== '*' && buildingKey(c) === key)) : undefined) ??
    (xiaoqu !== null ? workers.find((s) => s.covers.includes(xiaoqu)) : undefined) ??
    workers.find((s) => s.covers.includes('*')) ??
    workers[0] ??
    null
  );
}

/** The worker whose `covers` names the category itself, if the roster has one. */
export function categoryWorker(community: CommunityConfig, category: readonly string[]): StaffConfig | undefined {
  return community.staff.find((s) => s.role === 'worker' && s.covers.some((c) => category.includes(c)));
}
