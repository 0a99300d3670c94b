// What the organisation forms accept: the profile, invitations, members, claims.
import { z } from "zod";
import { organisationTypes } from "@/lib/organisation-types";
import { websiteDomain } from "@/lib/organisations/domain";
import { languageCodes, programmeFamilies } from "@/lib/organisations/profile-options";
import { emailField } from "./accounts";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}: use at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : null));

export const profileId = z.coerce.number({ error: "Choose an organisation." }).int().positive("Choose an organisation.");

export const organisationInput = z.object({
  name: z.string().trim().min(2, "Enter the organisation's name.").max(200, "Use at most 200 characters."),
  type: z.enum(organisationTypes as [string, ...string[]], { error: "Choose the organisation's type." }),
  countryCode: z.string().trim().regex(/^[A-Z]{2}$/, "Choose a country."),
  nutsCode: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.toUpperCase() : null))
    .refine((v) => v === null || /^[A-Z]{2}[A-Z0-9]{1,3}$/.test(v), "Choose a region from the list."),
  city: optionalText(120, "City"),
  website: optionalText(300, "Website").refine((v) => v === null || websiteDomain(v) !== null, "Enter a website address such as https://www.example.eu."),
  description: optionalText(5000, "Description"),
  pic: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^\d{9}$/.test(v), "A PIC has nine digits."),
  themeIds: z.array(z.coerce.number().int().positive()).max(30, "Choose at most 30 themes.").default([]),
  programmes: z.array(z.enum(programmeFamilies)).max(programmeFamilies.length).default([]),
  languages: z.array(z.enum(languageCodes as [string, ...string[]])).max(40).default([]),
  contactRole: optionalText(120, "Contact person's role"),
});

export type OrganisationInput = z.infer<typeof organisationInput>;

export const createOrganisationInput = organisationInput.extend({
  /** A one-time key rendered into the form: re-submitting it finds the organisation already made. */
  creationKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, "Reload the page and try again."),
});

export const updateOrganisationInput = organisationInput.extend({ profileId });

export const inviteInput = z.object({ profileId, email: emailField });

export const memberInput = z.object({ profileId, userId: z.string().min(1).max(64) });

export const claimInput = z.object({ profileId, organisationId: z.coerce.number().int().positive() });

export const disputeInput = claimInput.extend({
  note: z.string().trim().min(10, "Say in a sentence why this record is your organisation's.").max(2000, "Use at most 2000 characters."),
});

export const decideClaimInput = z.object({
  claimId: z.coerce.number().int().positive(),
  decision: z.enum(["verify", "reject"]),
  note: optionalText(2000, "Note"),
});
