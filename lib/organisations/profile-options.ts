// The choices of an organisation profile that are not in the database: programme families and
// working languages (ISO 639-1). Pure: shared by the form, the validation and the pages.

export const programmeFamilies = [
  "Interreg",
  "Horizon Europe",
  "Horizon 2020",
  "Erasmus+",
  "LIFE",
  "Single Market Programme (COSME)",
  "Digital Europe",
  "Creative Europe",
  "CERV",
  "EU4Health",
  "Other EU programmes",
] as const;

export const languageNames = {
  bg: "Bulgarian", hr: "Croatian", cs: "Czech", da: "Danish", nl: "Dutch", en: "English", et: "Estonian", fi: "Finnish",
  fr: "French", de: "German", el: "Greek", hu: "Hungarian", ga: "Irish", it: "Italian", lv: "Latvian", lt: "Lithuanian",
  mt: "Maltese", pl: "Polish", pt: "Portuguese", ro: "Romanian", sk: "Slovak", sl: "Slovenian", es: "Spanish", sv: "Swedish",
  sq: "Albanian", bs: "Bosnian", ca: "Catalan", is: "Icelandic", mk: "Macedonian", no: "Norwegian", sr: "Serbian", tr: "Turkish", uk: "Ukrainian",
} as const satisfies Record<string, string>;

export type LanguageCode = keyof typeof languageNames;
export const languageCodes = Object.keys(languageNames) as LanguageCode[];

export function languageName(code: string): string {
  return (languageNames as Record<string, string>)[code] ?? code;
}
