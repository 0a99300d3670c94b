// "forestry, woodworking and timber": items joined as the reader's language joins a list
// (Intl.ListFormat), each item drawn by the caller (a link, a span in the item's own language).
import type { ReactNode } from "react";

export function JoinedList<T>({
  items,
  text,
  render,
  locale,
  literalLang,
}: {
  items: readonly T[];
  /** What the list formatter joins: the item's words. */
  text: (item: T) => string;
  /** The item as shown, given its words. */
  render: (item: T, words: string, key: number) => ReactNode;
  locale: string;
  /** The language of the words between items, when the list sits in another language's element. */
  literalLang?: string;
}) {
  const parts = new Intl.ListFormat(locale, { type: "conjunction" }).formatToParts(items.map(text));
  let next = 0;
  return (
    <>
      {parts.map((part, i) =>
        part.type === "literal" ? (
          <span key={i} lang={literalLang}>
            {part.value}
          </span>
        ) : (
          render(items[next++]!, part.value, i)
        ),
      )}
    </>
  );
}
