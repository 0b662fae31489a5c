import { describe, expect, it } from "vitest";
import { EVERY_LANGUAGE } from "../src/lexicon/index.js";
import {
  authorBoxBlocks,
  commentThreadBlocks,
  headlineListBlocks,
  shoutedHeadlineBlocks,
  type ZoneBlock,
} from "../src/classify/page-zones.js";
import { matchChrome } from "../src/classify/chrome.js";
import { readMetaLine } from "../src/meta/header-lines.js";

/** The zone view of each line, as the classifier builds it. */
function zoneBlocks(lines: readonly string[]): ZoneBlock[] {
  return lines.map((text) => {
    const chrome = matchChrome(text);
    // As the classifier does: a comment's stamp is chrome, and its date is read all the same.
    const fact = chrome === null || chrome.id === "chrome/time-ago" ? readMetaLine(text, EVERY_LANGUAGE) : null;
    return { text, isChrome: chrome !== null, fact, countsComments: chrome?.id === "chrome/comment-count" };
  });
}

/** The indexes a zone rule takes, sorted. */
function taken(found: Set<number>): number[] {
  return [...found].sort((a, b) => a - b);
}

const PROSE = "The harbour board met on Tuesday and agreed to keep the night ferry running through the winter months.";
const MORE_PROSE =
  "A decision on the summer timetable will follow in March, after the board has seen the passenger figures.";
const HEADLINES = [
  "• Storm closes the northern ferry route",
  "• Council votes on the new library plans",
  "• Three sailors rescued from a drifting yacht",
];

