import { describe, expect, it } from "vitest";
import { EVERY_LANGUAGE } from "../src/lexicon/index.js";
import { findTitle } from "../src/classify/title.js";
import { textKey } from "../src/classify/block-keys.js";
import { extract } from "../src/index.js";

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
    expect(findTitle(blocks, 4, body, EVERY_LANGUAGE)).toBe(0);
  });

  it("passes over an image's file name printed twice and a line of labelled specifications", () => {
    const blocks = [
      ...candidates("Harbour pilot logbook review"),
      { text: "13/06/2014 Jane Roe Books, Reviews", excluded: false, fact: true },
      ...candidates(
        "Harbour-pilot-logbook__IMG_2041 Harbour-pilot-logbook__IMG_2041",
        "Tested by: Jane Roe Price: £12.99 More info: www.example.org",
        "The article starts here.",
      ),
    ];
    expect(findTitle(blocks, 4, new Set(["harbour", "pilot", "logbook"]), EVERY_LANGUAGE)).toBe(0);
  });

  it("reaches a headline over its date line across a share panel of many buttons", () => {
    const panel = Array.from({ length: 40 }, (_, index) => ({
      text: `Share this with network ${index}`,
      excluded: true,
    }));
    const blocks = [
      ...candidates("Harbour pilot on forty years of night crossings"),
      { text: "19 November 2019", excluded: true, fact: true },
      ...panel,
      ...candidates("The article starts here."),
    ];
    expect(findTitle(blocks, blocks.length - 1, body, EVERY_LANGUAGE)).toBe(0);
  });

  it("takes the headline printed in full over its copy cut short with an ellipsis", () => {
    const blocks = candidates(
      "Harbour pilot on forty years of…",
      "Menu",
      "Harbour pilot on forty years of night crossings",
      "The article starts here.",
    );
    expect(findTitle(blocks, 3, body, EVERY_LANGUAGE)).toBe(2);
  });

  it("passes over a photo credit and a caption sentence ending inside quotes", () => {
    const blocks = candidates(
      "'Night Crossings'/Harbour TV",
      'The harbour pilot on the bridge of the ferry in "Night Crossings."',
      "Harbour Pilot Gets His Night Off",
      "(...Story continued from previous page)",
      "The article starts here.",
    );
    expect(findTitle(blocks, 4, new Set([...body, "after", "forty", "years"]), EVERY_LANGUAGE)).toBe(2);
  });

  it("takes a headline in title case over the deck in sentence case under its date line", () => {
    const blocks = [
      ...candidates("Take Two: Harbour Pilot"),
      { text: "Sept. 7, 2010, 3:33 PM", excluded: true, fact: true },
      ...candidates("The pilot toughens up his routine on the second season"),
      { text: "By Jane Roe", excluded: true, fact: true },
      ...candidates("The article starts here."),
    ];
    expect(findTitle(blocks, 4, body, EVERY_LANGUAGE)).toBe(0);
    // Without the date line between them, a sentence-case headline under a title-case name is the headline.
    const named = [
      ...candidates("Harbour Pilot Radio", "The pilot on forty years of night crossings"),
      { text: "By Jane Roe", excluded: true, fact: true },
      ...candidates("The article starts here."),
    ];
    expect(findTitle(named, 3, body, EVERY_LANGUAGE)).toBe(1);
  });

  it("prefers the block right above the date or byline line, or above its deck and that line, to a link printed twice", () => {
    const blocks = [
      ...candidates(
        "< Council approves the new fish market plan",
        "Council approves the new fish market plan",
        "Harbour pilot on forty years of night crossings",
      ),
      { text: "March 3, 2011 by Jane Roe", excluded: true, fact: true },
      ...candidates("The article starts here."),
    ];
    expect(findTitle(blocks, 4, new Set([...body, "after", "forty", "years"]), EVERY_LANGUAGE)).toBe(2);
    const decked = [
      ...blocks.slice(0, 3),
      ...candidates("The harbour pilot on fog, tides and the ferry he never missed."),
      ...blocks.slice(3),
    ];
    expect(findTitle(decked, 5, body, EVERY_LANGUAGE)).toBe(2);
    // Without the date line, a text printed twice in a row opening the page is its masthead, no headline.
    expect(findTitle([...blocks.slice(0, 3), ...blocks.slice(4)], 3, body, EVERY_LANGUAGE)).toBe(2);
    // Printed apart (in the page's header, then over the article), it counts as a headline printed twice.
    const apart = candidates(
      "Council approves the new fish market plan",
      "Home",
      "Council approves the new fish market plan",
      "Harbour pilot on forty years of night crossings",
      "The article starts here.",
    );
    expect(findTitle(apart, 4, body, EVERY_LANGUAGE)).toBe(0);
  });

  it("takes the headline over its deck and byline line with a comment counter before the deck", () => {
    const blocks = [
      ...candidates(
        "Harbour Pilot on Forty Years of Night Crossings",
        "New, 15 comments",
        "The pilot on fog, tides and the ferries she never missed",
      ),
      { text: "By Jane Roe Nov 19, 2019, 7:53pm EST", excluded: true, fact: true },
      ...candidates("The article starts here."),
    ];
    expect(findTitle(blocks, 4, body, EVERY_LANGUAGE)).toBe(0);
  });

  it("counts a headline quoted by a share button or a breadcrumb as printed twice", () => {
    const blocks = candidates(
      "Harbour pilot retires after forty years of night crossings",
      "Share All sharing options for: Harbour pilot retires after forty years of night crossings",
      "The article starts here.",
    );
    expect(findTitle(blocks, 2, body, EVERY_LANGUAGE)).toBe(0);
    // A dump glues a breadcrumb's links together: it still ends with the headline.
    const glued = candidates(
      "HomeHarbour NewsHarbour pilot retires after forty years of night crossings",
      "Harbour pilot retires after forty years of night crossings",
      "The pilot on fog, tides and the ferries she never missed in forty years",
      "The article starts here.",
    );
    expect(findTitle(glued, 3, body, EVERY_LANGUAGE)).toBe(1);
  });

  it("takes the upper of two stacked headline lines, the lower being its subtitle", () => {
    const blocks = candidates(
      "Episode 12. Harbour pilot Ilse Varga on fog, tides and forty years of crossings",
      "The Harbour Hour Podcast Episode Transcript",
      "The article starts here.",
    );
    expect(findTitle(blocks, 2, body, EVERY_LANGUAGE)).toBe(0);
    // A kicker, a section or a file name above the headline is no headline over it.
    const kicked = candidates(
      "Harbour Pilots",
      "Harbour pilot retires after forty years of night crossings",
      "The article starts here.",
    );
    expect(findTitle(kicked, 2, body, EVERY_LANGUAGE)).toBe(1);
  });

  it("passes over a bare name above the date line and a caption with its credit in parentheses", () => {
    const blocks = [
      ...candidates("Harbour pilot retires after forty years of night crossings", "Jane Roe"),
      { text: "March 3, 2011", excluded: true, fact: true },
      ...candidates(
        "The pilot at the ferry's wheel during a night crossing, Tuesday, March 1, 2011. (Jane Roe/AP) More",
        "The article starts here.",
      ),
    ];
    expect(findTitle(blocks, 4, body, EVERY_LANGUAGE)).toBe(0);
  });
});

