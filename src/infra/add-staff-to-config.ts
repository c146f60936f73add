// Adds a person to a community's staff roster in the YAML config file, keeping the file's
// comments and layout (yaml Document API), so a roster sync at the next start keeps them.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument, YAMLSeq } from 'yaml';
import type { StaffConfig } from '../config.js';

/** Returns false when someone with that remark is already listed. */
export function addStaffToConfig(file: string, communityIndex: number, person: StaffConfig): boolean {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const path = ['communities', communityIndex, 'staff'];
  let staff = doc.getIn(path, true);
  if (!(staff instanceof YAMLSeq)) {
    staff = doc.createNode([]);
    doc.setIn(path, staff);
  }
  const seq = staff as YAMLSeq;
  const exists = seq.items.some((item) => (item as { get?: (k: string) => unknown }).get?.('remark') === person.remark);
  if (exists) return false;
  const node = doc.createNode({ remark: person.remark, name: person.name, role: person.role, covers: person.covers });
  node.commentBefore = ' 由 yishiting staff bind 添加';
  seq.items.push(node);
  writeFileSync(file, doc.toString());
  return true;
}
