// Authorisation of organisation work: who is a member or an owner of a registered organisation.
// docs/authorisation.md is the matrix these checks implement.
import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db";
import { memberships, organisationProfiles, type MemberRole } from "@/db/schema/members";
import { forbidden, notFound } from "@/lib/errors";
import type { CurrentUser } from "@/lib/current-user";

export async function roleIn(db: Db | Tx, userId: string, profileId: number): Promise<MemberRole | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.profileId, profileId), eq(memberships.userId, userId)));
  return row?.role ?? null;
}

async function assertExists(db: Db | Tx, profileId: number): Promise<void> {
  const [row] = await db.select({ id: organisationProfiles.id }).from(organisationProfiles).where(eq(organisationProfiles.id, profileId));
  if (!row) throw notFound("This organisation");
}

/**
 * Checks that the user holds at least `role` in the organisation ("member": owners and members;
 * "owner": owners only) and answers their role. Outsiders learn no more than whether it exists:
 * not_found for no such organisation, forbidden otherwise.
 */
export async function requireOrganisationRole(user: CurrentUser, profileId: number, role: MemberRole, db: Db | Tx = getDb()): Promise<MemberRole> {
  const held = await roleIn(db, user.id, profileId);
  if (!held) {
    await assertExists(db, profileId);
    throw forbidden("Only members of this organisation can do this.");
  }
  if (role === "owner" && held !== "owner") throw forbidden("Only owners of this organisation can do this.");
  return held;
}
