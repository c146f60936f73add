// Who handles a new ticket: the grid worker whose `covers` names the group's 小区 or the
// building, else a worker covering everything ("*"), else any worker of the community.
import type { CommunityConfig, StaffConfig } from '../../config.js';
import { buildingKey } from '../tickets/building-key.js';

/** The responsible worker for a report in `xiaoqu` about `building`, or null when the roster has none. */
export function responsibleWorker(community: CommunityConfig, xiaoqu: string | null, building: string | null): StaffConfig | null {
  const workers = community.staff.filter((s) => s.role === 'worker');
  const key = buildingKey(building);
  const names = (s: StaffConfig) => s.covers.filter((c) => c !== '*');
  const specific = workers.find((s) =>
    names(s).some((c) => (xiaoqu !== null && c === xiaoqu) || (key !== null && buildingKey(c) === key)),
  );
  return specific ?? workers.find((s) => s.covers.includes('*')) ?? workers[0] ?? null;
}
