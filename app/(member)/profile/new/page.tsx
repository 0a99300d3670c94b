import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { getDb } from "@/db";
import { listCountries, listThemeVocabulary } from "@/db/queries/members";
import { requireUserForPage } from "@/lib/current-user";

export const metadata: Metadata = { title: "Create an organisation" };

export default async function NewOrganisationPage() {
  await requireUserForPage("/profile/new");
  const db = getDb();
  const [countries, themes] = await Promise.all([listCountries(db), listThemeVocabulary(db)]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Create an organisation"
        description="The organisation you act for: its profile is what partners see. Next, you can claim its past projects from the knowledge base."
      />
      <Card>
        <CardContent>
          {/* A new key per page view: submitting the same form twice creates one organisation. */}
          <OrganisationForm mode="create" creationKey={randomUUID()} countries={countries} themes={themes} />
        </CardContent>
      </Card>
    </div>
  );
}
