import { describe, expect, it } from "vitest";
import { descriptionText } from "./eval-descriptions";

describe("descriptionText", () => {
  it("is the title, then the objective, as an interest's author writes them", () => {
    expect(descriptionText({ title: "Forests in a changing climate", description: "We monitor bark beetles." })).toBe("Forests in a changing climate. We monitor bark beetles.");
    expect(descriptionText({ title: null, description: "Only an objective." })).toBe("Only an objective.");
    expect(descriptionText({ title: "Only a title", description: "  " })).toBe("Only a title");
  });
});
