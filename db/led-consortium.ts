// "Coordinated" counts the consortia an organisation led (lib/projects.ts ledConsortium): a project
// it coordinated where another organisation took part as a beneficiary (coordinator or partner; an
// associated partner, such as a fellowship's secondment host, or a linked third party is not one),
// or an Interreg project (always a partnership; a KEEP record may list its lead partner only). The
// database functions of migration 0027 count the same way.
import { sql, type SQL } from "drizzle-orm";

/** The participation role is a beneficiary's (lib/projects.ts isBeneficiary). */
export function beneficiaryRole(role: SQL): SQL {
  return sql`${role} in ('coordinator', 'partner')`;
}

/** Another organisation took part in the project as a beneficiary. */
export function anotherBeneficiary(projectId: SQL, organisationId: SQL): SQL {
  return sql`exists (select 1 from participations xb where xb.project_id = ${projectId} and xb.organisation_id <> ${organisationId} and ${beneficiaryRole(sql`xb.role`)})`;
}

/** The project is an Interreg one. */
export function interregProject(projectId: SQL): SQL {
  return sql`exists (select 1 from projects xp join programmes xg on xg.id = xp.programme_id where xp.id = ${projectId} and xg.family ilike 'interreg%')`;
}

/** With the coordinator role, a consortium led: another beneficiary took part, or it is an Interreg project. */
export function consortiumOf(projectId: SQL, organisationId: SQL): SQL {
  return sql`(${anotherBeneficiary(projectId, organisationId)} or ${interregProject(projectId)})`;
}
