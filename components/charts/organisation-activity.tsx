// The organisation page's "Activity over time" section: reads the counts and draws them.
import { getDb } from "@/db";
import { countOrganisationActivity } from "@/db/queries/activity";
import { bucketActivity } from "@/lib/charts/activity";
import { ActivitySection } from "./activity-section";

export async function OrganisationActivity({ organisationId, locale }: { organisationId: number; locale: string }) {
  const activity = bucketActivity(await countOrganisationActivity(getDb(), organisationId));
  return <ActivitySection activity={activity} locale={locale} subject="organisation" />;
}
