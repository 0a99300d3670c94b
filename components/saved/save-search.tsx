// "Save search" beside a search (/search, /projects, /organisations, /interests) or an interest's match list:
// one line where it is used. Signed out, it links to sign in and back; signed in, it opens the
// small form (save-search-form.tsx) that saves the page's URL state with a name and an alert.
import { Bookmark } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { unstable_rethrow } from "next/navigation";
import { getCurrentUser } from "@/lib/current-user";
import { LazySaveSearchForm as SaveSearchForm } from "@/components/lazy-client";
import { SignInToSave } from "./sign-in-to-save";

export async function SaveSearch({ path, defaultName }: { path: string; defaultName?: string }) {
  const t = await getTranslations("saved.button");
  let signedIn = false;
  try {
    signedIn = (await getCurrentUser()) !== null;
  } catch (error) {
    unstable_rethrow(error);
  }
  const kind = path.startsWith("/interests/") ? "interest" : path === "/interests" ? "interests" : path === "/organisations" ? "organisations" : "projects";
  if (!signedIn) return <SignInToSave path={path} label={t("signInToSave")} icon={<Bookmark aria-hidden className="size-4" />} />;
  return <SaveSearchForm path={path} defaultName={defaultName ?? t(`defaultName.${kind}`)} />;
}
