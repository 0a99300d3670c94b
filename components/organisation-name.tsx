// An organisation's name, or — for one known only by its PIC — a muted "Unnamed organisation (PIC …)",
// never a made-up name.
import Link from "next/link";
import { cn } from "./ui/utils";

export interface NamedOrganisation {
  id: number;
  name: string | null;
  shortName?: string | null;
  pic?: string | null;
}

export function unnamedLabel(pic: string | null | undefined): string {
  return pic ? `Unnamed organisation (PIC ${pic})` : "Unnamed organisation";
}

/** The display text of an organisation: its name, or the unnamed label. */
export function organisationDisplayName(org: NamedOrganisation): string {
  return org.name ?? unnamedLabel(org.pic);
}

export function OrganisationName({ org, link = true, className, showShortName = false }: { org: NamedOrganisation; link?: boolean; className?: string; showShortName?: boolean }) {
  const unnamed = org.name === null;
  const text = (
    <>
      {organisationDisplayName(org)}
      {showShortName && org.shortName && org.shortName !== org.name ? <span className="font-normal text-muted-foreground"> ({org.shortName})</span> : null}
    </>
  );
  const classes = cn(unnamed ? "italic text-muted-foreground" : "font-medium text-foreground", className);
  // Names in tables read as text but are marked as links by a quiet underline that turns blue on hover.
  if (!link) return <span className={classes}>{text}</span>;
  return (
    <Link href={`/organisations/${org.id}`} className={cn(classes, "underline decoration-input decoration-1 underline-offset-4 hover:text-primary hover:decoration-primary")}>
      {text}
    </Link>
  );
}
