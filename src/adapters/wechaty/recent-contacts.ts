// The Contact objects of people who wrote recently, by their contact id in this login. Replying
// through this session's object is exact; nothing here is keyed by a name anyone can set.
import type { Contact } from 'wechaty';

export interface RecentContacts {
  remember(contact: Contact): void;
  /** The contact with this id, if it wrote recently in this login. */
  get(contactId: string): Contact | undefined;
}

export function createRecentContacts(limit = 5_000): RecentContacts {
  const map = new Map<string, Contact>();
  return {
    remember(contact) {
      map.delete(contact.id);
      map.set(contact.id, contact);
      if (map.size > limit) map.delete(map.keys().next().value!);
    },
    get: (contactId) => map.get(contactId),
  };
}
