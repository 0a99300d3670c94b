"use client";
// The organisation profile form, for creating and for editing: name, type, country and region,
// city, website, PIC, description, themes of interest, programmes, languages, contact role.
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FieldPicker } from "@/components/forms/field-picker";
import { SuggestedChips, useTextSuggestions, useTicked } from "@/components/forms/text-suggestions";
import { FormQueryClient } from "@/components/forms/form-query-client";
import { FormField } from "@/components/forms/form-field";
import { FieldErrors } from "@/components/forms/form-field";
import { FormMessage, fieldErrors, typed } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { createOrganisation, updateOrganisation } from "@/lib/actions/organisations";
import { idle, type ActionResult } from "@/lib/actions/result";
import { formatLanguage } from "@/lib/format";
import { organisationTypes } from "@/lib/organisation-types";
import { languageCodes, programmeFamilies } from "@/lib/organisations/profile-options";
import type { FieldOption } from "@/lib/themes/field-search";
import { RegionPicker } from "./region-picker";

export interface OrganisationFormValues {
  name: string;
  type: string;
  countryCode: string;
  nutsCode: string | null;
  city: string | null;
  website: string | null;
  description: string | null;
  pic: string | null;
  themeIds: number[];
  programmes: string[];
  languages: string[];
  contactRole: string | null;
}

export interface ThemeOption {
  id: number;
  label: string;
  level: number;
  parentId: number | null;
}

export function OrganisationForm(props: {
  mode: "create" | "edit";
  profileId?: number;
  creationKey?: string;
  initial?: OrganisationFormValues;
  countries: { code: string; name: string }[];
  themes: ThemeOption[];
  /** The fields of science (EuroSciVoc), chosen through a search: they are themes too. */
  fields: FieldOption[];
}) {
  return (
    <FormQueryClient>
      <OrganisationFormInner {...props} />
    </FormQueryClient>
  );
}