describe("headline lists", () => {
  it("takes a list under a heading between two paragraphs, with its heading", () => {
    expect(taken(headlineListBlocks(zoneBlocks([PROSE, "Trending News", ...HEADLINES, MORE_PROSE])))).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it("takes a list after the article's last paragraph, and a list of lynx links", () => {
    expect(taken(headlineListBlocks(zoneBlocks([PROSE, MORE_PROSE, ...HEADLINES])))).toEqual([2, 3, 4]);
    const links = [
      "* [12]Storm closes the northern ferry route",
      "* [13]Council votes on the new library plans",
      "* [14]Three sailors rescued from a yacht",
    ];
    expect(taken(headlineListBlocks(zoneBlocks([PROSE, ...links, MORE_PROSE])))).toEqual([1, 2, 3]);
  });

  it("takes items that run a headline into a teaser cut short, wherever they stand", () => {
    const teased = [
      "• Storm closes the northern ferry route PORTHAVEN: The harbour board said on Tuesday that the crossing would stay shut until the...",
      "• Council votes on the new library plans WESTHAVEN: Members voted seven to six for the plan, which the mayor has called the town's…",
      "• Three sailors rescued from a drifting yacht The coastguard found the yacht forty miles out, its mast broken and its radio...",
    ];
    expect(taken(headlineListBlocks(zoneBlocks([PROSE, ...teased, MORE_PROSE])))).toEqual([1, 2, 3]);
    const finished = teased.map((item) => item.replace(/(?:\.\.\.|…)$/u, "ed."));
    expect(headlineListBlocks(zoneBlocks([PROSE, ...finished, MORE_PROSE])).size).toBe(0);
  });

  it("takes numbered headlines with their teasers under a heading among other boxes, not after the article's prose", () => {
    const teased = [
      "1. Storm closes the northern ferry route The crossing stays shut until the harbour wall is mended.",
      "2. Council votes on the new library plans Seven members voted for the plan and six against it.",
      "3. Three sailors rescued from a drifting yacht The coastguard found them forty miles out.",
    ];
    const boxes = [PROSE, MORE_PROSE, ...HEADLINES, "Most Read", ...teased];
    expect(taken(headlineListBlocks(zoneBlocks(boxes)))).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(headlineListBlocks(zoneBlocks([PROSE, MORE_PROSE, "Key Points", ...teased])).size).toBe(0);
    const answered = [PROSE, "What else happened this week?", ...HEADLINES, "Most Read", ...teased];
    expect(taken(headlineListBlocks(zoneBlocks(answered)))).toEqual([2, 3, 4]);
  });

  it("takes four headlines printed one a line, without marks, under a heading", () => {
    const bare = [
      "Most Viewed",
      "Storm Closes the Northern Ferry Route",
      "Council Votes on the New Library Plans",
      "Three Sailors Rescued From a Drifting Yacht",
    ];
    expect(taken(headlineListBlocks(zoneBlocks([PROSE, ...bare, MORE_PROSE])))).toEqual([1, 2, 3, 4]);
  });

  it("keeps a list its own sentence introduces with a colon", () => {
    expect(
      headlineListBlocks(
        zoneBlocks([PROSE, "The board set out three conditions for the operator:", ...HEADLINES, MORE_PROSE]),
      ).size,
    ).toBe(0);
  });

  it("keeps a list inside an answer, between a question and the next", () => {
    const interview = [
      "What changes this winter?",
      "We agreed on three priorities.",
      ...HEADLINES,
      "Everything else stays as it is.",
      "And the summer?",
      MORE_PROSE,
    ];
    expect(headlineListBlocks(zoneBlocks(interview)).size).toBe(0);
  });

  it("keeps items that are no headlines: lower case, sentences, questions", () => {
    const ingredients = ["• two ripe pears, peeled", "• one lemon, or its juice", "• a spoon of cinnamon"];
    expect(headlineListBlocks(zoneBlocks([PROSE, "Ingredients", ...ingredients, MORE_PROSE])).size).toBe(0);
    const sentences = ["• The ferry runs every night.", "• The fares stay the same.", "• Bikes travel free of charge."];
    expect(headlineListBlocks(zoneBlocks([PROSE, "In short", ...sentences])).size).toBe(0);
    const questions = [
      "1. Why did the board wait so long?",
      "2. Who pays for the night crossing?",
      "3. When will the timetable be ready?",
    ];
    expect(headlineListBlocks(zoneBlocks([PROSE, ...questions])).size).toBe(0);
  });

  it("never takes the article's byline and date line for a list's heading and headline", () => {
    const underDeck = [
      "by Lena Ortiz",
      "19 Nov 2024 05:44 GMT",
      "Ferries wait at the north pier while the crews vote on the strike",
      "Ferries wait at the north pier while the crews vote on the strike",
    ];
    expect(taken(headlineListBlocks(zoneBlocks([PROSE, ...underDeck, MORE_PROSE, MORE_PROSE])))).toEqual([]);
  });

  it("never reads dialogue dashes as a list", () => {
    const dialogue = [
      "– Storm closes the northern ferry route",
      "– Council votes on the new library plans",
      "– Three sailors rescued from a drifting yacht",
    ];
    expect(headlineListBlocks(zoneBlocks([PROSE, "Trending News", ...dialogue])).has(2)).toBe(false);
  });
});

describe("headlines in capitals between paragraphs", () => {
  const ANSWER = "Rizzo: The ferry kept running all winter, and the crews worked double shifts to do it.";
  const MORE = "There were nights when only two boats could leave the quay, but nobody was left behind.";
  const SHOUTED = "STORM CLOSES THE NORTHERN FERRY ROUTE FOR A WEEK";

  it("takes another article's headline inside an answer, and between two paragraphs of prose", () => {
    expect(taken(shoutedHeadlineBlocks(zoneBlocks([ANSWER, SHOUTED, MORE])))).toEqual([1]);
    expect(taken(shoutedHeadlineBlocks(zoneBlocks([PROSE, SHOUTED, MORE_PROSE])))).toEqual([1]);
  });

  it.each([
    [
      "a subheading naming its section",
      [PROSE, "HOW THE NIGHT FERRY KEEPS RUNNING", MORE_PROSE.replace("A decision", "The night ferry")],
    ],
    ["an answer shouted in capitals", ["Will you sail again next winter?", "NEVER AGAIN IN MY WHOLE LIFE", MORE]],
    ["a line in capitals with its stop", [ANSWER, "WE SAILED EVERY SINGLE NIGHT THAT WINTER.", MORE]],
    ["a short heading", [ANSWER, "THE WINTER CROSSINGS", MORE]],
    ["a speaker's label", [ANSWER, "HARBOUR MASTER: WE NEVER STOPPED THE BOATS AT ALL", MORE]],
    [
      "a transcript in capitals",
      [
        "REPORTER: WHAT HAPPENED ON THE QUAY THAT NIGHT?",
        "STORM CLOSES THE NORTHERN FERRY ROUTE FOR A WEEK",
        "THE BOATS STAYED IN.",
      ],
    ],
  ])("keeps %s", (_shape, lines) => {
    expect(shoutedHeadlineBlocks(zoneBlocks(lines)).size).toBe(0);
  });
});

describe("an author's box", () => {
  const BIO = "Jan de Wit has covered the harbour for the Courier since 2009 and sails a small ketch.";

  it("takes its heading, the name above it and the biography under it, in the lexicons' languages", () => {
    expect(taken(authorBoxBlocks(zoneBlocks([PROSE, MORE_PROSE, "Jan de Wit", "About Jan de Wit", BIO])))).toEqual([
      2, 3, 4,
    ]);
    const german = "Jan de Wit schreibt seit 2009 über den Hafen und segelt eine kleine Ketsch.";
    expect(taken(authorBoxBlocks(zoneBlocks([PROSE, "Über Jan de Wit", german, MORE_PROSE])))).toEqual([1, 2]);
  });

  it.each([
    ["a sentence about someone", [PROSE, "We talked about Jan de Wit for an hour.", BIO]],
    ["a heading over the article", ["About Jan de Wit", PROSE, MORE_PROSE]],
    ["a heading with more than a name", [PROSE, "About Jan de Wit and the harbour", BIO]],
  ])("keeps %s", (_shape, lines) => {
    expect(authorBoxBlocks(zoneBlocks(lines)).size).toBe(0);
  });

  it("keeps the paragraph under the heading that does not name the author", () => {
    expect(taken(authorBoxBlocks(zoneBlocks([PROSE, "About Jan de Wit", MORE_PROSE])))).toEqual([1]);
  });
});

describe("comment threads", () => {
  const comment = (name: string, stamp: string, text: string): string[] => [name, stamp, text];
  const thread = [
    ...comment("harbourfan", "2 days ago at 07:54 am", "Great piece, thanks for writing about the ferry."),
    ...comment("Jonas B.", "2 days ago at 09:12 am", "The night crossing is the only way home for many of us."),
    ...comment("Lena", "1 day ago at 06:30 pm", "Agreed, and the fares should stay low."),
  ];

  it("takes a chain of stamped comments after the article, from the first commenter's name", () => {
    expect(taken(commentThreadBlocks(zoneBlocks([PROSE, MORE_PROSE, ...thread])))).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it("takes two stamped comments under the thread's counter, from the counter", () => {
    const counted = ["2 Comments", ...thread.slice(0, 6)];
    expect(taken(commentThreadBlocks(zoneBlocks([PROSE, MORE_PROSE, ...counted])))).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(commentThreadBlocks(zoneBlocks([PROSE, MORE_PROSE, ...thread.slice(0, 6)])).size).toBe(0);
  });

  it("takes no thread before the article's prose, nor dates without a time of day", () => {
    expect(commentThreadBlocks(zoneBlocks(thread)).size).toBe(0);
    const timeline = [PROSE, "3 March 2024", MORE_PROSE, "9 April 2024", MORE_PROSE, "2 May 2024", MORE_PROSE];
    expect(commentThreadBlocks(zoneBlocks(timeline)).size).toBe(0);
  });
});