describe("a headline over its deck and date line", () => {
  it("reaches them across a line of furniture already taken for chrome", () => {
    const blocks = [
      ...candidates("Harbour Pilot Retires After Forty Years of Night Crossings"),
      { text: "Share this story on Facebook", excluded: true },
      ...candidates("The last of the old pilots leaves the ferry service"),
      { text: "By Jane Roe Nov 19, 2019, 7:53pm EST", excluded: false, fact: true },
      ...candidates("The article starts here."),
    ];
    expect(
      findTitle(
        blocks,
        4,
        new Set([
          "harbour",
          "pilot",
          "retires",
          "after",
          "forty",
          "years",
          "night",
          "crossings",
          "ferry",
          "pilots",
          "service",
        ]),
        EVERY_LANGUAGE,
      ),
    ).toBe(0);
  });
});

describe("a video's or a photo's title between the date line and the article", () => {
  const body = new Set(["harbour", "pilot", "night", "crossings", "ferry", "retires"]);

  it("is no headline: the headline stands above the date line, share buttons between", () => {
    const buttons = candidates(...Array.from({ length: 10 }, (_, index) => `• Share ${index}`));
    const blocks = [
      ...candidates("Home | Harbour | Ferries", "Harbour pilot retires after forty years of night crossings"),
      { text: "By Jane Roe | Harbour Courier", excluded: true, fact: true },
      ...buttons,
      ...candidates("Harbour pilot's last night crossing"),
      { text: "The article starts here.", excluded: false },
    ];
    expect(findTitle(blocks, blocks.length - 1, new Set([...body, "last", "crossing"]), EVERY_LANGUAGE)).toBe(1);
  });

  it("is the headline when its byline name stands under it (the date line above belongs to a box)", () => {
    const blocks = [
      ...candidates("Initial offers: is there still a pulse?"),
      { text: "Wednesday 20 November 2019 9:22 am", excluded: true, fact: true },
      ...candidates("Harbour pilot retires after forty years of night crossings"),
      { text: "[107]Jane Roe", excluded: true },
      { text: "The article starts here.", excluded: false },
    ];
    expect(findTitle(blocks, 4, new Set([...body, "after", "forty", "years"]), EVERY_LANGUAGE)).toBe(2);
  });
});

