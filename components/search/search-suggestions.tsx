"use client";
// The search box that offers while one types: a moment after typing stops, the projects, named
// organisations and themes whose names hold the query's words (GET /api/suggestions), and the two
// lists of everything matching. A combobox as ARIA describes it: the arrow keys move through the
// offers, Enter opens the one highlighted (or searches, when none is), Escape closes the list.
// Without JavaScript it is the plain search box of its form.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Building2, FileText, Search, Tag } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { FormQueryClient } from "@/components/forms/form-query-client";
import { usePaused } from "@/components/use-paused";
import { Input } from "@/components/ui/input";
import { cn } from "@/components/ui/utils";
import type { Suggestions } from "@/db/search/suggestions";
import { formatCountry } from "@/lib/format";
import { programmeLabel } from "@/lib/projects";
import { matchedRanges, movedOption, suggestionQuery } from "@/lib/search/suggestions";

const PAUSE_MS = 150;

async function fetchSuggestions(q: string, locale: string): Promise<Suggestions> {
  const response = await fetch(`/api/suggestions?${new URLSearchParams({ q, locale })}`);
  if (!response.ok) throw new Error(`suggestions: ${response.status}`);
  return (await response.json()) as Suggestions;
}

interface Offer {
  key: string;
  href: string;
  group: "projects" | "organisations" | "themes" | "all";
  content: ReactNode;
}

interface SuggestingProps {
  id: string;
  defaultValue?: string;
  placeholder?: string;
  className?: string;
  /** The field's name in its form ("q"). */
  name?: string;
  /**
   * Offer organisations only, each leading to this address with its id for "{id}" (the interest
   * page's "Where would another organisation rank?"), and not the lists of everything matching.
   */
  organisationsTo?: string;
  /** The offers open under the box from its left edge (default: from its right edge, as in the header). */
  alignLeft?: boolean;
}

export function SuggestingSearchInput(props: SuggestingProps) {
  return (
    <FormQueryClient>
      <SuggestingInput {...props} />
    </FormQueryClient>
  );
}

