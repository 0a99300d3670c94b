import { describe, expect, it } from "vitest";
import { failWith, idle, ok } from "@/lib/actions/result";
import { afterSend, newClientKey, type ReplyState } from "./reply-key";

describe("the reply form's one-time key", () => {
  const start: ReplyState<{ messageId: number }> = { result: idle, clientKey: "key-from-the-first-render" };

  it("keeps the key until a message is stored, so a second click after a refresh sends the same key", () => {
    const refused = afterSend(start, failWith("invalid", "Write a message."), () => "never");
    expect(refused.clientKey).toBe("key-from-the-first-render");
    expect(refused.result.status).toBe("error");
  });

  it("takes a new key after a stored message, so the next reply is a new message", () => {
    const sent = afterSend(start, ok({ messageId: 7 }), () => "second-key-0000000");
    expect(sent.clientKey).toBe("second-key-0000000");
    expect(afterSend(sent, ok({ messageId: 8 })).clientKey).not.toBe(sent.clientKey);
  });

  it("makes keys the server accepts, different each time", () => {
    const a = newClientKey();
    expect(a).toMatch(/^[A-Za-z0-9-]{16,64}$/);
    expect(newClientKey()).not.toBe(a);
  });
});
