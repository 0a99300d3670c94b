// The message catalogues: one JSON file per namespace per language under messages/<locale>/.
// English is the reference: its files give the Messages type (so an unknown key fails tsc) and
// messages.test.ts fails when another language lacks a key English has, or has one it lacks.
// To add a namespace: write messages/{en,fr,de,pl}/<name>.json and list it in `english` below.
import type { Locale } from "./config";
import account from "./messages/en/account.json";
import admin from "./messages/en/admin.json";
import auth from "./messages/en/auth.json";
import charts from "./messages/en/charts.json";
import common from "./messages/en/common.json";
import consortium from "./messages/en/consortium.json";
import errors from "./messages/en/errors.json";
import forms from "./messages/en/forms.json";
import home from "./messages/en/home.json";
import interests from "./messages/en/interests.json";
import labels from "./messages/en/labels.json";
import mail from "./messages/en/mail.json";
import matching from "./messages/en/matching.json";
import messages from "./messages/en/messages.json";
import organisations from "./messages/en/organisations.json";
import profile from "./messages/en/profile.json";
import projects from "./messages/en/projects.json";
import regions from "./messages/en/regions.json";
import saved from "./messages/en/saved.json";
import search from "./messages/en/search.json";
import shortlists from "./messages/en/shortlists.json";
import validation from "./messages/en/validation.json";

export const english = { account, admin, auth, charts, common, consortium, errors, forms, home, interests, labels, mail, matching, messages, organisations, profile, projects, regions, saved, search, shortlists, validation };

export type Messages = typeof english;
export type Namespace = keyof Messages;
export const NAMESPACES = Object.keys(english) as Namespace[];

export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === "en") return english;
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => [namespace, (await import(`./messages/${locale}/${namespace}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Messages;
}
