import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EmptyState } from "@/components/empty-state";
import { InterestForm } from "@/components/interests/interest-form";
import { PageHeader } from "@/components/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { getDb } from "@/db";
import { getInterestFormChoices } from "@/db/queries/interests";
import { listMyOrganisations } from "@/db/queries/members";
import { requireUserForPage } from "@/lib/current-user";
import { addDays, defaultDeadline, isoDate } from "@/lib/interests/options";
import { getFormatLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("interests.new");
  return { title: t("title") };
}

export default async function NewInterestPage() {
  const user = await requireUserForPage("/interests/new");
  const db = getDb();
  const t = await getTranslations("interests");
  const organisations = await listMyOrganisations(db, user.id);
  const crumbs = <Breadcrumbs items={[{ href: "/interests", label: t("crumb") }, { label: t("new.crumb") }]} />;
  if (organisations.length === 0) {
    return (
      <div className="flex flex-col gap-6">
        {crumbs}
        <EmptyState title={t("new.firstOrganisation")}>
          <p>{t("new.firstOrganisationText")}</p>
          <Button asChild className="mt-4">
            <Link href="/profile/new">{t("new.createOrganisation")}</Link>
          </Button>
        </EmptyState>
      </div>
    );
  }
  const { programmes, themes, fields, countries } = await getInterestFormChoices(db, { language: await getLocale(), locale: await getFormatLocale() });
  const acting = organisations.find((o) => o.id === user.activeProfileId) ?? organisations[0]!;
  const today = isoDate(new Date());
  return (
    <div className="flex flex-col gap-2">
      {crumbs}
      <PageHeader
        title={t("new.title")}
        description={t("new.description", { name: acting.name })}
      />
      <Card>
        <CardContent>
          {/* A new key per page view: submitting the same form twice publishes one interest. */}
          <InterestForm
            mode="publish"
            creationKey={randomUUID()}
            organisations={organisations.map((o) => ({ id: o.id, name: o.name }))}
            programmes={programmes}
            themes={themes}
            fields={fields}
            countries={countries}
            minDeadline={addDays(today, 1)}
            initial={{
              profileId: acting.id,
              title: "",
              description: "",
              programme: "",
              programmeOther: null,
              callTopic: null,
              themeIds: [],
              targetRegions: [],
              partnerTypes: [],
              wantedCountries: [],
              newPartnersOnly: false,
              ownRole: "",
              budgetBand: null,
              deadline: defaultDeadline(today),
              visibility: "members",
            }}
          />
        </CardContent>
      </Card>
    </div>
  );
}
