// Partnership interests: the signed-in member's organisations' own (every state), and the other
// members' open interests to browse, filtered in the URL. Anonymous visitors see public ones.
import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { InterestList } from "@/components/interests/interest-list";
import { ListPagination } from "@/components/list-pagination";
import { PageHeader } from "@/components/page-header";
import { SaveSearch } from "@/components/saved/save-search";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/select";
import { getDb } from "@/db";
import { browseInterests, listInterestsOfProfiles, listPartnerCountries, listProgrammeOptions } from "@/db/queries/interests";
import { listMyOrganisations } from "@/db/queries/members";
import { getCurrentUser } from "@/lib/current-user";
import { isoDate } from "@/lib/interests/options";
import { organisationTypeLabels } from "@/lib/organisation-types";
import { interestBrowseHref, parseInterestBrowse } from "@/lib/interests/browse-params";

export const metadata: Metadata = { title: "Partnership interests" };

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InterestsPage({ searchParams }: Props) {
  const db = getDb();
  const today = isoDate(new Date());
  const user = await getCurrentUser();
  const params = parseInterestBrowse(await searchParams);
  const organisations = user ? await listMyOrganisations(db, user.id) : [];
  const profileIds = organisations.map((o) => o.id);
  const [mine, others, programmes, countries] = await Promise.all([
    listInterestsOfProfiles(db, profileIds, today),
    browseInterests(db, { signedIn: user !== null, excludeProfileIds: profileIds, ...params, pageSize: PAGE_SIZE }, today),
    listProgrammeOptions(db),
    listPartnerCountries(db),
  ]);
  const filtered = Boolean(params.programmeId || params.country || params.wants);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Partnership interests"
        description="What members are preparing and which partners they look for. Publish yours to get a ranked, explained list of organisations whose past projects fit — and to meet members looking for an organisation like yours."
      >
        {user ? (
          <Button asChild className="mt-2 self-start">
            <Link href="/interests/new">
              <Plus aria-hidden /> Publish an interest
            </Link>
          </Button>
        ) : (
          <p className="text-sm">
            <Link href="/sign-in?next=%2Finterests%2Fnew" className="font-medium text-primary underline-offset-4 hover:underline">
              Sign in
            </Link>{" "}
            to publish an interest and see its matches. Below are the public ones.
          </p>
        )}
      </PageHeader>

      {user ? (
        <section aria-labelledby="mine-heading" className="flex flex-col gap-3">
          <h2 id="mine-heading" className="text-lg font-semibold">
            Your organisation&apos;s interests
          </h2>
          {mine.length ? (
            <InterestList interests={mine} showOrganisation={organisations.length > 1} label="Your organisation's interests" />
          ) : organisations.length ? (
            <EmptyState title="No interest published yet">Publish one: its matches are computed at once.</EmptyState>
          ) : (
            <EmptyState title="You do not act for an organisation yet">
              <p>
                Interests are published for an organisation.{" "}
                <Link href="/profile/new" className="font-medium text-primary underline-offset-4 hover:underline">
                  Create yours
                </Link>{" "}
                or ask a colleague to invite you.
              </p>
            </EmptyState>
          )}
        </section>
      ) : null}

      <section aria-labelledby="browse-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="browse-heading" className="text-lg font-semibold">
            {user ? "Other members' open interests" : "Open public interests"}
          </h2>
          <SaveSearch path="/interests" />
          <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Filter interests">
            <label className="flex w-full flex-col gap-1 text-xs font-medium sm:w-auto">
              Programme
              <NativeSelect name="programme" defaultValue={params.programmeId ? String(params.programmeId) : ""} className="w-full sm:w-48">
                <option value="">All programmes</option>
                {programmes.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </NativeSelect>
            </label>
            <label className="flex w-full flex-col gap-1 text-xs font-medium sm:w-auto">
              Their country
              <NativeSelect name="country" defaultValue={params.country ?? ""} className="w-full sm:w-40">
                <option value="">All countries</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
            </label>
            <label className="flex w-full flex-col gap-1 text-xs font-medium sm:w-auto">
              Looking for
              <NativeSelect name="wants" defaultValue={params.wants ?? ""} className="w-full sm:w-48">
                <option value="">Any type</option>
                {Object.entries(organisationTypeLabels).map(([type, label]) => (
                  <option key={type} value={type}>
                    {label}
                  </option>
                ))}
              </NativeSelect>
            </label>
            <Button type="submit" size="sm" variant="outline">
              Filter
            </Button>
            {filtered ? (
              <Button asChild size="sm" variant="ghost">
                <Link href="/interests">Clear</Link>
              </Button>
            ) : null}
          </form>
        </div>
        {others.rows.length ? (
          <>
            <InterestList interests={others.rows} label={user ? "Other members' open interests" : "Open public interests"} />
            <ListPagination page={others.page} pageSize={others.pageSize} total={others.total} hrefFor={(page) => interestBrowseHref(params, page)} />
          </>
        ) : (
          <EmptyState title={filtered ? "No open interest matches these filters" : "No open interests yet"}>
            {filtered ? "Try other filters, or clear them." : "When members publish interests, they are listed here."}
          </EmptyState>
        )}
      </section>
    </div>
  );
}
