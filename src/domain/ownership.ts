/**
 * One face per merchant (维持与客户的友好联系): a sponsor whose relationship a member owns should not
 * be pitched by someone else without them knowing. Check data flags such ledger rows, and the
 * record sidebar warns before one is written.
 */
import type { Sponsor } from "./model";

/** The member owning the relationship, or null: nobody, a name not in 成员, or a sponsor that declined. */
export function activeOwner(s: Pick<Sponsor, "owner" | "stage"> | undefined, members: ReadonlySet<string>): string | null {
  return s?.owner && members.has(s.owner) && s.stage !== "declined" ? s.owner : null;
}

/** Credited members (in 成员) who leave the owner out: two members may be pitching the same shop. */
export function pitchedByOthers(owner: string | null, credited: readonly string[]): boolean {
  return owner !== null && credited.length > 0 && !credited.includes(owner);
}