function OrganisationFormInner({
  mode,
  profileId,
  creationKey,
  initial,
  countries,
  themes,
  fields,
}: {
  mode: "create" | "edit";
  profileId?: number;
  creationKey?: string;
  initial?: OrganisationFormValues;
  countries: { code: string; name: string }[];
  themes: ThemeOption[];
  fields: FieldOption[];
}) {
  const [state, action] = useActionState<ActionResult<{ id: number }>, FormData>(mode === "create" ? createOrganisation : updateOrganisation, idle);
  const [country, setCountry] = useState(initial?.countryCode ?? "");
  const t = useTranslations("profile.form");
  const types = useTranslations("labels.organisationTypes");
  const locale = useLocale();
  // Language names in the reader's language, in its alphabetical order.
  const languages = languageCodes.map((code) => ({ code, name: formatLanguage(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  // After a failed submit the form shows what was typed; otherwise the saved values.
  const value = (field: keyof OrganisationFormValues): string => typed(state, field) ?? (initial?.[field] as string | null | undefined) ?? "";
  const list = (field: "themeIds" | "programmes" | "languages"): string[] => {
    const sent = typed(state, field);
    if (sent !== undefined) return sent ? sent.split(",") : [];
    return (initial?.[field] ?? []).map(String);
  };
  const chosenThemes = new Set(list("themeIds"));
  // What is typed and ticked since the last answer (an answer brings back what was sent): the
  // themes and fields its name and description name are offered until chosen.
  const [typedAt, setTypedAt] = useState<{ state: typeof state; name: string; description: string } | null>(null);
  const name = typedAt?.state === state ? typedAt.name : value("name");
  const description = typedAt?.state === state ? typedAt.description : value("description");
  const { ticked, onChange: onThemesChange, choose: chooseTheme } = useTicked(state, chosenThemes);
  const suggestions = useTextSuggestions(`${name}\n${description}`);
  const themeLabels = new Map(themes.filter((theme) => theme.parentId !== null).map((theme) => [theme.id, theme.label]));
  const chosenProgrammes = new Set(list("programmes"));
  const chosenLanguages = new Set(list("languages"));
  const roots = themes.filter((theme) => theme.parentId === null);

  return (
    <form action={action} className="flex flex-col gap-6" aria-label={mode === "create" ? t("newLabel") : t("editLabel")}>
      <FormMessage state={state} />
      {creationKey ? <input type="hidden" name="creationKey" value={creationKey} /> : null}
      {profileId ? <input type="hidden" name="profileId" value={profileId} /> : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="org-name" label={t("name")} errors={fieldErrors(state, "name")} className="sm:col-span-2">
          <Input
            name="name"
            required
            minLength={2}
            maxLength={200}
            defaultValue={value("name")}
            autoComplete="organization"
            onChange={(e) => setTypedAt({ state, name: e.target.value, description })}
          />
        </FormField>
        <FormField id="org-type" label={t("type")} errors={fieldErrors(state, "type")}>
          {/* Keyed by its value: React resets the form after a save, and a select would snap back to the default it was first rendered with. */}
          <NativeSelect key={value("type")} name="type" required defaultValue={value("type")}>
            <option value="" disabled>
              {t("chooseType")}
            </option>
            {organisationTypes.map((type) => (
              <option key={type} value={type}>
                {types(type)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="org-country" label={t("country")} errors={fieldErrors(state, "countryCode")}>
          <NativeSelect name="countryCode" required value={country} onChange={(e) => setCountry(e.target.value)}>
            <option value="" disabled>
              {t("chooseCountry")}
            </option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <div className="sm:col-span-2">
          <RegionPicker key={country} country={country} defaultValue={country === initial?.countryCode || typed(state, "countryCode") === country ? value("nutsCode") : ""} errors={fieldErrors(state, "nutsCode")} />
        </div>
        <FormField id="org-city" label={t("city")} errors={fieldErrors(state, "city")}>
          <Input name="city" maxLength={120} defaultValue={value("city")} autoComplete="address-level2" />
        </FormField>
        <FormField id="org-website" label={t("website")} errors={fieldErrors(state, "website")} hint={t("websiteHint")}>
          <Input name="website" type="text" inputMode="url" maxLength={300} placeholder="https://www.example.eu" defaultValue={value("website")} />
        </FormField>
        <FormField id="org-pic" label={t("pic")} errors={fieldErrors(state, "pic")} hint={t("picHint")}>
          <Input name="pic" inputMode="numeric" pattern="\d{9}" maxLength={9} defaultValue={value("pic")} />
        </FormField>
        <FormField id="org-contact-role" label={t("contactRole")} errors={fieldErrors(state, "contactRole")} hint={t("contactRoleHint")}>
          <Input name="contactRole" maxLength={120} defaultValue={value("contactRole")} />
        </FormField>
        <FormField id="org-description" label={t("description")} errors={fieldErrors(state, "description")} className="sm:col-span-2" hint={t("descriptionHint")}>
          <Textarea name="description" rows={5} maxLength={5000} defaultValue={value("description")} onChange={(e) => setTypedAt({ state, name, description: e.target.value })} />
        </FormField>
      </div>

      <fieldset
        className="flex flex-col gap-3"
        aria-describedby="org-themes-hint"
        onChange={onThemesChange}
      >
        <legend className="text-sm font-medium">{t("themes")}</legend>
        <p id="org-themes-hint" className="-mt-1 text-xs text-muted-foreground">
          {t("themesHint")}
        </p>
        <SuggestedChips
          heading={t("suggestedThemes")}
          items={suggestions.themes.flatMap((s) => (themeLabels.has(s.id) && !ticked.has(String(s.id)) ? [{ ...s, label: themeLabels.get(s.id)! }] : []))}
          addLabel={(label) => t("addSuggestedTheme", { label })}
          testId="theme-suggestions"
          onChoose={chooseTheme}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          {roots.map((root) => (
            <div key={root.id} className="flex flex-col gap-1.5">
              <Check name="themeIds" value={String(root.id)} label={root.label} defaultChecked={chosenThemes.has(String(root.id))} strong />
              <div className="ml-5 flex flex-col gap-1">
                {themes
                  .filter((theme) => theme.parentId === root.id)
                  .map((theme) => (
                    <Check key={theme.id} name="themeIds" value={String(theme.id)} label={theme.label} defaultChecked={chosenThemes.has(String(theme.id))} />
                  ))}
              </div>
            </div>
          ))}
        </div>
        <FieldErrors errors={fieldErrors(state, "themeIds")} />
      </fieldset>

      {/* Remounted with each result, so that it starts from the fields that were sent. */}
      <FieldPicker
        key={typed(state, "themeIds") ?? "initial"}
        fields={fields}
        initial={[...chosenThemes].map(Number)}
        name="themeIds"
        hint={t("fieldsHint")}
        suggested={{ heading: t("suggestedThemes"), items: suggestions.fields }}
      />

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{t("programmes")}</legend>
        <div className="grid gap-1 sm:grid-cols-3">
          {programmeFamilies.map((p) => (
            <Check key={p} name="programmes" value={p} label={p === "Other EU programmes" ? t("otherProgrammes") : p} defaultChecked={chosenProgrammes.has(p)} />
          ))}
        </div>
        <FieldErrors errors={fieldErrors(state, "programmes")} />
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{t("languages")}</legend>
        <div className="grid grid-cols-2 gap-1 sm:grid-cols-4 lg:grid-cols-6">
          {languages.map(({ code, name }) => (
            <Check key={code} name="languages" value={code} label={name} defaultChecked={chosenLanguages.has(code)} />
          ))}
        </div>
        <FieldErrors errors={fieldErrors(state, "languages")} />
      </fieldset>

      <SubmitButton className="self-start" pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}

function Check({ name, value, label, defaultChecked, strong }: { name: string; value: string; label: string; defaultChecked: boolean; strong?: boolean }) {
  return (
    <label className={`flex items-start gap-2 text-sm ${strong ? "font-medium" : ""}`}>
      <input type="checkbox" name={name} value={value} defaultChecked={defaultChecked} className="mt-0.5 size-4 shrink-0 accent-primary" />
      <span>{label}</span>
    </label>
  );
}
