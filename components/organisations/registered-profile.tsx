// A registered organisation's profile as the public sees it: what it says about itself, with
// the "registered on Consortia" mark. Never its members' names or e-mail addresses.
import { BadgeCheck, Globe } from "lucide-react";
import Link from "next/link";
import { Fact, FactList } from "@/components/fact-list";
import { Badge } from "@/components/ui/badge";
import type { PublicProfile } from "@/db/queries/members";
import { organisationTypeLabel } from "@/lib/organisation-types";
import { languageName } from "@/lib/organisations/profile-options";
import { websiteHref, websiteLabel } from "@/lib/projects";

export function RegisteredMark() {
  return (
    <Badge variant="success" className="text-[0.8125rem]">
      <BadgeCheck aria-hidden />
      Registered on Consortia
    </Badge>
  );
}

export function RegisteredProfileFacts({ profile }: { profile: PublicProfile }) {
  const website = websiteHref(profile.website);
  return (
    <FactList>
      <Fact label="Type">{organisationTypeLabel(profile.type)}</Fact>
      <Fact label="Country">{profile.countryName}</Fact>
      <Fact label="Region" missing={null}>
        {profile.regions.length > 0 ? (
          <span>
            {profile.regions.at(-1)!.name} <span className="font-mono text-xs font-normal text-muted-foreground">{profile.regions.at(-1)!.code}</span>
          </span>
        ) : null}
      </Fact>
      <Fact label="City" missing={null}>
        {profile.city}
      </Fact>
      <Fact label="Website" missing={null}>
        {website ? (
          <a href={website} rel="noopener noreferrer nofollow" className="inline-flex items-start gap-1.5 break-all text-primary underline-offset-4 hover:underline">
            <Globe aria-hidden className="mt-0.5 size-3.5 shrink-0" />
            {websiteLabel(website)}
          </a>
        ) : null}
      </Fact>
      <Fact label="Programmes" missing={null}>
        {profile.programmes.length > 0 ? profile.programmes.join(", ") : null}
      </Fact>
      <Fact label="Languages" missing={null}>
        {profile.languages.length > 0 ? profile.languages.map(languageName).join(", ") : null}
      </Fact>
      <Fact label="Contact" missing={null}>
        {profile.contactRole}
      </Fact>
      <Fact label="Members">{profile.memberCount === 1 ? "1 person" : `${profile.memberCount} people`}</Fact>
    </FactList>
  );
}

export function RegisteredProfileSummary({ profile }: { profile: PublicProfile }) {
  return (
    <div className="flex flex-col gap-3 text-sm">
      <RegisteredMark />
      <p>
        <Link href={`/profiles/${profile.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
          {profile.name}
        </Link>{" "}
        keeps a profile on Consortia.
      </p>
      {profile.description ? <p className="line-clamp-4 text-muted-foreground">{profile.description}</p> : null}
      {profile.themes.length > 0 ? (
        <ul className="flex flex-wrap gap-1" aria-label="Themes of interest">
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


