import { describe, expect, it } from "vitest";
import { activityFacts, bucketActivity, describeActivity } from "./activity";

describe("bucketActivity", () => {
  it("fills the years between the first and the last with zeros, per family", () => {
    const a = bucketActivity([
      { year: 2016, family: "Horizon 2020", projects: 2 },
      { year: 2019, family: "Horizon 2020", projects: 1 },
      { year: 2019, family: "Interreg", projects: 3 },
    ]);
    expect(a.years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019]);
    expect(a.years.map((y) => y.total)).toEqual([2, 0, 0, 4]);
    expect(a.years[3]!.counts).toEqual({ "Horizon 2020": 1, Interreg: 3 });
    expect(a.years[1]!.counts).toEqual({ "Horizon 2020": 0, Interreg: 0 });
    expect(a.families).toEqual(["Horizon 2020", "Interreg"]);
    expect(a.busiest?.year).toBe(2019);
    expect(a.total).toBe(6);
  });

  it("keeps undated projects out of the years but counts them", () => {
    const a = bucketActivity([
      { year: null, family: "Interreg", projects: 5 },
      { year: 2020, family: "Horizon Europe", projects: 1 },
    ]);
    expect(a.years).toHaveLength(1);
    expect(a.undated).toBe(5);
    expect(a.total).toBe(6);
    expect(a.families).toEqual(["Horizon Europe"]);
  });

  it("adds up groups of the same year and family", () => {
    const a = bucketActivity([
      { year: 2021, family: "Interreg", projects: 1 },
      { year: 2021, family: "Interreg", projects: 2 },
    ]);
    expect(a.years).toEqual([{ year: 2021, counts: { Interreg: 3 }, total: 3 }]);
  });

  it("clips a long span to its latest years", () => {
    const a = bucketActivity(
      [
        { year: 1990, family: "Interreg", projects: 1 },
        { year: 2024, family: "Interreg", projects: 1 },
      ],
      10,
    );
    expect(a.years[0]!.year).toBe(2015);
    expect(a.years.at(-1)!.year).toBe(2024);
    expect(a.years).toHaveLength(10);
  });

  it("gives nothing to draw for no data", () => {
    expect(bucketActivity([])).toEqual({ years: [], families: [], undated: 0, total: 0, busiest: null });
  });
});

describe("describeActivity", () => {
  it("says the span, the busiest year and the undated ones", () => {
    const a = bucketActivity([
      { year: 2016, family: "Horizon 2020", projects: 2 },
      { year: 2019, family: "Interreg", projects: 3 },
      { year: null, family: "Interreg", projects: 1 },
    ]);
    expect(describeActivity(a)).toBe("5 projects started between 2016 and 2019, most in 2019 (3). 1 more has no start date.");
  });

  it("handles a single year and no dates at all", () => {
    expect(describeActivity(bucketActivity([{ year: 2020, family: "Interreg", projects: 1 }]))).toBe("1 project started in 2020.");
    expect(describeActivity(bucketActivity([{ year: null, family: "Interreg", projects: 2 }]))).toBe("No start date is known for 2 projects.");
    expect(describeActivity(bucketActivity([]))).toBe("No project is known.");
  });
});

describe("activityFacts", () => {
  it("gives the span, the busiest year of a span and the undated projects", () => {
    const a = bucketActivity([
      { year: 2016, family: "Interreg", projects: 1 },
      { year: 2019, family: "Interreg", projects: 2 },
      { year: 2019, family: "Horizon 2020", projects: 1 },
      { year: null, family: "Interreg", projects: 1 },
    ]);
    expect(activityFacts(a)).toEqual({ dated: 4, first: 2016, last: 2019, busiest: { year: 2019, total: 3 }, undated: 1 });
  });

  it("names no busiest year for a single year, and no span without dates", () => {
    expect(activityFacts(bucketActivity([{ year: 2020, family: "Interreg", projects: 2 }]))).toEqual({ dated: 2, first: 2020, last: 2020, busiest: null, undated: 0 });
    expect(activityFacts(bucketActivity([{ year: null, family: "Interreg", projects: 2 }]))).toEqual({ dated: 0, first: null, last: null, busiest: null, undated: 2 });
  });
});
