import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("Kl4ster-Wien");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "Kl4ster-Wien")).toBe(true);
    expect(await verifyPassword(hash, "kl4ster-wien")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });
});
