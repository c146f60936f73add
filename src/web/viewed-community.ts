// Which community a page looks at. Workers and admins see their own community only; a district
// admin sees every community: all of them together, or the one `?community=` names.

export interface CommunityRef {
  id: number;
  name: string;
}

export interface Viewer {
  community: CommunityRef;
  /** Every community the person may see (their own only, unless a district admin). */
  communities: readonly CommunityRef[];
  district: boolean;
}

/**
 * The community `name` (from `?community=`) selects for `viewer`: null means all of them (a district
 * admin who named none); undefined means one the person may not see (or no such community).
 */
export function viewedCommunity(viewer: Viewer, name: string | undefined): CommunityRef | null | undefined {
  if (!viewer.district) return !name || name === viewer.community.name ? viewer.community : undefined;
  if (!name) return null;
  return viewer.communities.find((c) => c.name === name);
}

/** `?community=…` for a link to a ticket of another community than the viewer's own ('' for their own). */
export function communityQuery(viewer: Viewer, communityId: number): string {
  if (communityId === viewer.community.id) return '';
  const name = viewer.communities.find((c) => c.id === communityId)?.name;
  return name ? `?community=${encodeURIComponent(name)}` : '';
}
