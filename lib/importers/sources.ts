// The data sources Consortia knows, with the attribution each licence asks for.
export const DATA_SOURCES = {
  cordisHe: {
    id: "cordis-he",
    name: "CORDIS – EU research projects under Horizon Europe (2021-2027)",
    publisher: "Publications Office of the European Union / CORDIS",
    licence: "CC BY 4.0",
    attribution: "Source: CORDIS, © European Union, CC BY 4.0",
    url: "https://cordis.europa.eu/",
  },
  cordisH2020: {
    id: "cordis-h2020",
    name: "CORDIS – EU research projects under Horizon 2020 (2014-2020)",
    publisher: "Publications Office of the European Union / CORDIS",
    licence: "CC BY 4.0",
    attribution: "Source: CORDIS, © European Union, CC BY 4.0",
    url: "https://cordis.europa.eu/",
  },
  nuts: {
    id: "eurostat-nuts",
    name: "NUTS classification (2016, 2021, 2024)",
    publisher: "Eurostat",
    licence: "Reuse authorised with acknowledgement (Commission Decision 2011/833/EU)",
    attribution: "Source: Eurostat, NUTS classification",
    url: "https://ec.europa.eu/eurostat/web/nuts",
  },
  keep: {
    id: "keep",
    name: "KEEP-style Interreg project pages",
    publisher: "keep.eu (Interact) and the programmes' own project pages",
    licence: "Facts from public project pages",
    attribution: "Source: KEEP project pages (keep.eu, Interact), as published by the projects",
    url: "https://keep.eu/",
  },
  interregProgrammes: {
    id: "interreg-programmes",
    name: "Interreg programmes 2021-2027 (transnational and interregional), with the programmes of earlier periods they continue",
    publisher: "European Commission (DG REGIO) and the programmes' own sites; list compiled for Consortia",
    licence: "Facts (programme names and periods) from public pages; © European Union, reuse authorised (Commission Decision 2011/833/EU)",
    attribution: "Source: European Commission, Interreg 2021-2027 programmes",
    url: "https://ec.europa.eu/regional_policy/policy/cooperation/european-territorial_en",
  },
} as const;

export type DataSourceKey = keyof typeof DATA_SOURCES;

/** Each attribution once, with its link: what a page, the JSON API and an export of the data cite. */
export const ATTRIBUTIONS: readonly { text: string; url: string }[] = [
  ...new Map(Object.values(DATA_SOURCES).map((s) => [s.attribution, { text: s.attribution, url: s.url }])).values(),
];
