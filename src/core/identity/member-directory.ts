// Who is in a group right now, as WeChat shows it: the one thing that can vouch for a resident
// across logins (ids change at every login, names are anyone's to take). The adapter implements it.

export interface MemberDirectory {
  /**
   * The contact ids (this login) of the current members of the group `roomKey` whose nickname or
   * group nickname is `name`; null when the group cannot be read.
   */
  membersNamed(roomKey: string, name: string): Promise<string[] | null>;
}
