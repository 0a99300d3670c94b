import { describe, expect, it } from "vitest";
import { noticeThemes, type NoticeThemeInput } from "./notice-themes";

const keepForestry: NoticeThemeInput = { themeId: 1, label: "Forestry", scheme: "keep", linked: [{ id: 2, label: "forestry" }] };
const esvForestry: NoticeThemeInput = { themeId: 2, label: "forestry", scheme: "euroscivoc", linked: [{ id: 1, label: "Forestry" }, { id: 3, label: "Wood and furniture industry" }] };

describe("noticeThemes", () => {
  it("names a linked theme once: not when matched itself, not twice", () => {
    const shown = noticeThemes([keepForestry, esvForestry]);
    expect(shown.map((t) => t.linkedShown.map((l) => l.label))).toEqual([[], ["Wood and furniture industry"]]);
    const wood: NoticeThemeInput = { themeId: 3, label: "Wood and furniture industry", scheme: "keep", linked: [{ id: 4, label: "woodworking" }, { id: 2, label: "forestry" }] };
    const paper: NoticeThemeInput = { themeId: 5, label: "paper", scheme: "euroscivoc", linked: [{ id: 4, label: "woodworking" }] };
    expect(noticeThemes([wood, paper]).map((t) => t.linkedShown.map((l) => l.label))).toEqual([["woodworking", "forestry"], []]);
  });

  it("says the vocabulary of two themes of one name, only then", () => {
    expect(noticeThemes([keepForestry, esvForestry]).map((t) => t.sayScheme)).toEqual([true, true]);
    expect(noticeThemes([keepForestry]).map((t) => t.sayScheme)).toEqual([false]);
    expect(noticeThemes([{ ...keepForestry, scheme: null }, esvForestry]).map((t) => t.sayScheme)).toEqual([false, true]);
  });

  it("names the first four", () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ themeId: i + 10, label: `t${i}`, scheme: "keep" as const, linked: [] }));
    expect(noticeThemes(many).map((t) => t.themeId)).toEqual([10, 11, 12, 13]);
  });
});
