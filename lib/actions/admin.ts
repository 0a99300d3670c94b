"use server";
// Site administrators' actions: deciding claims (pending and disputed).
import { and, eq, ne } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { refreshOpenInterestsOf } from "@/db/interests/refresh";
import { noteChangedOrganisations } from "@/db/interests/stale";
import { claims } from "@/db/schema/members";
import { requireAdmin } from "@/lib/current-user";
import { AppError } from "@/lib/errors";
import { decideClaimInput } from "@/lib/validation/organisations";
import { localise } from "@/lib/i18n/reader";
import { isoDate } from "@/lib/interests/options";
import { say } from "@/lib/i18n/say";
import { fail, formToObject, fromError, ok, type ActionResult } from "./result";

/**
 * Verifies or rejects a claim. Verifying a disputed claim moves the record: the organisation
 * that held it loses it (its claim becomes rejected, with the administrator's note).
 */
export async function decideClaim(_: ActionResult, form: FormData): Promise<ActionResult<{ id: number; status: "verified" | "rejected" }>> {
  return localise(await decide(form));
}

async function decide(form: FormData): Promise<ActionResult<{ id: number; status: "verified" | "rejected" }>> {
  try {
    const admin = await requireAdmin();
    const parsed = decideClaimInput.safeParse(formToObject(form));
    if (!parsed.success) return fail(parsed.error);
    const { claimId, decision, note } = parsed.data;
    const status = decision === "verify" ? "verified" : "rejected";
    const { organisationId, changed } = await getDb().transaction(async (tx) => {
      const [claim] = await tx.select().from(claims).where(eq(claims.id, claimId)).for("update");
      if (!claim) throw new AppError("not_found", say("admin.claims.notFound"));
      if (claim.status === status) return { organisationId: claim.organisationId, changed: [] as number[] };
      // The organisations whose verified records change: the claimant's, and the former holder's when the record moves.
      const changed = claim.status === "verified" || status === "verified" ? [claim.profileId] : [];
      if (status === "verified") {
        const moved = await tx
          .update(claims)
          .set({ status: "rejected", note: note ?? say("admin.claims.movedNote"), decidedByUserId: admin.id, decidedAt: new Date(), updatedAt: new Date() })
          .where(and(eq(claims.organisationId, claim.organisationId), eq(claims.status, "verified"), ne(claims.id, claim.id)))
          .returning({ profileId: claims.profileId });
        changed.push(...moved.map((m) => m.profileId));
      }
      const [updated] = await tx
        .update(claims)
        .set({ status, method: "admin", note: note ?? claim.note, decidedByUserId: admin.id, decidedAt: new Date(), updatedAt: new Date() })
        .where(eq(claims.id, claimId))
        .returning({ organisationId: claims.organisationId });
      if (!updated) throw new AppError("conflict", say("admin.claims.changed"));
      // Their interests' matches rest on their records (never matched, their network counted).
      await refreshOpenInterestsOf(tx, changed, isoDate(new Date()));
      return { organisationId: updated.organisationId, changed };
    });
    // Other members' matches listing the record count its holder's profile and interests.
    if (changed.length > 0) await noteChangedOrganisations(getDb(), { profileIds: changed, organisationIds: [organisationId] });
    revalidatePath("/admin/claims");
    revalidatePath(`/organisations/${organisationId}`);
    return ok({ id: claimId, status }, status === "verified" ? say("admin.claims.verified") : say("admin.claims.rejectedDone"));
  } catch (error) {
    return fromError(error);
  }
}
