// Auth.js (next-auth v5): e-mail and password sign-in (Credentials), sessions as encrypted JWT
// cookies (stateless: nothing is kept in server memory, any instance can read them). The
// configuration is built on first use, so nothing opens the database at build or module load.
// The session carries the user's id and authVersion; lib/current-user.ts checks both against the
// database on each request, so a deleted account or a changed password ends older sessions.
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { authAccounts, users } from "@/db/schema/accounts";
import { authenticate } from "@/lib/accounts/store";
import { env } from "@/lib/env";
import { scheduleMailDelivery } from "@/lib/mail/sender";

/** The sign-in failure codes the sign-in form tells apart (never "no such account"). */
export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
export class RateLimited extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}
export class EmailNotVerified extends CredentialsSignin {
  code = "unverified";
}

/** The client's address as the proxy in front of the app reports it (first hop), for the rate limit. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}

export const { auth, signIn, signOut } = NextAuth(() => ({
  adapter: DrizzleAdapter(getDb(), { usersTable: users, accountsTable: authAccounts }),
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: {
    // A failed sign-in is an answer, not a server error.
    error: (error) => {
      if (!(error instanceof CredentialsSignin)) console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: async (credentials, request) => {
        const email = typeof credentials.email === "string" ? credentials.email : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        if (!email || !password) throw new InvalidCredentials();
        const db = getDb();
        const result = await authenticate(db, { email, password, ip: clientIp(request.headers) });
        if (result.ok) return { id: result.user.id, name: result.user.name, email: result.user.email, authVersion: result.user.authVersion };
        if (result.reason === "rate_limited") throw new RateLimited(result.retryAfterSeconds);
        if (result.reason === "unverified") {
          scheduleMailDelivery(); // authenticate() may have queued a fresh verification link
          throw new EmailNotVerified();
        }
        throw new InvalidCredentials();
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => {
      if (user) {
        token.sub = user.id;
        token.authVersion = (user as { authVersion?: number }).authVersion ?? 0;
      }
      return token;
    },
    session: ({ session, token }) => {
      if (token.sub) session.user.id = token.sub;
      (session as { authVersion?: number }).authVersion = typeof token.authVersion === "number" ? token.authVersion : -1;
      return session;
    },
  },
}));
