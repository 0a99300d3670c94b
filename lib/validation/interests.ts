// What the interest forms accept: publish and edit (the same fields), renew, close, recompute,
// dismiss. FormData strings are coerced; empty optional fields become null.
import { z } from "zod";
import { budgetBands, interestRoles, MAX_LIFETIME_DAYS, visibilities } from "@/lib/interests/options";
import { organisationTypes } from "@/lib/organisation-types";
import { profileId } from "./organisations";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}: use at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : null));

export const interestId = z.coerce.number({ error: "Choose an interest." }).int().positive("Choose an interest.");

/** YYYY-MM-DD, after today and at most two years ahead; empty means the default (90 days). */
const deadline = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), "Enter a date such as 2027-03-31.")
  .refine((v) => v === null || v > new Date().toISOString().slice(0, 10), "Choose a date after today.")
  .refine(
    (v) => v === null || Date.parse(`${v}T00:00:00Z`) <= Date.now() + MAX_LIFETIME_DAYS * 86_400_000,
    `Choose a date within two years; you can renew the interest later.`,
  );

/** Country codes (two letters) or NUTS codes, typed or picked, separated by commas or spaces. */
const regionList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    [...new Set((Array.isArray(v) ? v : [v ?? ""]).flatMap((s) => s.split(/[\s,;]+/)).map((s) => s.trim().toUpperCase()).filter(Boolean))],
  )
  .refine((codes) => codes.every((c) => /^[A-Z]{2}[A-Z0-9]{0,3}$/.test(c)), "Use country codes (AT) or NUTS codes (AT22), separated by commas.")
  .refine((codes) => codes.length <= 30, "Give at most 30 regions.");

export const interestInput = z
  .object({
    title: z.string().trim().min(5, "Give the interest a title of at least 5 characters.").max(200, "Use at most 200 characters."),
    description: z
      .string()
      .trim()
      .min(20, "Describe the project and the partners you look for in at least 20 characters.")
      .max(5000, "Use at most 5,000 characters."),
    programme: z
      .string({ error: "Choose a programme, or “Other”." })
      .trim()
      .refine((v) => v === "other" || /^\d+$/.test(v), "Choose a programme, or “Other”."),
    programmeOther: optionalText(200, "Programme name"),
    callTopic: optionalText(120, "Call or topic"),
    themeIds: z.array(z.coerce.number().int().positive()).max(20, "Choose at most 20 themes.").default([]),
    targetRegions: regionList,
    partnerTypes: z.array(z.enum(organisationTypes as [string, ...string[]], { error: "Choose types from the list." })).max(10).default([]),
    wantedCountries: z.array(z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Choose countries from the list.")).max(60).default([]),
    ownRole: z.enum(interestRoles as [string, ...string[]], { error: "Say whether you would coordinate or be a partner." }),
    budgetBand: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || (budgetBands as string[]).includes(v), "Choose a budget band from the list."),
    deadline,
    visibility: z.enum(visibilities as [string, ...string[]], { error: "Choose who may see the interest." }).default("members"),
  })
  .superRefine((v, ctx) => {
    if (v.programme === "other" && !v.programmeOther) {
      ctx.addIssue({ code: "custom", path: ["programmeOther"], message: "Name the programme." });
    }
  });

export type InterestInput = z.infer<typeof interestInput>;

export const publishInterestInput = interestInput.and(
  z.object({
    profileId,
    /** A one-time key rendered into the form: re-submitting it finds the interest already published. */
    creationKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, "Reload the page and try again."),
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
  .refine((v) => v.organisationId !== undefined || v.profileId !== undefined, "Choose a match.");
