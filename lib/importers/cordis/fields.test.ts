import { describe, expect, it } from "vitest";
import { collapseRepeats, money, normaliseWebsite, optionalDate, optionalRecordTime, splitList } from "./fields";

describe("normaliseWebsite", () => {
  it.each([
    ["www.tugraz.at", "https://www.tugraz.at"],
    ["http://www.belspo.be", "http://www.belspo.be"],
    ["https://www.lametro.fr", "https://www.lametro.fr"],
    ["www.hap-dresden.de; www.hap.eu", "https://www.hap-dresden.de"],
    ["http://www.itri.org.tw/eng/", "http://www.itri.org.tw/eng/"],
    ["", null],
    ["n/a", null],
    ["mailto:info@example.org", null],
  ])("%s → %s", (raw, expected) => expect(normaliseWebsite(raw)).toBe(expected));
});

describe("money", () => {
  it("keeps decimal strings exact for a numeric column", () => {
    expect(money.parse("1971987.5")).toBe("1971987.5");
    expect(money.parse("1971987,5")).toBe("1971987.5");
    expect(money.parse(" ")).toBeNull();
    expect(money.safeParse("1e6").success).toBe(false);
    expect(money.safeParse("123456789012345").success).toBe(false);
  });
});

describe("lists", () => {
  it("collapses repeated values and splits joined ones", () => {
    expect(collapseRepeats("PRC;PRC")).toBe("PRC");
    expect(collapseRepeats("FI;SE")).toEqual({ ambiguous: ["FI", "SE"] });
    expect(splitList("A| B |")).toEqual(["A", "B"]);
    expect(splitList(null)).toEqual([]);
  });
});

describe("dates", () => {
  it("accepts real days only", () => {
    expect(optionalDate.parse("2020-02-29")).toBe("2020-02-29");
    expect(optionalDate.safeParse("2019-02-29").success).toBe(false);
    expect(optionalDate.safeParse("1900-02-29").success).toBe(false);
    expect(optionalDate.safeParse("2017-13-01").success).toBe(false);
    expect(optionalDate.safeParse("2017-04-31").success).toBe(false);
    expect(optionalRecordTime.parse("2024-05-29 10:11:12")).toBe("2024-05-29 10:11:12");
  });
});
