// What the session cookie says about who is asking: the one seam between Auth.js and the rest of
// the app (tests replace this module with a faked session).
import "server-only";
import { auth } from "@/lib/auth";

export interface SessionClaims {
  userId: string;
  authVersion: number;
}

export async function getSessionClaims(): Promise<SessionClaims | null> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const authVersion = (session as { authVersion?: unknown }).authVersion;
  return { userId, authVersion: typeof authVersion === "number" ? authVersion : -1 };
}
