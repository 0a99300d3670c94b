// Who is asking, checked against the database on every request: the session's user must still
// exist and its authVersion must match (a password change or reset ends older sessions).
import "server-only";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { users, type UserRole } from "@/db/schema/accounts";
import { AppError, forbidden, notSignedIn } from "@/lib/errors";
import { getSessionClaims } from "@/lib/session";

export interface CurrentUser {
  id: string;
  name: string | null;
  email: string;
  emailVerified: Date | null;
  role: UserRole;
  authVersion: number;
  activeProfileId: number | null;
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await getSessionClaims();
  if (!claims) return null;
  const [user] = await getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailVerified: users.emailVerified,
      role: users.role,
      authVersion: users.authVersion,
      activeProfileId: users.activeProfileId,
    })
    .from(users)
    .where(eq(users.id, claims.userId));
  if (!user || user.authVersion !== claims.authVersion) return null;
  return user;
});

/** For server actions and route handlers: the signed-in user with a verified e-mail, or an AppError. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw notSignedIn();
  if (!user.emailVerified) throw new AppError("unverified", "Confirm your e-mail address first: we sent you a link.");
  return user;
}

export async function requireAdmin(): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.role !== "admin") throw forbidden("Only site administrators can do this.");
  return user;
}

/** For pages: the signed-in user, else a redirect to the sign-in page that comes back here. */
export async function requireUserForPage(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return user;
}
