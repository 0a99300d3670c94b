// A message is plain text. It is shown as text (React escapes it); links become clickable only
// when the sender is known to the reader (they have exchanged messages before, or belong to the
// same organisation), so that a first message from a stranger cannot lead anyone to a phishing page.
// Pure: no db, no React.
import { LinkifyIt } from "linkify-it";

export type MessageSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

/** Longest message stored, in characters (the form and the action both say so). */
export const maxMessageLength = 5000;

// Only links written with their scheme (https://…) are recognised: no guessing at "keep.eu".
const linkify = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });

/** Splits a message into text and, when links may be clickable, http(s) link segments. */
export function messageSegments(text: string, { clickableLinks }: { clickableLinks: boolean }): MessageSegment[] {
  if (!clickableLinks || text.length === 0) return text.length === 0 ? [] : [{ kind: "text", text }];
  const segments: MessageSegment[] = [];
  let at = 0;
  for (const match of linkify.match(text) ?? []) {
    if (!/^https?:\/\//i.test(match.url)) continue;
    if (match.index > at) segments.push({ kind: "text", text: text.slice(at, match.index) });
    segments.push({ kind: "link", text: match.text, href: match.url });
    at = match.lastIndex;
  }
  if (at < text.length) segments.push({ kind: "text", text: text.slice(at) });
  return segments;
}

/** Normalises what a user typed: line endings, trailing space, control characters; null when empty. */
export function normaliseMessageText(raw: string): string | null {
  const text = raw
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
  return text.length === 0 ? null : text;
}
