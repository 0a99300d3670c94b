// Authorisation of organisation work: who is a member or an owner of a registered organisation.
// docs/authorisation.md is the matrix these checks implement.
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db";
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

/** A member (owner or member) of the organisation; outsiders learn no more than "not found". */
export async function assertMemberOf(db: Db | Tx, user: CurrentUser, profileId: number): Promise<MemberRole> {
  const role = await roleIn(db, user.id, profileId);
  if (!role) {
    await assertExists(db, profileId);
    throw forbidden("Only members of this organisation can do this.");
  }
  return role;
}

export async function assertOwnerOf(db: Db | Tx, user: CurrentUser, profileId: number): Promise<void> {
  const role = await assertMemberOf(db, user, profileId);
  if (role !== "owner") throw forbidden("Only owners of this organisation can do this.");
}
