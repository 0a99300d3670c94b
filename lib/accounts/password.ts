// Password hashing: argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes).
import { hash, verify, type Options } from "@node-rs/argon2";

// Algorithm.Argon2id (a const enum, which isolatedModules cannot read).
const ARGON2ID = 2 as Options["algorithm"];

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed hash never lets anyone in
  }
}

/**
 * A hash of a password nobody knows: signing in with an unknown e-mail verifies against it, so
 * that the answer takes as long as for a real account (no account enumeration by timing).
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`no-account-${Math.random()}`);
  return dummyHash;
}
