// The reply form's one-time key. The form keeps it in its own state and gets a new one only
// when a message was stored: a refresh of the page (marking the thread read revalidates it)
// leaves the key alone, so two clicks of "Send" that straddle a refresh carry the same key and
// the server stores the reply once. Pure, for the client and for tests.
import type { ActionResult } from "@/lib/actions/result";

export type ReplyState<T> = { result: ActionResult<T>; clientKey: string };

/** A fresh key the server accepts ([A-Za-z0-9-]{16,64}); works in non-secure contexts too. */
export function newClientKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The state after a send: the action's result, and a new key only if the message was stored. */
export function afterSend<T>(previous: ReplyState<T>, result: ActionResult<T>, freshKey: () => string = newClientKey): ReplyState<T> {
  return { result, clientKey: result.status === "ok" ? freshKey() : previous.clientKey };
}
