// The building of a message: the place its reply names, else the place its quote names, else the
// place the quoted member's name says they live in (owners' groups name members by their building:
// 「7号楼-花花：…」; nobody lives at a gate: 「东门士多：…」 is the shop by the east gate). The rules
// read simplified characters; the place is reported as written (三號樓).
import { extractBuilding, isGate } from './extract-building.js';
import type { SplitMessage } from './split-quote.js';

/**
 * `split`: the message in simplified characters (`text`), split from its quote; `here`: the place its
 * reply names (extractBuilding of it), or null; `zones`: the rules' named zones; `written`: the
 * message as written.
 */
export function messageBuilding(
  split: SplitMessage,
  here: string | null,
  zones: readonly string[],
  text: string,
  written: string,
): string | null {
  return asWritten(
    here ??
      (split.quote !== null ? extractBuilding(split.quote, zones) : null) ??
      (split.author !== null ? homeOf(extractBuilding(split.author, zones)) : null),
    text,
    written,
  );
}

/** The place a member's name says they live in; a gate is none. */
function homeOf(place: string | null): string | null {
  return place !== null && isGate(place) ? null : place;
}

/** The place as written: converted character for character, it sits at the same offsets. */
function asWritten(building: string | null, text: string, written: string): string | null {
  if (building === null || text === written || text.length !== written.length) return building;
  const at = text.indexOf(building);
  return at < 0 ? building : written.slice(at, at + building.length);
}