describe("the deck under the headline", () => {
  it("is not the headline retold by a video's title under the date line", () => {
    const doc = extract(
      [
        "Home",
        "Harbour pilot retires after forty years of night crossings: 'The fog was my friend'",
        "November 19, 2019 / 10:07 AM",
        "Harbour pilot retires after forty years of crossings",
        "Ilse Varga brought her last ferry into the harbour on Tuesday night, forty years after her first crossing as a pilot.",
        "She says the fog was never her enemy, and the harbour board has named the new pilot boat after her.",
      ].join("\n\n"),
      { name: "t.txt" },
    );
    expect(doc.meta.title).toBe("Harbour pilot retires after forty years of night crossings: 'The fog was my friend'");
    expect(doc.lead).toMatch(/^Ilse Varga brought/u);
  });

  const body = [
    "Ilse Varga has mended nets on the quay for forty years, and most of the crews bring her their nets before anyone else.",
    "What does a torn net tell you?",
    "Where the fish went, and where the skipper went wrong. A long straight tear is a rock.",
    "How long does it take to learn?",
    "Ten years to be useful, twenty to be fast. My mother taught me the knots when I was seven.",
  ];
  const page = (...head: string[]): string => `${[...head, ...body].join("\n\n")}\n`;

  it("is the lead when a byline and page furniture stand between it and the article", () => {
    const doc = extract(
      page(
        "Home",
        "News",
        "The Net Mender of Kessel Quay",
        "The net mender on forty winters of knots, storms and bad advice.",
        "By Pieter Aalders",
        "• 0",
        "[varga-nets]",
      ),
      { name: "t.txt" },
    );
    expect(doc.meta.title).toBe("The Net Mender of Kessel Quay");
    expect(doc.lead).toBe("The net mender on forty winters of knots, storms and bad advice.");
  });

  it("is not a byline of names joined by 'and', nor a caption with its photo credit", () => {
    const names = extract(
      page(
        "The Net Mender of Kessel Quay",
        "Pieter Aalders and Jan Dekker Kessel Harbour Courier",
        "March 3, 2011",
        "• 0",
      ),
      { name: "t.txt" },
    );
    expect(names.lead).toBe(body[0]);
    const caption = extract(
      page(
        "The Net Mender of Kessel Quay",
        "Ilse Varga mends a net on the quay, Tuesday, March 1, 2011. (Jan de Wit/AP)",
        "By Pieter Aalders",
        "• 0",
      ),
      {
        name: "t.txt",
      },
    );
    expect(caption.lead).toBe(body[0]);
  });

  it("is not a label line, nor a caption right above the article that zoning left out", () => {
    const labelled = extract(
      page("The Net Mender of Kessel Quay", "Guest: Ilse Varga, net mender of Kessel Quay", "By Pieter Aalders", "• 0"),
      { name: "t.txt" },
    );
    expect(labelled.lead).toBe(body[0]);
    const caption = extract(
      page("The Net Mender of Kessel Quay", "Enlarge this image toggle caption Pieter Aalders/Harbour Monthly"),
      { name: "t.txt" },
    );
    expect(caption.lead).toBe(body[0]);
  });
});

