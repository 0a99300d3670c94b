"use client";
// "Messages" in the header with the number of unread conversations, kept fresh by polling
// GET /api/messages/unread every 20 seconds (and when the window regains focus).
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { Mail } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

async function fetchUnread(): Promise<number> {
  const response = await fetch("/api/messages/unread", { cache: "no-store" });
  if (!response.ok) return 0;
  return ((await response.json()) as { unread: number }).unread;
}

function Count({ initial }: { initial: number }) {
  const t = useTranslations("messages.header");
  const { data, refetch } = useQuery({ queryKey: ["messages", "unread"], queryFn: fetchUnread, initialData: initial, refetchInterval: 20_000, refetchOnWindowFocus: true });
  useEffect(() => {
    const again = () => void refetch();
    window.addEventListener("consortia:messages-read", again);
    return () => window.removeEventListener("consortia:messages-read", again);
  }, [refetch]);
  const unread = data ?? 0;
  return (
    <Link href="/messages" className="relative flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium hover:bg-muted" aria-label={unread ? t("linkUnread", { count: unread }) : t("link")}>
      <Mail aria-hidden className="size-5 text-primary" />
      <span className="hidden xl:inline">{t("link")}</span>
      {unread ? (
        <span data-testid="unread-count" className="min-w-5 rounded-full bg-primary px-1.5 text-center text-xs leading-5 font-semibold text-primary-foreground">
          {unread}
        </span>
      ) : null}
    </Link>
  );
}

export function UnreadLink({ initial }: { initial: number }) {
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <Count initial={initial} />
    </QueryClientProvider>
  );
}
