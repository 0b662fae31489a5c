/** Stamp lines between a headline and the first paragraph are not the lead; decks still are. */
import { describe, expect, it } from "vitest";
import { isHeaderStamp, stampDate } from "../src/classify/header-stamp.js";
import { extract } from "../src/extract.js";
import { selectLexicons } from "../src/lexicon/index.js";

const ENGLISH = selectLexicons(new Set(["en"]));

const FIRST_PARAGRAPH =
  "The harbour board has agreed to rebuild the north pier before the ferry season, three years after the storm that closed it. Work starts in March.";

describe("header stamps", () => {
  it.each([
    "Jane Roe @janeroe / 2 days",
    "Posted on Maret 30, 2015 by Admin",
    "Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago",
    "Jane Roe 23/08/2018 2 comments Harbour, Ferries, Piers",
    "Updated 2 hours ago",
  ])("reads a stamp: %s", (line) => {
    expect(isHeaderStamp(line, ENGLISH)).toBe(true);
  });

  it.each([
    "Harbour workers vote on a new contract after two years of talks",
    "The pier reopened on 3 May 2025 after two years of repairs.",
    "Email the desk at tips@example.org",
    "Published works of the harbour poets, read aloud on the quay every Sunday in May, June and July of every year since the war",
  ])("keeps a deck or a sentence: %s", (line) => {
    expect(isHeaderStamp(line, ENGLISH)).toBe(false);
  });

  it.each([
    ["Jane Roe 23/08/2018 2 comments Harbour, Ferries, Piers", { date: "2018-08-23" }],
    ["Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago", { date: "2019-11-20", time: "04:29:00" }],
    [
      "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 19.37 GMT",
      { date: "2019-11-18", time: "18:54:00", offset: "Z" },
    ],
  ])("reads the date of a stamp: %s", (line, parts) => {
    expect(stampDate(line, selectLexicons(new Set(["en"])))).toMatchObject(parts);
  });

  it("reads no date from a stamp without a year", () => {
    expect(stampDate("Jane Roe @janeroe / 2 days", selectLexicons(new Set(["en"])))).toBeNull();
  });

  it("dates the article by the stamp under its headline when no metadata line does", () => {
    const doc = extract(
      ["North pier to be rebuilt", "Jane Roe 23/08/2018 2 comments Harbour, Ferries", FIRST_PARAGRAPH].join("\n\n"),
    );
    expect(doc.meta.published).toBe("2018-08-23");
    expect(doc.lead).toBe(FIRST_PARAGRAPH);
  });

  it("takes the first paragraph as the lead, not the byline stamp under the headline", () => {
    const doc = extract(["North pier to be rebuilt", "Jane Roe @janeroe / 2 days", FIRST_PARAGRAPH].join("\n\n"));
    expect(doc.meta.title).toBe("North pier to be rebuilt");
    expect(doc.lead).toBe(FIRST_PARAGRAPH);
    expect(doc.removed.find((item) => item.text === "Jane Roe @janeroe / 2 days")?.rule).toBe("layout/header-stamp");
  });

  it("keeps the deck above the stamp as the lead", () => {
    const deck = "The board chose the cheaper of two designs after a year of public meetings";
    const doc = extract(["North pier to be rebuilt", deck, "Jane Roe @janeroe / 2 days", FIRST_PARAGRAPH].join("\n\n"));
    expect(doc.lead).toBe(deck);
    expect(doc.summary).toEqual([FIRST_PARAGRAPH]);
  });
});
