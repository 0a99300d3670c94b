// Long text from a source (description, results): paragraphs at blank lines, line breaks kept,
// in the language it was written in.
import { cn } from "./ui/utils";

export function LongText({ text, lang, className }: { text: string; lang?: string; className?: string }) {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <div lang={lang} className={cn("max-w-prose space-y-3 leading-relaxed text-pretty text-foreground/90", className)}>
      {paragraphs.map((p, i) => (
        <p key={i} className="whitespace-pre-line">
          {p}
        </p>
      ))}
    </div>
  );
}
