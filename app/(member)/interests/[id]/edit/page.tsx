import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { InterestForm } from "@/components/interests/interest-form";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { getDb } from "@/db";
import { getInterest, getInterestFormChoices } from "@/db/queries/interests";
import { roleIn } from "@/lib/authz";
import { requireUserForPage } from "@/lib/current-user";
import { addDays, isoDate } from "@/lib/interests/options";
import { parseId } from "@/lib/url-state";
import { getFormatLocale } from "@/lib/i18n/server";
import { formatPlace } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("interests.edit");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function EditInterestPage({ params }: Props) {
  const rawId = (await params).id;
  const user = await requireUserForPage(`/interests/${rawId}/edit`);
  const id = parseId(rawId);
  if (id === null) notFound();
  const db = getDb();
  const today = isoDate(new Date());
  const interest = await getInterest(db, id, today);
  // Only its organisation's members edit it; to anyone else the page does not exist.
  if (!interest || !(await roleIn(db, user.id, interest.profileId))) notFound();
  const formatLocale = await getFormatLocale();
  const { programmes, themes, fields, countries } = await getInterestFormChoices(db, { language: await getLocale(), locale: formatLocale });
  const t = await getTranslations("interests");
  return (
    <div className="flex flex-col gap-2">
      <Breadcrumbs items={[{ href: "/interests", label: t("crumb") }, { href: `/interests/${id}`, label: interest.title }, { label: t("edit.crumb") }]} />
      <PageHeader title={t("edit.title")} description={t("edit.description")} />
      <Card>
        <CardContent>
          <InterestForm
            mode="edit"
            interestId={id}
            organisations={[]}
            programmes={programmes}
            themes={themes}
            fields={fields}
            countries={countries}
            minDeadline={addDays(today, 1)}
            initial={{
              profileId: interest.profileId,
              title: interest.title,
              description: interest.description,
              programme: interest.programmeId !== null ? String(interest.programmeId) : "other",
              programmeOther: interest.programmeOther,
              callTopic: interest.callTopic,
              themeIds: interest.themeList.map((t) => t.id),
              targetRegions: interest.targetRegions.map((r) => ({ code: r.code, name: formatPlace(r, formatLocale) })),
              partnerTypes: interest.partnerTypes,
              wantedCountries: interest.wantedCountries,
              newPartnersOnly: interest.newPartnersOnly,
              ownRole: interest.ownRole,
              budgetBand: interest.budgetBand,
              deadline: interest.deadline > today ? interest.deadline : "",
              visibility: interest.visibility,
            }}
          />
        </CardContent>
      </Card>
    </div>
  );
}
