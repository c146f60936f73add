// Who handles a new ticket: the grid worker whose `covers` names the building, else the one
// covering the group's 小区, else a worker covering everything ("*"), else any worker.
import type { CommunityConfig, StaffConfig } from '../../config.js';
import { buildingKey } from '../tickets/building-key.js';

/** The responsible worker for a report in `xiaoqu` about `building`, or null when the roster has none. */
export function responsibleWorker(community: CommunityConfig, xiaoqu: string | null, building: string | null): StaffConfig | null {
  const workers = community.staff.filter((s) => s.role === 'worker');
  const key = buildingKey(building);
  return (
    (key !== null ? workers.find((s) => s.covers.some((c) => c !== '*' && buildingKey(c) === key)) : undefined) ??
    (xiaoqu !== null ? workers.find((s) => s.covers.includes(xiaoqu)) : undefined) ??
    workers.find((s) => s.covers.includes('*')) ??
    workers[0] ??
    null
  );
}
