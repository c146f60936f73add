// A ticket's reporters from its current reports (oldest first): one entry per reporter key, with
// the first report's room and time and the latest display name.
import type { Report, Reporter } from './types.js';

export function reportersOf(reports: readonly Pick<Report, 'reporterKey' | 'reporterName' | 'roomKey' | 'at'>[]): Reporter[] {
  const byKey = new Map<string, Reporter>();
  for (const r of reports) {
    const seen = byKey.get(r.reporterKey);
    if (seen) seen.name = r.reporterName;
    else byKey.set(r.reporterKey, { reporterKey: r.reporterKey, name: r.reporterName, roomKey: r.roomKey, firstAt: r.at });
  }
  return [...byKey.values()];
}
