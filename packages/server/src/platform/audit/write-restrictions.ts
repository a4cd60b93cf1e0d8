/**
 * Whether a member may write now (post, reply, chat, DM, tip, edit their profile). The
 * moderation module binds the check (a mute or ban in force throws `member_muted`) when the
 * app is composed; write paths of every module call `assertMayWrite` before they commit.
 * It lives on the platform because nearly every module writes, and a mute must hold in all.
 */
export class WriteRestrictions {
  private check: ((memberId: string) => Promise<void>) | null = null;

  bind(check: (memberId: string) => Promise<void>): void {
    this.check = check;
  }

  /** @throws member_muted (403, with `until` and `reason`) when a mute or ban is in force */
  async assertMayWrite(memberId: string): Promise<void> {
    if (!this.check) throw new Error('write restrictions are not bound (the moderation module binds them)');
    await this.check(memberId);
  }
}
