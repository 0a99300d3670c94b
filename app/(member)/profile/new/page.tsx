import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { getDb } from "@/db";
import { getThemeChoices } from "@/db/queries/members";
import { listCountriesFor } from "@/db/queries/reference";
import { requireUserForPage } from "@/lib/current-user";
import { getFormatLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile.new");
  return { title: t("title") };
}

export default async function NewOrganisationPage() {
  await requireUserForPage("/profile/new");
  const db = getDb();
  const t = await getTranslations("profile.new");
  const [countries, { themes, fields }] = await Promise.all([getFormatLocale().then((locale) => listCountriesFor(db, locale)), getLocale().then((lang) => getThemeChoices(db, lang))]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
      />
      <Card>
        <CardContent>
          {/* A new key per page view: submitting the same form twice creates one organisation. */}
          <OrganisationForm mode="create" creationKey={randomUUID()} countries={countries} themes={themes} fields={fields} />
        </CardContent>
      </Card>
    </div>
  );
}
