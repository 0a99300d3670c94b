// Whether an interest says enough to be matched. Matching needs something about the project's
// subject: a theme, a programme of the knowledge base or a known call topic, or a description
// with a few words that are not generic partner-search words ("looking for partners for a
// project"). Without any, the list would be mere popularity, so the form asks for more.

/** Words every partner search uses: they say nothing about the subject. */
const GENERIC = new Set(
  (
    "about also and are but can could for from have into looking look more need needed needs our ours partner partners " +
    "project projects proposal consortium consortia search seeking seek some such than that the their them then there " +
    "these they this those through want wanted wants were what when where which while who will with would your " +
    "organisation organisations organization organizations interest interested call calls other others new good " +
    "european europe country countries together cooperation collaborate collaboration"
  ).split(" "),
);

/** The distinct words of four letters or more that are not generic, lower-cased, accents kept. */
import { say } from "@/lib/i18n/say";

export function subjectWords(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}[\p{L}\p{N}-]{3,}/gu) ?? [];
  return [...new Set(words.filter((w) => !GENERIC.has(w)))];
}

/** How many subject words a text must have to count as a signal on its own. */
export const MIN_SUBJECT_WORDS = 3;

export interface SignalInput {
  title: string;
  description: string;
  themeIds: readonly number[];
  /** A programme of the knowledge base (not "other"). */
  programmeId: number | null;
  /** The call topic is one the knowledge base knows. */
  knownTopic: boolean;
}

export const NO_SIGNAL_MESSAGE = say("interests.actions.noSignal");

/** Null when the interest can be matched, else what to add. */
export function missingSignal(input: SignalInput): string | null {
  if (input.themeIds.length > 0 || input.programmeId !== null || input.knownTopic) return null;
  if (subjectWords(`${input.title} ${input.description}`).length >= MIN_SUBJECT_WORDS) return null;
  return NO_SIGNAL_MESSAGE;
}
