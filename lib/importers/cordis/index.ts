// CORDIS importers: pure parsers from a CSV row to a typed row or a rejection, one per file kind,
// and the catalogue of files with a streaming reader. The loader is db/load/cordis.ts.
export * from "./fields";
export * from "./files";
export * from "./h2020";
export * from "./horizon-europe";
export * from "./participations";
export * from "./check";
