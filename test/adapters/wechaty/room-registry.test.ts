import { describe, expect, it } from 'vitest';
import { createRoomRegistry } from '../../../src/adapters/wechaty/room-registry.js';

const room = (key: string, topic: string) => ({ key, topic, role: 'residents' as const, communityId: 1, watched: true });

describe('createRoomRegistry', () => {
  it('finds a group by its topic as normalised at the WeChat edge (invisible characters, spacing)', () => {
    const rooms = createRoomRegistry([room('g1', '金阳花园\u200B业主群')]);
    expect(rooms.byTopic('金阳花园业主群')?.key).toBe('g1');
    expect(rooms.byTopic('\uFEFF金阳花园业主群 ')?.key).toBe('g1');
    expect(rooms.byKey('g1')?.topic).toBe('金阳花园业主群');
  });

  it('follows a rename whatever invisible characters either topic carries, and stores the clean topic', () => {
    const rooms = createRoomRegistry([room('g1', '金阳花园业主群')]);
    expect(rooms.rename('金阳花园\u200C业主群', '金阳花园\u200B业主一群')?.key).toBe('g1');
    expect(rooms.byKey('g1')?.topic).toBe('金阳花园业主一群');
    expect(rooms.byTopic('金阳花园业主一群')?.key).toBe('g1');
    expect(rooms.byTopic('金阳花园业主群')).toBeNull();
  });
});
