"use client";
// The call or topic of an interest: typed as a code, or found by the words of its title
// ("forest value chains" → HORIZON-JU-CBE-2023-R-02) among the topics of the knowledge base's
// projects. Whatever is typed is sent as it is (an Interreg call has no topic code here); a code
// the knowledge base knows is confirmed with its title.
import { useQuery } from "@tanstack/react-query";
import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useDeferredValue, useId, useState } from "react";
import { fetchList } from "@/components/forms/fetch-list";
import { Input } from "@/components/ui/input";

interface Topic {
  code: string;
  title: string | null;
}

/** The props FormField gives its control (id, aria-describedby, aria-invalid) reach the input. */
interface TopicFieldProps {
  name: string;
  defaultValue: string;
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}

/** Inside a FormQueryClient (the interest form). */
export function TopicField({ name, defaultValue, ...aria }: TopicFieldProps) {
  const t = useTranslations("forms.topics");
  const id = useId();
  const [value, setValue] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const query = useDeferredValue(value.trim());
  const { data: topics = [] } = useQuery({
    queryKey: ["topics", query],
    queryFn: () => fetchList<Topic>(`/api/topics?q=${encodeURIComponent(query)}`, "topics"),
    enabled: query.length >= 3,
    staleTime: 5 * 60_000,
  });
  const known = topics.find((topic) => topic.code.toUpperCase() === value.trim().toUpperCase());
  const suggestions = open && !known ? topics : [];

  return (
    <div className="flex flex-col gap-1.5">
      <Input
        name={name}
        maxLength={120}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setOpen(true);
        }}
        autoComplete="off"
        aria-controls={`${id}-topics`}
        {...aria}
      />
      <div id={`${id}-topics`} aria-live="polite">
        {known ? (
          <p className="flex items-start gap-1.5 text-xs text-muted-foreground">
            <Check className="mt-0.5 size-3.5 shrink-0 text-primary" aria-hidden />
            <span>{t("known", { title: known.title ?? known.code })}</span>
          </p>
        ) : suggestions.length > 0 ? (
          <ul className="flex flex-col divide-y rounded-md border bg-card" aria-label={t("found")}>
            {suggestions.map((topic) => (
              <li key={topic.code}>
                <button
                  type="button"
                  onClick={() => {
                    setValue(topic.code);
                    setOpen(false);
                  }}
                  className="flex w-full flex-col px-3 py-2 text-left text-sm hover:bg-accent focus-visible:bg-accent focus-visible:outline-none"
                  aria-label={t("choose", { code: topic.code })}
                >
                  <span className="font-medium">{topic.code}</span>
                  {topic.title ? <span className="text-xs text-muted-foreground">{topic.title}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
