// The Contact objects of people who wrote recently, by remark (else display name). Replying to
// them through this session's object is exact; a search by name could hit a namesake.
import type { Contact } from 'wechaty';

export interface RecentContacts {
  remember(key: string, contact: Contact): void;
  get(key: string): Contact | undefined;
}

export function createRecentContacts(limit = 5_000): RecentContacts {
  const map = new Map<string, Contact>();
  return {
    remember(key, contact) {
      map.delete(key);
      map.set(key, contact);
      if (map.size > limit) map.delete(map.keys().next().value!);
    },
    get: (key) => map.get(key),
  };
}
