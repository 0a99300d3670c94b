import { describe, expect, it } from "vitest";
import { domainsMatch, websiteDomain } from "./domain";

describe("websiteDomain", () => {
  it("reads the host of what people and sources write as a website", () => {
    expect(websiteDomain("http://www.zsi.at")).toBe("zsi.at");
    expect(websiteDomain("https://WWW.TUDelft.nl/en/about")).toBe("tudelft.nl");
    expect(websiteDomain("www.cnr.it")).toBe("cnr.it");
    expect(websiteDomain("cnrs.fr/")).toBe("cnrs.fr");
    expect(websiteDomain("https://www.wur.nl/en/research-results/x.htm")).toBe("wur.nl");
    expect(websiteDomain("https://research.example-uni.eu")).toBe("research.example-uni.eu");
  });

  it("refuses what is not a website", () => {
    expect(websiteDomain("")).toBeNull();
    expect(websiteDomain(null)).toBeNull();
    expect(websiteDomain("localhost")).toBeNull();
    expect(websiteDomain("http://10.0.0.1")).toBeNull();
    expect(websiteDomain("javascript:alert(1)")).toBeNull();
    expect(websiteDomain("mailto:x@zsi.at")).toBeNull();
  });
});

describe("domainsMatch", () => {
  it("needs the e-mail domain to equal the website's domain", () => {
    expect(domainsMatch("zsi.at", "zsi.at")).toBe(true);
    expect(domainsMatch("ZSI.at", websiteDomain("http://www.zsi.at"))).toBe(true);
    expect(domainsMatch("mail.zsi.at", "zsi.at")).toBe(false);
    expect(domainsMatch("zsi.at.evil.com", "zsi.at")).toBe(false);
    expect(domainsMatch("zsi.at", null)).toBe(false);
  });

  it("never counts a personal mail service, even if a record names it as its website", () => {
    expect(domainsMatch("gmail.com", "gmail.com")).toBe(false);
  });
});
