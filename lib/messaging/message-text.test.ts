import { describe, expect, it } from "vitest";
import { messageSegments, normaliseMessageText } from "./message-text";

describe("messageSegments", () => {
  const text = "Our call page: https://example.eu/call?id=4 — or www.keep.eu. Mail me: a@b.de";

  it("keeps a stranger's message as one text segment, links included", () => {
    expect(messageSegments(text, { clickableLinks: false })).toEqual([{ kind: "text", text }]);
  });

  it("turns links written with http(s):// into link segments for a known sender, leaving the rest as text", () => {
    const segments = messageSegments(text, { clickableLinks: true });
    expect(segments.filter((s) => s.kind === "link")).toEqual([
      { kind: "link", text: "https://example.eu/call?id=4", href: "https://example.eu/call?id=4" },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("never makes a javascript: or mailto: link", () => {
    const segments = messageSegments("javascript:alert(1) mailto:x@y.z", { clickableLinks: true });
    expect(segments.every((s) => s.kind === "text")).toBe(true);
  });

  it("returns nothing for an empty message", () => {
    expect(messageSegments("", { clickableLinks: true })).toEqual([]);
  });
});

describe("normaliseMessageText", () => {
  it("normalises line endings, trims and drops control characters", () => {
    expect(normaliseMessageText("  Hello\r\nthere \u0007\r\n\n")).toBe("Hello\nthere");
  });
  it("returns null for blank input", () => {
    expect(normaliseMessageText(" \n\t ")).toBeNull();
  });
  it("keeps HTML as text", () => {
    expect(normaliseMessageText("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
  });
});
