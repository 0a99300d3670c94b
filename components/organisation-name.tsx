// An organisation's name, or — for one known only by its PIC — a muted "Unnamed organisation (PIC …)",
// never a made-up name.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "./ui/utils";

export interface NamedOrganisation {
  id: number;
  name: string | null;
  shortName?: string | null;
  pic?: string | null;
}

/** The "labels" translator, or the part of it these names need. */
export type UnnamedTranslator = (key: "unnamedOrganisation" | "unnamedOrganisationWithPic", values?: { pic: string }) => string;

const english: UnnamedTranslator = (key, values) => (key === "unnamedOrganisation" ? "Unnamed organisation" : `Unnamed organisation (PIC ${values?.pic})`);

export function unnamedLabel(pic: string | null | undefined, t: UnnamedTranslator = english): string {
  return pic ? t("unnamedOrganisationWithPic", { pic }) : t("unnamedOrganisation");
}

/** The display text of an organisation: its name, or the unnamed label (in English without a translator). */
export function organisationDisplayName(org: NamedOrganisation, t?: UnnamedTranslator): string {
  return org.name ?? unnamedLabel(org.pic, t);
}

export function OrganisationName({ org, link = true, className, showShortName = false }: { org: NamedOrganisation; link?: boolean; className?: string; showShortName?: boolean }) {
  const t = useTranslations("labels");
  const unnamed = org.name === null;
  const text = (
    <>
      {organisationDisplayName(org, t)}
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
