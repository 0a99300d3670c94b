import { describe, expect, it } from "vitest";
import { mayOpenConversation, shouldNotify } from "./notifications";

const now = new Date("2026-11-25T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("shouldNotify", () => {
  it("mails the first time and then at most once an hour per thread", () => {
    expect(shouldNotify({ emailOnMessage: true, lastNotifiedAt: null, isAuthor: false }, now)).toBe(true);
    expect(shouldNotify({ emailOnMessage: true, lastNotifiedAt: minutesAgo(59), isAuthor: false }, now)).toBe(false);
    expect(shouldNotify({ emailOnMessage: true, lastNotifiedAt: minutesAgo(60), isAuthor: false }, now)).toBe(true);
  });
  it("never mails a recipient who switched it off, nor the author", () => {
    expect(shouldNotify({ emailOnMessage: false, lastNotifiedAt: null, isAuthor: false }, now)).toBe(false);
    expect(shouldNotify({ emailOnMessage: true, lastNotifiedAt: null, isAuthor: true }, now)).toBe(false);
  });
});

describe("mayOpenConversation", () => {
  it("allows conversations up to the daily limit", () => {
    expect(mayOpenConversation(19, 20)).toBe(true);
    expect(mayOpenConversation(20, 20)).toBe(false);
  });
});
