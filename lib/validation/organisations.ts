// What the organisation forms accept: the profile, invitations, members, claims.
import { z } from "zod";
import { organisationTypes } from "@/lib/organisation-types";
import { websiteDomain } from "@/lib/organisations/domain";
import { languageCodes, programmeFamilies } from "@/lib/organisations/profile-options";
import { say } from "@/lib/i18n/say";
import { emailField } from "./accounts";

const optionalText = (max: number, label: "city" | "website" | "description" | "contactRole" | "note") =>
  z
    .string()
    .trim()
    .max(max, say(`validation.tooLongField.${label}`, { max }))
    .optional()
    .transform((v) => (v ? v : null));

export const profileId = z.coerce.number({ error: say("validation.organisation.choose") }).int().positive(say("validation.organisation.choose"));

export const organisationInput = z.object({
  name: z.string().trim().min(2, say("validation.organisation.name")).max(200, say("validation.atMost", { max: 200 })),
  type: z.enum(organisationTypes as [string, ...string[]], { error: say("validation.organisation.type") }),
  countryCode: z.string().trim().regex(/^[A-Z]{2}$/, say("validation.organisation.country")),
  nutsCode: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.toUpperCase() : null))
    .refine((v) => v === null || /^[A-Z]{2}[A-Z0-9]{1,3}$/.test(v), say("validation.organisation.region")),
  city: optionalText(120, "city"),
  website: optionalText(300, "website").refine((v) => v === null || websiteDomain(v) !== null, say("validation.organisation.website")),
  description: optionalText(5000, "description"),
  pic: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^\d{9}$/.test(v), say("validation.organisation.pic")),
  themeIds: z.array(z.coerce.number().int().positive()).max(30, say("validation.interest.themesMax", { max: 30 })).default([]),
  programmes: z.array(z.enum(programmeFamilies)).max(programmeFamilies.length).default([]),
  languages: z.array(z.enum(languageCodes as [string, ...string[]])).max(40).default([]),
  contactRole: optionalText(120, "contactRole"),
});

export type OrganisationInput = z.infer<typeof organisationInput>;

export const createOrganisationInput = organisationInput.extend({
  /** A one-time key rendered into the form: re-submitting it finds the organisation already made. */
  creationKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, say("forms.reload")),
});

export const updateOrganisationInput = organisationInput.extend({ profileId });

export const inviteInput = z.object({ profileId, email: emailField });

export const memberInput = z.object({ profileId, userId: z.string().min(1).max(64) });

export const claimInput = z.object({ profileId, organisationId: z.coerce.number().int().positive() });

export const disputeInput = claimInput.extend({
  note: z.string().trim().min(10, say("validation.organisation.disputeNote")).max(2000, say("validation.atMost", { max: 2000 })),
});

export const decideClaimInput = z.object({
  claimId: z.coerce.number().int().positive(),
  decision: z.enum(["verify", "reject"]),
  note: optionalText(2000, "note"),
});
