import type { CommunityConfig, Config } from '../../config.js';

export interface ConfiguredGroup {
  community: CommunityConfig;
  group: CommunityConfig['groups'][number];
}

/** The configured group with one of these topics (current topic first), or null. */
export function findConfiguredGroup(config: Config, topics: readonly string[]): ConfiguredGroup | null {
  for (const topic of topics) {
    for (const community of config.communities) {
      const group = community.groups.find((g) => g.topic === topic);
      if (group) return { community, group };
    }
  }
  return null;
}
