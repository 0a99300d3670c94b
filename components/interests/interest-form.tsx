"use client";
// The interest form, for publishing and for editing: what the project is, the programme and call,
// its themes and regions, the partners wanted, our role, budget, deadline and who may see it.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FieldPicker } from "@/components/forms/field-picker";
import { FormQueryClient } from "@/components/forms/form-query-client";
import { FieldErrors, FormField } from "@/components/forms/form-field";
import { PlacePicker } from "@/components/forms/place-picker";
import { ProgrammeOptions } from "@/components/interests/programme-options";
import { TopicField } from "@/components/forms/topic-field";
import { SuggestedChips, useTextSuggestions, useTicked } from "@/components/forms/text-suggestions";
import { FormMessage, fieldErrors, typed } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { publishInterest, updateInterest } from "@/lib/actions/interests";
import { formatCountry } from "@/lib/format";
import { idle, type ActionResult } from "@/lib/actions/result";
import { budgetBands, interestRoles, visibilities } from "@/lib/interests/options";
import { noCountriesChoice, type NoCountriesChoice, type ProgrammeOption } from "@/lib/programmes/options";
import { organisationTypes } from "@/lib/organisation-types";
import type { FieldOption } from "@/lib/themes/field-search";

export interface InterestFormValues {
  profileId: number;
  title: string;
  description: string;
  programme: string; // a programme id or "other"
  programmeOther: string | null;
  callTopic: string | null;
  themeIds: number[];
  /** Countries and NUTS regions, with their names. */
  targetRegions: { code: string; name: string }[];
  partnerTypes: string[];
  wantedCountries: string[];
  /** Only organisations it has not worked with. */
  newPartnersOnly: boolean;
  ownRole: string;
  budgetBand: string | null;
  deadline: string;
  visibility: string;
}

export interface ThemeChoice {
  id: number;
  label: string;
  parentId: number | null;
}

type InterestFormProps = Parameters<typeof InterestFormInner>[0];

/** Its fields' look-ups (places, call topics) share one client. */
export function InterestForm(props: InterestFormProps) {
  return (
    <FormQueryClient>
      <InterestFormInner {...props} />
    </FormQueryClient>
  );
}