function SuggestingInput({ id, defaultValue, placeholder, className, name = "q", organisationsTo, alignLeft = false }: SuggestingProps) {
  const t = useTranslations("search.suggestions");
  const types = useTranslations("labels.organisationTypes");
  const locale = useLocale();
  const router = useRouter();
  const listId = useId();
  const [value, setValue] = useState(defaultValue ?? "");
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(-1);
  // Not controlled: what was typed before the page became interactive stays, and is read here (and the focus).
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!input.current) return;
    if (input.current.value !== (defaultValue ?? "")) setValue(input.current.value);
    if (document.activeElement === input.current) setFocused(true);
  }, [defaultValue]);

  const paused = usePaused(value, PAUSE_MS);
  const query = suggestionQuery(paused);
  const { data, isPlaceholderData } = useQuery({
    queryKey: ["suggestions", locale, query?.text ?? ""],
    queryFn: () => fetchSuggestions(query!.text, locale),
    enabled: query !== null,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData, // the last offers stay while the next are fetched
  });
  const typed = value.trim();
  const answer = query && data && suggestionQuery(typed) ? data : null;
  const found = answer && organisationsTo ? { ...answer, projects: [], themes: [] } : answer;
  const words = query?.words ?? [];
  // The offers of a query typed a moment ago, while the next ones come: shown, but dimmed.
  const settled = data !== undefined && query !== null && query.text === suggestionQuery(typed)?.text && !isPlaceholderData;
  const count = found ? found.projects.length + found.organisations.length + found.themes.length : 0;

  const offers: Offer[] = [];
  if (found && count > 0) {
    for (const p of found.projects) {
      offers.push({
        key: `p${p.id}`,
        href: `/projects/${p.id}`,
        group: "projects",
        content: (
          <Line words={words} icon={<FileText className="size-4" aria-hidden />} title={p.acronym ?? p.title ?? ""} detail={p.acronym ? (p.title ?? p.topicTitle) : null}>
            {[p.programme.family === p.programme.name ? p.programme.name : `${p.programme.family} · ${programmeLabel(p.programme)}`, p.year].filter(Boolean).join(" · ")}
          </Line>
        ),
      });
    }
    for (const o of found.organisations) {
      offers.push({
        key: `o${o.id}`,
        href: organisationsTo ? organisationsTo.replace("{id}", String(o.id)) : `/organisations/${o.id}`,
        group: "organisations",
        content: (
          <Line words={words} icon={<Building2 className="size-4" aria-hidden />} title={o.name} detail={o.shortName && o.shortName !== o.name ? o.shortName : null}>
            {[o.city, formatCountry(o.countryCode, locale), types(o.type as "sme"), t("projects", { count: o.projectCount })]
              .filter(Boolean)
              .join(" · ")}
          </Line>
        ),
      });
    }
    for (const theme of found.themes) {
      offers.push({
        key: `t${theme.id}`,
        href: `/projects?theme=${theme.id}`,
        group: "themes",
        content: (
          <Line words={words} icon={<Tag className="size-4" aria-hidden />} title={theme.label} detail={theme.matched ? t("matched", { matched: theme.matched }) : null}>
            {[t(theme.scheme === "keep" ? "keepTheme" : "field"), theme.parent].filter(Boolean).join(" · ")}
          </Line>
        ),
      });
    }
    const q = encodeURIComponent(typed);
    if (!organisationsTo) offers.push(
      { key: "all-projects", href: `/projects?q=${q}`, group: "all", content: <AllLine>{t("allProjects", { q: typed })}</AllLine> },
      { key: "all-organisations", href: `/organisations?q=${q}`, group: "all", content: <AllLine>{t("allOrganisations", { q: typed })}</AllLine> },
    );
  }
  const open = focused && !dismissed && offers.length > 0;
  const current = open && active < offers.length ? active : -1;
  const optionId = (i: number) => `${listId}-${i}`;

  const choose = (offer: Offer) => {
    setDismissed(true);
    setActive(-1);
    router.push(offer.href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (offers.length === 0) return;
      e.preventDefault();
      setDismissed(false);
      setActive(open ? movedOption(current, offers.length, e.key) : e.key === "ArrowDown" ? 0 : offers.length - 1);
    } else if (e.key === "Enter" && current >= 0) {
      e.preventDefault();
      choose(offers[current]!);
    } else if (e.key === "Escape" && open) {
      e.preventDefault(); // not the search box's own Escape, which would clear it
      setDismissed(true);
      setActive(-1);
    } else if (e.key === "Tab") {
      setDismissed(true);
    }
  };

  const groups: { group: Offer["group"]; heading: string | null }[] = [
    { group: "projects", heading: t("projectsHeading") },
    { group: "organisations", heading: t("organisationsHeading") },
    { group: "themes", heading: t("themesHeading") },
    { group: "all", heading: null },
  ];

  return (
    <>
      <Input
        id={id}
        type="search"
        name={name}
        ref={input}
        defaultValue={defaultValue}
        onChange={(e) => {
          setValue(e.target.value);
          setDismissed(false);
          setActive(-1);
        }}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onKeyDown={onKeyDown}
        placeholder={placeholder}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={200}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        className={className}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t("label")}
        hidden={!open}
        aria-busy={!settled}
        // A click on an offer must not blur the box first (the list would close under the pointer).
        onMouseDown={(e) => e.preventDefault()}
        className={cn("absolute top-full z-50 mt-1 [&>*]:transition-opacity", alignLeft ? "left-0" : "right-0", !settled && "[&>*]:opacity-60", "max-h-[min(32rem,70dvh)] w-full min-w-[min(32rem,calc(100vw-2rem))] overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-lg")}
        data-testid="search-suggestions"
      >
        {open
          ? groups.map(({ group, heading }) => {
              const members = offers.map((offer, index) => ({ offer, index })).filter((x) => x.offer.group === group);
              if (members.length === 0) return null;
              const headingId = `${listId}-${group}`;
              return (
                <div key={group} role="group" aria-labelledby={heading ? headingId : undefined} aria-label={heading ? undefined : t("allHeading")} className={cn(group === "all" && "mt-1 border-t pt-1")}>
                  {heading ? (
                    <div id={headingId} role="presentation" className="px-2 pt-1.5 pb-0.5 text-xs font-medium text-muted-foreground">
                      {heading}
                    </div>
                  ) : null}
                  {members.map(({ offer, index }) => (
                    <Link
                      key={offer.key}
                      id={optionId(index)}
                      href={offer.href}
                      role="option"
                      aria-selected={index === current}
                      tabIndex={-1}
                      onClick={(e) => {
                        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return; // a new tab: leave the list as it is
                        e.preventDefault();
                        choose(offer);
                      }}
                      onMouseMove={() => index !== current && setActive(index)}
                      className={cn("flex rounded-sm px-2 py-1.5 text-sm outline-none", index === current && "bg-accent text-accent-foreground")}
                    >
                      {offer.content}
                    </Link>
                  ))}
                </div>
              );
            })
          : null}
      </div>
      {/* A live region, not role="status": the page's own status messages stay the only ones. */}
      <span aria-live="polite" className="sr-only">
        {open ? t("status", { count }) : ""}
      </span>
    </>
  );
}

/** The text with the parts that hold the query's words in bold. */
function Marked({ text, words }: { text: string; words: readonly string[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of matchedRanges(text, words)) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="bg-transparent font-bold text-inherit underline decoration-primary/40 underline-offset-2">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

function Line({ icon, title, detail, words, children }: { icon: ReactNode; title: string; detail: string | null; words: readonly string[]; children: ReactNode }) {
  return (
    <span className="flex min-w-0 flex-1 items-start gap-2">
      <span className="mt-0.5 shrink-0 text-muted-foreground">{icon}</span>
      <span className="flex min-w-0 flex-col">
        <span className="truncate">
          <span className="font-medium">
            <Marked text={title} words={words} />
          </span>
          {detail ? (
            <span className="text-muted-foreground">
              {" "}
              <Marked text={detail} words={words} />
            </span>
          ) : null}
        </span>
        <span className="truncate text-xs text-muted-foreground">{children}</span>
      </span>
    </span>
  );
}

function AllLine({ children }: { children: ReactNode }) {
  return (
    <span className="flex min-w-0 items-center gap-2">
      <Search className="size-4 shrink-0 text-muted-foreground" aria-hidden />
      <span className="truncate">{children}</span>
    </span>
  );
}
