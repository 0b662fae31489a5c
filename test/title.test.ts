import { describe, expect, it } from "vitest";
import { findTitle } from "../src/classify/title.js";

/** Candidates from texts, none excluded. */
function candidates(...texts: string[]): Array<{ text: string; excluded: boolean }> {
  return texts.map((text) => ({ text, excluded: false }));
}

describe("findTitle", () => {
  const body = new Set(["harbour", "pilot", "night", "crossings", "ferry"]);

  it("passes over list items, asides and image placeholders next to the article", () => {
    const blocks = candidates(
      "Harbour pilot on forty years of night crossings",
      "• View all comments about the harbour ferry ()",
      "(...Story continued about the harbour pilot...)",
      "[logo_harbour_pilot] harbour pilot night crossings",
      "The article starts here.",
    );
    expect(findTitle(blocks, 4, body)).toBe(0);
  });
});