function InterestFormInner({
  mode,
  interestId,
  creationKey,
  initial,
  organisations,
  programmes,
  themes,
  fields,
  countries,
  minDeadline,
}: {
  mode: "publish" | "edit";
  interestId?: number;
  creationKey?: string;
  initial: InterestFormValues;
  organisations: { id: number; name: string }[];
  programmes: ProgrammeOption[];
  themes: ThemeChoice[];
  /** The fields of science (EuroSciVoc), chosen through a search: they are themes too. */
  fields: FieldOption[];
  countries: { code: string; name: string }[];
  minDeadline: string;
}) {
  const [state, action] = useActionState<ActionResult<{ id: number }>, FormData>(mode === "publish" ? publishInterest : updateInterest, idle);
  const t = useTranslations("interests");
  const types = useTranslations("labels.organisationTypes");
  const value = (field: keyof InterestFormValues): string => {
    const sent = typed(state, field);
    if (sent !== undefined) return sent;
    const v = initial[field];
    return Array.isArray(v) ? v.join(", ") : v == null ? "" : String(v);
  };
  const list = (field: "themeIds" | "partnerTypes" | "wantedCountries"): Set<string> => {
    const sent = typed(state, field);
    return new Set(sent !== undefined ? (sent ? sent.split(",") : []) : initial[field].map(String));
  };
  const chosenThemes = list("themeIds");
  // What is typed and ticked since the last answer (an answer brings back what was sent): the
  // themes the text names are offered until ticked, and each fold counts what is ticked in it.
  const [typedAt, setTypedAt] = useState<{ state: typeof state; title: string; description: string } | null>(null);
  const title = typedAt?.state === state ? typedAt.title : value("title");
  const description = typedAt?.state === state ? typedAt.description : value("description");
  const { ticked, onChange: onThemesChange, choose: chooseTheme } = useTicked(state, chosenThemes);
  const chosenTypes = list("partnerTypes");
  const chosenCountries = list("wantedCountries");
  // A checkbox sends nothing when not ticked: after an answer, what was sent decides.
  const newPartnersOnly = state.status === "error" ? typed(state, "newPartnersOnly") === "true" : initial.newPartnersOnly;
  const roots = themes.filter((theme) => theme.parentId === null);
  const themeLabels = new Map(themes.filter((theme) => theme.parentId !== null).map((theme) => [theme.id, theme.label]));
  const suggestions = useTextSuggestions(`${title}\n${description}`);
  // The programme picked since the last answer (an answer brings back the one sent): the programme
  // fields show it, and its area is where partners are looked for when no country is chosen (the hint says so).
  const [picked, setPicked] = useState<{ state: typeof state; programme: string } | null>(null);
  const programmeId = picked?.state === state ? picked.programme : value("programme");
  const chosenProgramme = programmes.find((p) => String(p.id) === programmeId);
  const format = useFormatter();
  const locale = useLocale();

  return (
    <form action={action} className="flex flex-col gap-6" aria-label={mode === "publish" ? t("form.newLabel") : t("form.editLabel")} noValidate>
      <FormMessage state={state} />
      {creationKey ? <input type="hidden" name="creationKey" value={creationKey} /> : null}
      {interestId ? <input type="hidden" name="interestId" value={interestId} /> : null}

      <div className="grid gap-4 sm:grid-cols-2">
        {mode === "publish" && organisations.length > 1 ? (
          <FormField id="interest-profile" label={t("form.organisation")} errors={fieldErrors(state, "profileId")} className="sm:col-span-2">
            <NativeSelect name="profileId" defaultValue={value("profileId")}>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </NativeSelect>
          </FormField>
        ) : mode === "publish" ? (
          <input type="hidden" name="profileId" value={initial.profileId} />
        ) : null}
        <FormField id="interest-title" label={t("form.title")} errors={fieldErrors(state, "title")} className="sm:col-span-2" hint={t("form.titleHint")}>
          <Input
            name="title"
            required
            minLength={5}
            maxLength={200}
            defaultValue={value("title")}
            placeholder={t("form.titlePlaceholder")}
            onChange={(e) => setTypedAt({ state, title: e.target.value, description })}
          />
        </FormField>
        <FormField
          id="interest-description"
          label={t("form.description")}
          errors={fieldErrors(state, "description")}
          className="sm:col-span-2"
          hint={t("form.descriptionHint")}
        >
          <Textarea
            name="description"
            required
            rows={6}
            minLength={20}
            maxLength={5000}
            defaultValue={value("description")}
            onChange={(e) => setTypedAt({ state, title, description: e.target.value })}
          />
        </FormField>
        {/* Remounted with each result, so that it starts from what was sent (a form reset would not touch its state). */}
        <ProgrammeFields
          key={typed(state, "programme") ?? "initial"}
          state={state}
          programmes={programmes}
          programme={programmeId}
          value={value}
          onProgramme={(programme) => setPicked({ state, programme })}
        />
      </div>

      <fieldset
        className="flex flex-col gap-3"
        aria-describedby="interest-themes-hint"
        onChange={onThemesChange}
      >
        <legend className="text-sm font-medium">{t("form.themes")}</legend>
        <p id="interest-themes-hint" className="-mt-1 text-xs text-muted-foreground">
          {t("form.themesHint")}
        </p>
        <SuggestedChips
          heading={t("form.suggestedThemes")}
          items={suggestions.themes.flatMap((s) => (themeLabels.has(s.id) && !ticked.has(String(s.id)) ? [{ ...s, label: themeLabels.get(s.id)! }] : []))}
          addLabel={(label) => t("form.addSuggestedTheme", { label })}
          testId="theme-suggestions"
          onChoose={chooseTheme}
        />
        <FieldErrors errors={fieldErrors(state, "themeIds")} />
        {/* One fold per top-level theme (open when something in it was chosen, counting what is ticked): the list stays short on a phone. */}
        <div className="grid items-start gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {roots.map((root) => {
            const children = themes.filter((theme) => theme.parentId === root.id);
            const chosen = [root, ...children].filter((theme) => ticked.has(String(theme.id))).length;
            const chosenBefore = [root, ...children].some((theme) => chosenThemes.has(String(theme.id)));
            return (
              <details key={root.id} open={chosenBefore} className="group rounded-md border bg-card px-3 py-2">
                <summary className="cursor-pointer text-sm font-medium">
                  {root.label}
                  {chosen ? <span className="font-normal text-muted-foreground"> {t("form.chosen", { count: chosen })}</span> : null}
                </summary>
                <div className="mt-2 flex flex-col gap-1">
                  <Check name="themeIds" value={String(root.id)} label={t("form.allOfIt", { label: root.label })} defaultChecked={chosenThemes.has(String(root.id))} strong />
                  {children.map((theme) => (
                    <Check key={theme.id} name="themeIds" value={String(theme.id)} label={theme.label} defaultChecked={chosenThemes.has(String(theme.id))} />
                  ))}
                </div>
              </details>
            );
          })}
        </div>
      </fieldset>

      {/* Remounted with each result, so that it starts from the fields that were sent. */}
      <FieldPicker
        key={typed(state, "themeIds") ?? "initial"}
        fields={fields}
        initial={[...chosenThemes].map(Number)}
        name="themeIds"
        hint={t("form.fieldsHint")}
        suggested={{ heading: t("form.suggestedThemes"), items: suggestions.fields }}
      />

      <PlacePicker name="targetRegions" label={t("form.regions")} hint={t("form.regionsHint")} initial={initial.targetRegions} errors={fieldErrors(state, "targetRegions")} />

      <fieldset className="flex flex-col gap-2" aria-describedby="interest-types-hint">
        <legend className="text-sm font-medium">{t("form.partnerTypes")}</legend>
        <p id="interest-types-hint" className="-mt-1 text-xs text-muted-foreground">
          {t("form.partnerTypesHint")}
        </p>
        <div className="grid grid-cols-1 gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {organisationTypes.map((type) => (
            <Check key={type} name="partnerTypes" value={type} label={types(type)} defaultChecked={chosenTypes.has(type)} />
          ))}
        </div>
        <FieldErrors errors={fieldErrors(state, "partnerTypes")} />
      </fieldset>

      <fieldset className="flex flex-col gap-2" aria-describedby="interest-countries-hint">
        <legend className="text-sm font-medium">{t("form.countries")}</legend>
        <p id="interest-countries-hint" className="-mt-1 text-xs text-muted-foreground">
          {t("form.countriesHint")}{" "}
          {noCountriesHint(
            noCountriesChoice(chosenProgramme, countries, (code) => formatCountry(code, locale) ?? code),
            t,
            (names) => format.list(names, { type: "conjunction" }),
          )}
        </p>
        <div className="grid grid-cols-2 gap-1 sm:grid-cols-3 lg:grid-cols-5">
          {countries.map((c) => (
            <Check key={c.code} name="wantedCountries" value={c.code} label={c.name} defaultChecked={chosenCountries.has(c.code)} />
          ))}
        </div>
        <FieldErrors errors={fieldErrors(state, "wantedCountries")} />
      </fieldset>

      <div className="flex flex-col gap-1">
        <Check name="newPartnersOnly" value="true" label={t("form.newPartnersOnly")} defaultChecked={newPartnersOnly} strong />
        <p className="ml-6 text-xs text-muted-foreground">{t("form.newPartnersOnlyHint")}</p>
        <FieldErrors errors={fieldErrors(state, "newPartnersOnly")} />
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="interest-role" label={t("form.role")} errors={fieldErrors(state, "ownRole")}>
          <NativeSelect name="ownRole" required defaultValue={value("ownRole")}>
            <option value="" disabled>
              {t("form.chooseRole")}
            </option>
            {interestRoles.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="interest-budget" label={t("form.budget")} errors={fieldErrors(state, "budgetBand")}>
          <NativeSelect name="budgetBand" defaultValue={value("budgetBand")}>
            <option value="">{t("form.budgetUnknown")}</option>
            {budgetBands.map((band) => (
              <option key={band} value={band}>
                {t(`budget.${band}`)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="interest-deadline" label={t("form.deadline")} errors={fieldErrors(state, "deadline")} hint={t("form.deadlineHint")}>
          <Input name="deadline" type="date" min={minDeadline} defaultValue={value("deadline")} />
        </FormField>
        <FormField id="interest-visibility" label={t("form.visibility")} errors={fieldErrors(state, "visibility")}>
          <NativeSelect name="visibility" defaultValue={value("visibility")}>
            {visibilities.map((v) => (
              <option key={v} value={v}>
                {t(`visibility.${v}`)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>

      <SubmitButton className="self-start" pendingLabel={mode === "publish" ? t("form.publishing") : t("form.saving")}>
        {mode === "publish" ? t("form.publish") : t("form.save")}
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

/** The hint's sentence for what no country chosen means (lib/programmes/options: noCountriesChoice). */
function noCountriesHint(choice: NoCountriesChoice, t: ReturnType<typeof useTranslations<"interests">>, list: (names: string[]) => string): string {
  if (choice.kind === "any") return t("form.countriesNoneAny");
  if (choice.kind === "many") return t("form.countriesNoneAreaMany", { count: choice.count });
  return t(choice.border ? "form.countriesNoneBorder" : "form.countriesNoneArea", { countries: list(choice.names) });
}

function ProgrammeFields({
  state,
  programmes,
  programme,
  value,
  onProgramme,
}: {
  state: ActionResult<unknown>;
  programmes: ProgrammeOption[];
  /** The programme picked (the form holds it: the countries' hint reads it too). */
  programme: string;
  value: (field: keyof InterestFormValues) => string;
  onProgramme: (programme: string) => void;
}) {
  const t = useTranslations("interests.form");
  return (
    <>
      <FormField id="interest-programme" label={t("programme")} errors={fieldErrors(state, "programme")}>
        <NativeSelect name="programme" required value={programme} onChange={(e) => onProgramme(e.target.value)}>
          <option value="">{t("chooseProgramme")}</option>
          <ProgrammeOptions programmes={programmes} />
          <option value="other">{t("otherProgramme")}</option>
        </NativeSelect>
      </FormField>
      {programme === "other" ? (
        <FormField id="interest-programme-other" label={t("programmeName")} errors={fieldErrors(state, "programmeOther")}>
          <Input name="programmeOther" maxLength={200} defaultValue={value("programmeOther")} placeholder={t("programmeNamePlaceholder")} />
        </FormField>
      ) : (
        <FormField id="interest-call" label={t("callTopic")} errors={fieldErrors(state, "callTopic")} hint={t("callTopicHint")}>
          <TopicField name="callTopic" defaultValue={value("callTopic")} />
        </FormField>
      )}
      {programme === "other" ? (
        <FormField id="interest-call" label={t("callTopic")} errors={fieldErrors(state, "callTopic")} className="sm:col-span-2">
          <Input name="callTopic" maxLength={120} defaultValue={value("callTopic")} />
        </FormField>
      ) : null}
    </>
  );
}
