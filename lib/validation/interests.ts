// What the interest forms accept: publish and edit (the same fields), renew, close, recompute,
// dismiss. FormData strings are coerced; empty optional fields become null.
import { z } from "zod";
import { budgetBands, interestRoles, MAX_LIFETIME_DAYS, visibilities } from "@/lib/interests/options";
import { organisationTypes } from "@/lib/organisation-types";
import { say } from "@/lib/i18n/say";
import { profileId } from "./organisations";

const optionalText = (max: number, label: "programmeName" | "callTopic") =>
  z
    .string()
    .trim()
    .max(max, say(`validation.tooLongField.${label}`, { max }))
    .optional()
    .transform((v) => (v ? v : null));

export const interestId = z.coerce.number({ error: say("validation.interest.choose") }).int().positive(say("validation.interest.choose"));

/** YYYY-MM-DD, after today and at most two years ahead; empty means the default (90 days). */
const deadline = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), say("validation.interest.dateFormat"))
  .refine((v) => v === null || v > new Date().toISOString().slice(0, 10), say("validation.interest.dateAfterToday"))
  .refine(
    (v) => v === null || Date.parse(`${v}T00:00:00Z`) <= Date.now() + MAX_LIFETIME_DAYS * 86_400_000,
    say("validation.interest.dateWithinTwoYears"),
  );

/** Country codes (two letters) or NUTS codes, typed or picked, separated by commas or spaces. */
const regionList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    [...new Set((Array.isArray(v) ? v : [v ?? ""]).flatMap((s) => s.split(/[\s,;]+/)).map((s) => s.trim().toUpperCase()).filter(Boolean))],
  )
  .refine((codes) => codes.every((c) => /^[A-Z]{2}[A-Z0-9]{0,3}$/.test(c)), say("validation.interest.regions"))
  .refine((codes) => codes.length <= 30, say("validation.interest.regionsMax", { max: 30 }));

export const interestInput = z
  .object({
    title: z.string().trim().min(5, say("validation.interest.title")).max(200, say("validation.atMost", { max: 200 })),
    description: z
      .string()
      .trim()
      .min(20, say("validation.interest.description"))
      .max(5000, say("validation.atMost", { max: 5000 })),
    programme: z
      .string({ error: say("validation.interest.programme") })
      .trim()
      .refine((v) => v === "other" || /^\d+$/.test(v), say("validation.interest.programme")),
    programmeOther: optionalText(200, "programmeName"),
    callTopic: optionalText(120, "callTopic"),
    themeIds: z.array(z.coerce.number().int().positive()).max(20, say("validation.interest.themesMax", { max: 20 })).default([]),
    targetRegions: regionList,
    partnerTypes: z.array(z.enum(organisationTypes as [string, ...string[]], { error: say("validation.interest.types") })).max(10).default([]),
    wantedCountries: z.array(z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, say("validation.interest.countries"))).max(60).default([]),
    /** A checkbox: "true" when ticked, absent when not. */
    newPartnersOnly: z
      .enum(["true"], { error: say("validation.interest.newPartnersOnly") })
      .optional()
      .transform((v) => v === "true"),
    ownRole: z.enum(interestRoles as [string, ...string[]], { error: say("validation.interest.role") }),
    budgetBand: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || (budgetBands as string[]).includes(v), say("validation.interest.budget")),
    deadline,
    visibility: z.enum(visibilities as [string, ...string[]], { error: say("validation.interest.visibility") }).default("members"),
  })
  .superRefine((v, ctx) => {
    if (v.programme === "other" && !v.programmeOther) {
      ctx.addIssue({ code: "custom", path: ["programmeOther"], message: say("validation.interest.programmeName") });
    }
  });

export type InterestInput = z.infer<typeof interestInput>;

export const publishInterestInput = interestInput.and(
  z.object({
    profileId,
    /** A one-time key rendered into the form: re-submitting it finds the interest already published. */
    creationKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, say("forms.reload")),
  }),
);

export const updateInterestInput = interestInput.and(z.object({ interestId }));

export const renewInterestInput = z.object({ interestId, deadline });

export const interestOnlyInput = z.object({ interestId });

export const dismissMatchInput = z
  .object({
    interestId,
    organisationId: z.coerce.number().int().positive().optional().or(z.literal("").transform(() => undefined)),
    profileId: z.coerce.number().int().positive().optional().or(z.literal("").transform(() => undefined)),
  })
  .refine((v) => v.organisationId !== undefined || v.profileId !== undefined, say("validation.interest.match"));
