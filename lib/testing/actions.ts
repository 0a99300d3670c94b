// Test helpers for server actions: a faked session (the tests mock @/lib/session with
// `sessionModule`), the test database installed as the app's database, users and organisations
// to act as, and FormData from an object.
//
// What vitest cannot share: its vi.mock calls are hoisted to the top of each test file, so every
// file keeps its own (next/cache, @/lib/session → sessionModule, @/lib/auth, …).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { loadReferenceData } from "@/db/load/reference";
import { createTestDatabase } from "@/db/testing";
import { users, type UserRole } from "@/db/schema/accounts";
import { memberships, organisationProfiles, type MemberRole } from "@/db/schema/members";
import { idle, type ActionResult } from "@/lib/actions/result";
import type { SessionClaims } from "@/lib/session";

const fake = { claims: null as SessionClaims | null };

/** Replaces @/lib/session in tests: `vi.mock("@/lib/session", () => sessionModule)`. */
export const sessionModule = {
  getSessionClaims: async () => fake.claims,
};

export function actAs(user: { id: string; authVersion?: number } | null): void {
  fake.claims = user ? { userId: user.id, authVersion: user.authVersion ?? 0 } : null;
}

/** Makes getDb() answer the test database (db/index.ts caches its handle on globalThis). */
export function useTestDatabase(handle: DatabaseHandle): void {
  (globalThis as unknown as { consortiaDb?: DatabaseHandle }).consortiaDb = handle;
}

/** A test file's database as its hooks and tests see it: set once the file's first beforeAll has run. */
export interface ActionDatabase<Seeded> {
  readonly db: Db;
  /** What the seed returned (e.g. the query fixture's ids). */
  readonly seeded: Seeded;
}

/**
 * A fresh test database for this file (PGlite, or PostgreSQL with TEST_DATABASE_URL), seeded —
 * with the reference data (countries, regions, themes) unless another seed is given — then
 * installed as the app's database, and closed after the file. Call it at the top level of the
 * file, before the file's own beforeAll (hooks run in order).
 */
export function setUpActionDatabase(): ActionDatabase<void>;
export function setUpActionDatabase<Seeded>(seed: (db: Db) => Promise<Seeded>): ActionDatabase<Seeded>;
export function setUpActionDatabase(seed: (db: Db) => Promise<unknown> = (db) => loadReferenceData(db)): ActionDatabase<unknown> {
  let handle: DatabaseHandle | undefined;
  let seeded: unknown;
  beforeAll(async () => {
    handle = await createTestDatabase();
    seeded = await seed(handle.db);
    useTestDatabase(handle);
  });
  afterAll(async () => handle?.close());
  const ready = () => {
    if (!handle) throw new Error("setUpActionDatabase: the database is ready in hooks and tests, not while the file loads");
    return handle;
  };
  return {
    get db() {
      return ready().db;
    },
    get seeded() {
      ready();
      return seeded;
    },
  };
}

let counter = 0;

export async function makeUser(db: Db, options: { email?: string; name?: string; verified?: boolean; role?: UserRole; passwordHash?: string } = {}) {
  counter++;
  const [user] = await db
    .insert(users)
    .values({
      email: options.email ?? `user${counter}-${Math.random().toString(36).slice(2, 8)}@example-org.eu`,
      name: options.name ?? `User ${counter}`,
      emailVerified: options.verified === false ? null : new Date(),
      role: options.role ?? "user",
      passwordHash: options.passwordHash ?? null,
    })
    .returning();
  return user!;
}

export async function makeProfile(db: Db, members: { userId: string; role: MemberRole }[], values: Partial<typeof organisationProfiles.$inferInsert> = {}) {
  const [profile] = await db
    .insert(organisationProfiles)
    .values({ name: `Organisation ${++counter}`, type: "development_agency", countryCode: "AT", ...values })
    .returning();
  if (members.length > 0) await db.insert(memberships).values(members.map((m) => ({ ...m, profileId: profile!.id })));
  return profile!;
}

export async function reloadUser(db: Db, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

export function formData(values: Record<string, string | number | (string | number)[] | undefined>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, String(v));
  }
  return form;
}

/** Runs an action that ends in redirect() and returns where it goes (or the result, if it did not redirect). */
export async function redirectOf<T>(run: Promise<T>): Promise<string | T> {
  try {
    return await run;
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2]!;
    throw error;
  }
}

/** How a server-rendered page answered: "rendered" (with its tree), "redirect <path>" or "404". */
export async function pageOutcome(render: () => Promise<unknown>): Promise<{ kind: string; tree?: unknown }> {
  try {
    return { kind: "rendered", tree: await render() };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? error);
    if (digest.startsWith("NEXT_REDIRECT")) return { kind: `redirect ${digest.split(";")[2]}` };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "404" };
    throw error;
  }
}

/** A server action as the authorisation tests call it: the action, and a form it would accept from someone allowed. */
export interface ActionUnderTest {
  run: (state: ActionResult, form: FormData) => Promise<ActionResult<unknown>>;
  form: () => Record<string, string | number>;
}

/** The codes a refusal may carry: anonymous → unauthenticated, an unconfirmed address → unverified, anyone else → forbidden or not found. */
export function refusalCodes(who: string): string[] {
  return who === "anonymous" ? ["unauthenticated"] : who === "unverified" ? ["unverified"] : ["forbidden", "not_found"];
}

/**
 * One "no" cell of an authorisation matrix: calls `action` as `user` (null: signed out) and checks
 * that it is refused with the code `who` deserves and that `snapshot()` (everything the action
 * could change) is the same afterwards.
 */
export async function expectRefused(action: ActionUnderTest, who: string, user: { id: string; authVersion?: number } | null, snapshot: () => Promise<unknown>): Promise<void> {
  const before = await snapshot();
  actAs(user);
  const result = await action.run(idle, formData(action.form()));
  expect(result.status).toBe("error");
  expect(refusalCodes(who)).toContain((result as { code: string }).code);
  expect(await snapshot()).toEqual(before);
}
