import type { CommunityConfig, Config } from '../../config.js';
import type { Channel } from '../types.js';

export interface WatchedGroup {
  community: CommunityConfig;
  group: CommunityConfig['groups'][number];
}

/**
 * The configured, watched group a room message came from, or null (a group the bot is in but
 * was not asked to watch). Groups are configured by topic; staff groups are watched for commands.
 */
export function findWatchedGroup(config: Config, channel: Channel & { kind: 'room' }): WatchedGroup | null {
  for (const community of config.communities) {
    const group = community.groups.find((g) => g.topic === channel.topic);
    if (group) return group.watched ? { community, group } : null;
  }
  return null;
}