describe("a deck right above the article", () => {
  const body = [
    "The council of Westhaven voted on Tuesday to keep the old ferry running for another ten years, after a campaign begun by three retired captains.",
    "Seven members voted in favour and six against, and the mayor said the timetable would not change before the summer.",
  ];
  const page = (...head: string[]): string => `${[...head, ...body].join("\n\n")}\n`;

  it.each([
    ["a phrase without a stop", "A quiet campaign by three retired captains changed the council's mind"],
    ["a phrase in a script without capitals", "항구 마을이 오래된 여객선을 지키기로 한 이유"],
  ])("is the lead when it is %s under the headline and its date", (_shape, deck) => {
    const doc = extract(
      page("Home | News | Sport", "Harbour town keeps its old ferry", "12 March 2024, 09:15", "[ferry-quay]", deck),
      {
        name: "t.txt",
      },
    );
    expect(doc.meta.title).toBe("Harbour town keeps its old ferry");
    expect(doc.lead).toBe(deck);
    expect(doc.summary[0]).toBe(body[0]);
  });

  it.each([
    ["a sentence zoning left out", "Sign up to get the harbour newsletter in your inbox every Friday morning."],
    ["a kicker of two words", "Ferry vote"],
    ["a line of names", "Jane Roe and John Doe Westhaven Courier"],
  ])("is not %s", (_shape, line) => {
    const doc = extract(page("Harbour town keeps its old ferry", "12 March 2024, 09:15", line), { name: "t.txt" });
    expect(doc.lead).toBe(body[0]);
  });
});

describe("a crawler's Title: line", () => {
  const body = [
    "Why did you choose the harbour school back then?",
    "Ilse: Boats were the only thing I could think about, and the school had the only workshop on the coast.",
    "What do you do today?",
    "I run the net workshop on Kessel Quay and teach two evenings a week.",
  ];
  const page = (...head: string[]): string => `${[...head, ...body].join("\n\n")}\n`;

  it("gives the title when the page's headings name none of its words", () => {
    const doc = extract(
      page(
        "# Title: Alumni story of Ilse Varga",
        "# Alumni stories",
        "## Ilse Varga",
        "#### Net workshop owner and evening teacher on the quay",
      ),
      { name: "t.md" },
    );
    expect(doc.meta.title).toBe("Alumni story of Ilse Varga");
  });

  it("yields to the page's own heading that names its words", () => {
    const doc = extract(
      page(
        "# Title: Ideas - Nets and knots: forty winters on the quay",
        "# Harbour School Ideas",
        "## Nets and knots: forty winters on Kessel Quay",
      ),
      { name: "t.md" },
    );
    expect(doc.meta.title).toBe("Nets and knots: forty winters on Kessel Quay");
  });
});

describe("textKey", () => {
  it.each([
    ["  Hello, World! (2024) ", "hello world 2024"],
    ["Q&A: the_port's plan", "q a the port s plan"],
    ["Ünïcode — “Text” №5", "ünïcode text 5"],
    // Lower-cased, "İ" is "i" and a combining dot, which is no letter.
    ["İSTANBUL’DA", "i stanbul da"],
    ["Москва: интервью", "москва интервью"],
    ["---", ""],
  ])("%j → %j", (text, key) => {
    expect(textKey(text)).toBe(key);
  });
});
