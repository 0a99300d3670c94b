// /dev/mailbox exists only when DEV_MAILBOX is on (lib/env: on outside production by default).
import { describe, expect, it, vi } from "vitest";

const flags = vi.hoisted(() => ({ DEV_MAILBOX: false }));
vi.mock("@/lib/env", () => ({ env: () => ({ DEV_MAILBOX: flags.DEV_MAILBOX, SMTP_URL: undefined }) }));
vi.mock("next/server", () => ({ connection: async () => {} }));
vi.mock("@/db", () => ({ getDb: () => ({}) }));
vi.mock("@/lib/mail/outbox", () => ({ listOutbox: async () => [] }));

describe("/dev/mailbox", () => {
  it("answers 404 when DEV_MAILBOX is off (production without the flag)", async () => {
    const { default: Mailbox } = await import("@/app/dev/mailbox/page");
    flags.DEV_MAILBOX = false;
    await expect(Mailbox({ searchParams: Promise.resolve({}) })).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });
    flags.DEV_MAILBOX = true;
    await expect(Mailbox({ searchParams: Promise.resolve({}) })).resolves.toBeTruthy();
  });
});
