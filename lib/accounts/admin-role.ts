// Site administrators: the role is set from the command line (`npm run cli -- admin grant EMAIL`),
// never from the web.
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { users, type UserRole } from "@/db/schema/accounts";
import { normaliseEmail } from "./email";

/** Sets the role of the account with this e-mail; false when there is no such account. */
export async function setUserRole(db: Db, email: string, role: UserRole): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ role, updatedAt: new Date() })
    .where(eq(users.email, normaliseEmail(email)))
    .returning({ id: users.id });
  return updated.length > 0;
}

export async function listAdministrators(db: Db): Promise<string[]> {
  const rows = await db.select({ email: users.email }).from(users).where(eq(users.role, "admin")).orderBy(asc(users.email));
  return rows.map((r) => r.email);
}
