import { describe, expect, it } from "vitest";
import { missingSignal, NO_SIGNAL_MESSAGE, subjectWords } from "./signal";

const bare = { title: "Looking for partners", description: "We are looking for partners for a new project.", themeIds: [], programmeId: null, knownTopic: false };

describe("missingSignal", () => {
  it("asks for more when nothing says what the project is about", () => {
    expect(missingSignal(bare)).toBe(NO_SIGNAL_MESSAGE);
  });

  it("is satisfied by a theme, a programme or a known topic", () => {
    expect(missingSignal({ ...bare, themeIds: [4] })).toBeNull();
    expect(missingSignal({ ...bare, programmeId: 2 })).toBeNull();
    expect(missingSignal({ ...bare, knownTopic: true })).toBeNull();
  });

  it("is satisfied by a description with a few subject words", () => {
    expect(missingSignal({ ...bare, description: "Wood industry cluster: timber construction and furniture design." })).toBeNull();
  });

  it("does not count generic or short words", () => {
    expect(subjectWords("We seek partners for our EU project in the region of a")).toEqual(["region"]);
  });
});
