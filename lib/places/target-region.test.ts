import { describe, expect, it } from "vitest";
import { targetRegionOf } from "./target-region";

describe("targetRegionOf", () => {
  it("finds the most precise target region a place is in, by NUTS prefix or country", () => {
    expect(targetRegionOf({ countryCode: "AT", nutsCode: "AT221" }, ["AT", "AT22", "SI"])).toBe("AT22");
    expect(targetRegionOf({ countryCode: "AT", nutsCode: "AT130" }, ["AT22", "AT"])).toBe("AT");
    expect(targetRegionOf({ countryCode: "AT", nutsCode: "AT130" }, ["AT1", "AT13"])).toBe("AT13");
  });

  it("finds none without a match, a NUTS code or target regions", () => {
    expect(targetRegionOf({ countryCode: "AT", nutsCode: null }, ["AT22"])).toBeNull();
    expect(targetRegionOf({ countryCode: "SI", nutsCode: "SI032" }, [])).toBeNull();
    expect(targetRegionOf({ countryCode: "SI", nutsCode: "SI032" }, ["AT", "HU"])).toBeNull();
  });
});
