import "server-only";
import { notFound } from "next/navigation";
import { requireUserForPage } from "@/lib/current-user";

/** The administration pages exist for site administrators only; others get a 404. */
export async function requireAdminPage(returnTo: string) {
  const user = await requireUserForPage(returnTo);
  if (user.role !== "admin") notFound();
  return user;
}
