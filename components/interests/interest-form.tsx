"use client";
// The interest form, for publishing and for editing: what the project is, the programme and call,
// its themes and regions, the partners wanted, our role, budget, deadline and who may see it.
import { useActionState, useState } from "react";
import { FieldErrors, FormField } from "@/components/forms/form-field";
import { FormMessage, fieldErrors, typed } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { publishInterest, updateInterest } from "@/lib/actions/interests";
import { idle, type ActionResult } from "@/lib/actions/result";
import { budgetBandLabels, interestRoleLabels, visibilityLabels } from "@/lib/interests/options";
import { organisationTypeLabels } from "@/lib/organisation-types";

export interface InterestFormValues {
  profileId: number;
  title: string;
  description: string;
  programme: string; // a programme id or "other"
  programmeOther: string | null;
  callTopic: string | null;
  themeIds: number[];
  targetRegions: string[];
  partnerTypes: string[];
  wantedCountries: string[];
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

export function InterestForm({
  mode,
  interestId,
  creationKey,
  initial,
  organisations,
  programmes,
  themes,
  countries,
  minDeadline,
}: {
  mode: "publish" | "edit";
  interestId?: number;
  creationKey?: string;
  initial: InterestFormValues;
  organisations: { id: number; name: string }[];
  programmes: { id: number; name: string; family: string; period: string | null }[];
  themes: ThemeChoice[];
  countries: { code: string; name: string }[];
  minDeadline: string;
}) {
  const [state, action] = useActionState<ActionResult<{ id: number }>, FormData>(mode === "publish" ? publishInterest : updateInterest, idle);
  const value = (field: keyof InterestFormValues): string => {
    const t = typed(state, field);
    if (t !== undefined) return t;
    const v = initial[field];
    return Array.isArray(v) ? v.join(", ") : v == null ? "" : String(v);
  };
  const list = (field: "themeIds" | "partnerTypes" | "wantedCountries"): Set<string> => {
    const t = typed(state, field);
    return new Set(t !== undefined ? (t ? t.split(",") : []) : initial[field].map(String));
  };
  const chosenThemes = list("themeIds");
  const chosenTypes = list("partnerTypes");
  const chosenCountries = list("wantedCountries");
  const roots = themes.filter((t) => t.parentId === null);

  return (
    <form action={action} className="flex flex-col gap-6" aria-label={mode === "publish" ? "New interest" : "Edit interest"} noValidate>
      <FormMessage state={state} />
      {creationKey ? <input type="hidden" name="creationKey" value={creationKey} /> : null}
      {interestId ? <input type="hidden" name="interestId" value={interestId} /> : null}

      <div className="grid gap-4 sm:grid-cols-2">
        {mode === "publish" && organisations.length > 1 ? (
          <FormField id="interest-profile" label="For the organisation" errors={fieldErrors(state, "profileId")} className="sm:col-span-2">
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
        <FormField id="interest-title" label="Title" errors={fieldErrors(state, "title")} className="sm:col-span-2" hint="One line a partner understands at a glance.">
          <Input name="title" required minLength={5} maxLength={200} defaultValue={value("title")} placeholder="e.g. Wood-industry cluster project seeks a university" />
        </FormField>
        <FormField
          id="interest-description"
          label="Description"
          errors={fieldErrors(state, "description")}
          className="sm:col-span-2"
          hint="What the project will do, and what you expect of the partners. Its words are compared with past projects."
        >
          <Textarea name="description" required rows={6} minLength={20} maxLength={5000} defaultValue={value("description")} />
        </FormField>
        {/* Remounted with each result, so that it starts from what was sent (a form reset would not touch its state). */}
        <ProgrammeFields key={typed(state, "programme") ?? "initial"} state={state} programmes={programmes} initialProgramme={value("programme")} value={value} />
      </div>

      <fieldset className="flex flex-col gap-3" aria-describedby="interest-themes-hint">
        <legend className="text-sm font-medium">Themes</legend>
        <p id="interest-themes-hint" className="-mt-1 text-xs text-muted-foreground">
          What the project is about: open a theme to choose in it. A sub-theme is more telling than the whole theme.
        </p>
        <FieldErrors errors={fieldErrors(state, "themeIds")} />
        {/* One fold per top-level theme (open when something in it is chosen): the list stays short on a phone. */}
        <div className="grid items-start gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {roots.map((root) => {
            const children = themes.filter((t) => t.parentId === root.id);
            const chosen = [root, ...children].filter((t) => chosenThemes.has(String(t.id))).length;
            return (
              <details key={root.id} open={chosen > 0} className="group rounded-md border bg-card px-3 py-2">
                <summary className="cursor-pointer text-sm font-medium">
                  {root.label}
                  {chosen ? <span className="font-normal text-muted-foreground"> ({chosen} chosen)</span> : null}
                </summary>
                <div className="mt-2 flex flex-col gap-1">
                  <Check name="themeIds" value={String(root.id)} label={`${root.label} (all of it)`} defaultChecked={chosenThemes.has(String(root.id))} strong />
                  {children.map((t) => (
                    <Check key={t.id} name="themeIds" value={String(t.id)} label={t.label} defaultChecked={chosenThemes.has(String(t.id))} />
                  ))}
                </div>
              </details>
            );
          })}
        </div>
      </fieldset>

      <FormField
        id="interest-regions"
        label="Target regions (optional)"
        errors={fieldErrors(state, "targetRegions")}
        hint="Where the project will work: country codes (AT, SI) or NUTS region codes (AT22, HU3), separated by commas."
      >
        <Input name="targetRegions" maxLength={300} defaultValue={value("targetRegions")} placeholder="AT, SI, HU" autoCapitalize="characters" />
      </FormField>

      <fieldset className="flex flex-col gap-2" aria-describedby="interest-types-hint">
        <legend className="text-sm font-medium">Partner types</legend>
        <p id="interest-types-hint" className="-mt-1 text-xs text-muted-foreground">
          Only organisations of these types are matched. None chosen: any type.
        </p>
        <div className="grid grid-cols-1 gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {Object.entries(organisationTypeLabels).map(([type, label]) => (
            <Check key={type} name="partnerTypes" value={type} label={label} defaultChecked={chosenTypes.has(type)} />
          ))}
        </div>
        <FieldErrors errors={fieldErrors(state, "partnerTypes")} />
      </fieldset>

      <fieldset className="flex flex-col gap-2" aria-describedby="interest-countries-hint">
        <legend className="text-sm font-medium">Countries</legend>
        <p id="interest-countries-hint" className="-mt-1 text-xs text-muted-foreground">
          Only partners from these countries are matched. None chosen: any country.
        </p>
        <div className="grid grid-cols-2 gap-1 sm:grid-cols-3 lg:grid-cols-5">
          {countries.map((c) => (
            <Check key={c.code} name="wantedCountries" value={c.code} label={c.name} defaultChecked={chosenCountries.has(c.code)} />
          ))}
        </div>
        <FieldErrors errors={fieldErrors(state, "wantedCountries")} />
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="interest-role" label="Our role" errors={fieldErrors(state, "ownRole")}>
          <NativeSelect name="ownRole" required defaultValue={value("ownRole")}>
            <option value="" disabled>
              Choose a role
            </option>
            {Object.entries(interestRoleLabels).map(([role, label]) => (
              <option key={role} value={role}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="interest-budget" label="Expected budget (optional)" errors={fieldErrors(state, "budgetBand")}>
          <NativeSelect name="budgetBand" defaultValue={value("budgetBand")}>
            <option value="">Not known yet</option>
            {Object.entries(budgetBandLabels).map(([band, label]) => (
              <option key={band} value={band}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="interest-deadline" label="Deadline" errors={fieldErrors(state, "deadline")} hint="The interest closes after this day; you can renew it.">
          <Input name="deadline" type="date" min={minDeadline} defaultValue={value("deadline")} />
        </FormField>
        <FormField id="interest-visibility" label="Who can see it" errors={fieldErrors(state, "visibility")}>
          <NativeSelect name="visibility" defaultValue={value("visibility")}>
            {Object.entries(visibilityLabels).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>

      <SubmitButton className="self-start" pendingLabel={mode === "publish" ? "Publishing and matching…" : "Saving and matching…"}>
        {mode === "publish" ? "Publish interest" : "Save interest"}
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

function ProgrammeFields({
  state,
  programmes,
  initialProgramme,
  value,
}: {
  state: ActionResult<unknown>;
  programmes: { id: number; name: string; family: string; period: string | null }[];
  initialProgramme: string;
  value: (field: keyof InterestFormValues) => string;
}) {
  const [programme, setProgramme] = useState(initialProgramme);
  const families = [...new Set(programmes.map((p) => p.family))];
  return (
    <>
      <FormField id="interest-programme" label="Programme" errors={fieldErrors(state, "programme")}>
        <NativeSelect name="programme" required value={programme} onChange={(e) => setProgramme(e.target.value)}>
          <option value="">Choose a programme</option>
          {families.map((family) => (
            <optgroup key={family} label={family}>
              {programmes
                .filter((p) => p.family === family)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                    {p.period ? ` (${p.period})` : ""}
                  </option>
                ))}
            </optgroup>
          ))}
          <option value="other">Other programme…</option>
        </NativeSelect>
      </FormField>
      {programme === "other" ? (
        <FormField id="interest-programme-other" label="Programme name" errors={fieldErrors(state, "programmeOther")}>
          <Input name="programmeOther" maxLength={200} defaultValue={value("programmeOther")} placeholder="e.g. Interreg Central Europe 2021-2027" />
        </FormField>
      ) : (
        <FormField id="interest-call" label="Call or topic (optional)" errors={fieldErrors(state, "callTopic")} hint="A topic code such as HORIZON-CL6-2024-GOVERNANCE-01-5.">
          <Input name="callTopic" maxLength={120} defaultValue={value("callTopic")} />
        </FormField>
      )}
      {programme === "other" ? (
        <FormField id="interest-call" label="Call or topic (optional)" errors={fieldErrors(state, "callTopic")} className="sm:col-span-2">
          <Input name="callTopic" maxLength={120} defaultValue={value("callTopic")} />
        </FormField>
      ) : null}
    </>
  );
}
