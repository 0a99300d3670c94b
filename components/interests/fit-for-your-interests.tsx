// "For your open interests" on an organisation's page: for a signed-in member whose organisations
// have open interests, where each of the newest would rank this organisation, or what leaves it
// out; each interest links to its page's full explanation (?placeId=…#place). Streamed in its own
// Suspense boundary: the page does not wait for it.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { unstable_rethrow } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { fitForInterests, type InterestFit } from "@/db/interests/place";
import { getCurrentUser } from "@/lib/current-user";
import { isoDate } from "@/lib/interests/options";

export async function FitForYourInterests({ organisationId }: { organisationId: number }) {
  let userId: string | null = null;
  try {
    userId = (await getCurrentUser())?.id ?? null;
  } catch (error) {
    unstable_rethrow(error);
  }
  if (!userId) return null;
  const { fits, more } = await fitForInterests(getDb(), organisationId, userId, isoDate(new Date()));
  if (fits.length === 0) return null;
  const t = await getTranslations("matching.place");
  const verdict = (fit: InterestFit) => {
    const { place } = fit;
    if (place.kind === "ranked") return [t("fitRanked", { rank: place.rank, of: place.of }), fit.listed ? t("fitListed") : null].filter(Boolean).join(" · ");
    return { type: t("fitType"), country: t("fitCountry"), pastPartner: t("fitPastPartner"), requester: t("fitRequester") }[place.kind];
  };
  return (
    <Card data-testid="fit-for-your-interests">
      <CardHeader>
        <CardTitle>{t("forYou")}</CardTitle>
        <CardDescription>{t("forYouIntro")}</CardDescription>
      </CardHeader>
      <CardContent className="pt-3">
        <ul className="flex flex-col gap-2 text-sm">
          {fits.map((fit) => (
            <li key={fit.interest.id}>
              <Link href={`/interests/${fit.interest.id}?placeId=${organisationId}#place`} className="font-medium text-primary underline-offset-4 hover:underline">
                {fit.interest.title}
              </Link>
              <span className={fit.place.kind === "ranked" ? "block text-foreground" : "block text-muted-foreground"}>{verdict(fit)}</span>
            </li>
          ))}
        </ul>
        {more > 0 ? (
          <p className="mt-2 text-xs text-muted-foreground">
            <Link href="/interests" className="underline-offset-4 hover:underline">
              {t("fitMore", { count: more })}
            </Link>
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
