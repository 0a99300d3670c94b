// "Did you mean “hydrogen storage”?": said above the results when the search found nothing, or
// nothing with every part of the query, and the knowledge base spells some of its words otherwise
// (db/search/spelling.ts). The link searches the corrected query with the same filters.
import { SpellCheck } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";

export function DidYouMean({ q, href }: { q: string | null; href: string }) {
  const t = useTranslations("search");
  if (!q) return null;
  return (
    <p className="flex items-start gap-2 text-base" role="status">
      <SpellCheck aria-hidden className="mt-1 size-4 shrink-0 text-primary" />
      <span>
        {t.rich("didYouMean", {
          q,
          link: (chunks) => (
            <Link href={href} className="font-semibold text-primary underline underline-offset-4">
              {chunks}
            </Link>
          ),
        })}
      </span>
    </p>
  );
}
