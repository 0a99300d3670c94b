import { useTranslations } from "next-intl";
import { projectStatus, projectStatusKeys } from "@/lib/projects";
import { Badge } from "./ui/badge";

/** The status derived from dates and the source's own status; nothing when it cannot be told. */
export function ProjectStatusBadge({ start, end, status, today }: { start: string | null; end: string | null; status: string | null; today: string }) {
  const t = useTranslations("labels.projectStatus");
  const derived = projectStatus(start, end, status, today);
  if (!derived) return null;
  const variant = derived === "Ongoing" ? "success" : derived === "Not started" ? "warning" : "muted";
  return <Badge variant={variant}>{t(projectStatusKeys[derived])}</Badge>;
}

/** Today as YYYY-MM-DD (UTC): the day project statuses are computed for. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
