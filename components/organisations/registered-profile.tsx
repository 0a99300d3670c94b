// A registered organisation's profile as the public sees it: what it says about itself, with
// the "registered on Consortia" mark. Never its members' names or e-mail addresses.
import { BadgeCheck, Globe } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Fact, FactList } from "@/components/fact-list";
import { Badge } from "@/components/ui/badge";
import type { PublicProfile } from "@/db/queries/members";
import { formatCountry, formatLanguage, formatNumber } from "@/lib/format";
import { websiteHref, websiteLabel } from "@/lib/projects";

export function RegisteredMark() {
  const t = useTranslations("organisations.registered");
  return (
    <Badge variant="success" className="text-[0.8125rem]">
      <BadgeCheck aria-hidden />
      {t("mark")}
    </Badge>
  );
}

export function RegisteredProfileFacts({ profile }: { profile: PublicProfile }) {
  const t = useTranslations("organisations.registered");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const website = websiteHref(profile.website);
  return (
    <FactList>
      <Fact label={t("type")}>{labels(`organisationTypes.${profile.type}`)}</Fact>
      <Fact label={t("country")}>{formatCountry(profile.countryCode, locale, profile.countryName)}</Fact>
      <Fact label={t("region")} missing={null}>
        {profile.regions.length > 0 ? (
          <span>
            {profile.regions.at(-1)!.name} <span className="font-mono text-xs font-normal text-muted-foreground">{profile.regions.at(-1)!.code}</span>
          </span>
        ) : null}
      </Fact>
      <Fact label={t("city")} missing={null}>
        {profile.city}
      </Fact>
      <Fact label={t("website")} missing={null}>
        {website ? (
          <a href={website} rel="noopener noreferrer nofollow" className="inline-flex items-start gap-1.5 break-all text-primary underline-offset-4 hover:underline">
            <Globe aria-hidden className="mt-0.5 size-3.5 shrink-0" />
            {websiteLabel(website)}
          </a>
        ) : null}
      </Fact>
      <Fact label={t("programmes")} missing={null}>
        {profile.programmes.length > 0 ? profile.programmes.join(", ") : null}
      </Fact>
      <Fact label={t("languages")} missing={null}>
        {profile.languages.length > 0 ? profile.languages.map((code) => formatLanguage(code, locale)).join(", ") : null}
      </Fact>
      <Fact label={t("contact")} missing={null}>
        {profile.contactRole}
      </Fact>
      <Fact label={t("members")}>{t("memberCount", { count: profile.memberCount, n: formatNumber(profile.memberCount, locale) })}</Fact>
    </FactList>
  );
}

export function RegisteredProfileSummary({ profile }: { profile: PublicProfile }) {
  const t = useTranslations("organisations.registered");
  return (
    <div className="flex flex-col gap-3 text-sm">
      <RegisteredMark />
      <p>
        {t.rich("keepsProfile", {
          name: profile.name,
          link: (chunks) => (
            <Link href={`/profiles/${profile.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      {profile.description ? <p className="line-clamp-4 text-muted-foreground">{profile.description}</p> : null}
      {profile.themes.length > 0 ? (
        <ul className="flex flex-wrap gap-1" aria-label={t("themesOfInterest")}>
          {profile.themes.map((t) => (
            <li key={t.id}>
              <Badge variant="outline">{t.label}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}


