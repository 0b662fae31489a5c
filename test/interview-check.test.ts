/** The document-level decision "is this an interview?": look-alikes lose their pairs, interviews keep them. */
import { describe, expect, it } from "vitest";
import { isTitleCase } from "../src/classify/shape.js";
import { hasQuestionMark } from "../src/patterns.js";
import { extract } from "../src/extract.js";

/** Joins paragraphs the way a dump separates them. */
function dump(...paragraphs: string[]): string {
  return paragraphs.join("\n\n");
}

/** The code and kind of the not-an-interview warning, or null. */
function rejection(text: string): string | null {
  const doc = extract(text);
  const warning = doc.warnings.find((item) => item.code === "not-an-interview");
  if (warning) expect(doc.qa).toEqual([]);
  return warning ? (/\(([^)]+)\)/u.exec(warning.message)?.[1] ?? "") : null;
}

const LEAD = "The council met on Monday to discuss the budget for next year, which has to be set by the end of March.";

describe("interview check: look-alikes", () => {
  it("rejects a list of questions nobody answers", () => {
    const text = dump(
      "Five questions for the new mayor",
      LEAD,
      "1. Will you raise council tax this year?",
      "2. How will you pay for the new library?",
      "3. Do you support the bypass?",
      "4. What will you do about the bus station?",
    );
    expect(rejection(text)).toBe("list of questions");
  });

  it("rejects a page whose title names frequently asked questions", () => {
    const text = dump(
      "Parking permits: frequently asked questions",
      "Everything residents need to know about permits in the old town, which changed on 1 April.",
      "Who can apply for a permit?",
      "Anyone who lives in one of the six zones and owns or leases a car registered at that address.",
      "How much does a permit cost?",
      "A yearly permit costs £60 for the first car and £90 for a second car in the same household.",
    );
    expect(rejection(text)).toBe("FAQ");
  });

  it("rejects a press conference where many reporters ask one speaker", () => {
    const reporters = ["ANNA REED", "TOM BAKER", "LI WEI", "SARA COLE", "JON PIKE"];
    const turns = reporters.flatMap((name, index) => [
      `${name}: Minister, what will happen to the ${index + 2} closed wards at the hospital?`,
      "MINISTER JOHN HART: They will reopen when the staff are there, and not before. We are hiring.",
    ]);
    expect(rejection(dump("Health minister takes questions", LEAD, ...turns))).toBe("press conference");
  });

  it("rejects labelled lines that ask nothing (a deal list, a score box)", () => {
    const text = dump(
      "Weekend deals",
      LEAD,
      "Price Drop: A kettle for $20, down from $35 at most shops this week.",
      "New Price: $20 at the corner store.",
      "Price Drop: A toaster for $25, down from $40.",
      "New Price: $25 at the big store on the ring road.",
    );
    expect(rejection(text)).toBe("nothing asked");
  });

  it("rejects a list of story cards whose headlines ask, under an article", () => {
    const card = (headline: string, teaser: string): string[] => [headline, teaser];
    const text = dump(
      "The harbour reopens after the storm",
      LEAD,
      ...card(
        "Can Babies Learn To Love Vegetables?",
        "Researchers fed carrots to toddlers for a month and watched what happened.",
      ),
      ...card(
        "What Happens When Two Towns Share One Mayor?",
        "A small experiment in the hills turned out to be a lesson in patience.",
      ),
      ...card(
        "Why Does The Ferry Always Run Late On Fridays?",
        "The answer has to do with the tide, the timetable and a stubborn crane.",
      ),
      ...card(
        "Is This The End Of The Corner Shop?",
        "Three owners on rents, deliveries and the customers who stayed loyal.",
      ),
    );
    expect(rejection(text)).toBe("headlines");
  });

  it("rejects an article with two questions, though a note's label ('Disclaimer:') opens a paragraph after them: a note names no answerer", () => {
    const text = dump(
      "Markets at a high while the economy slows",
      "The index reached a new record on Tuesday, even as the latest figures pointed to weaker growth.",
      "Why is the market behaving differently from the economy?",
      '"Markets run ahead of the economy and price growth that has not come yet," said Ravi Menon, an analyst at a Mumbai broker.',
      "What should investors do now?",
      "Brokers expect the recovery to show in the next quarter's results, when the tax cut reaches company earnings.",
      "Disclaimer: The views and investment tips expressed by experts are their own and not those of this website.",
    );
    expect(rejection(text)).toBe("explainer");
  });

  it("rejects callers' questions about themselves answered by an expert", () => {
    const text = dump(
      "The garden helpline",
      LEAD,
      "Q: My roses have black spots. What did I do wrong?",
      "A: Nothing. It is a fungus. Pick off the leaves and burn them.",
      "Q: I planted my bulbs too late. Will they flower?",
      "A: Probably, but a few weeks later than usual.",
      "Q: My lawn is full of moss. Should I dig it up?",
      "A: No. Rake it out in spring and feed the grass.",
    );
    expect(rejection(text)).toBe("questions for advice");
  });

  it("rejects an explainer whose question headings are followed by exposition quoting others", () => {
    const text = dump(
      "What the new bin collection means for households",
      LEAD,
      "Q: Why is the collection changing?",
      "The council says the new schedule will save £400,000 a year, according to a report seen by this newspaper.",
      "Q: Which streets are affected?",
      "All of the north district, says Mark Dunn, who manages the waste contract for the council.",
      "Q: What about recycling?",
      "Recycling will still be collected every week, said Jane Ross, the councillor in charge of the environment.",
    );
    expect(rejection(text)).toBe("explainer");
  });

  it("rejects an article with a rhetorical question or two", () => {
    const text = dump(
      "Why the bus station still has no roof",
      LEAD,
      "So why does the new bus station still have no roof, three years after it opened?",
      "The contract for the roof was signed in 2022, but the supplier went bust before the steel was delivered. The council has since been in court with the administrators.",
      "And who pays for the delay?",
      "Bus passengers, mostly. The shelters are temporary, and the council has spent £80,000 on heaters since the station opened.",
    );
    expect(rejection(text)).toBe("rhetorical questions");
  });

  it("rejects a column about an interview with one question of its own", () => {
    const text = dump(
      "The mayor's long evening on the radio",
      "What was the mayor thinking when she agreed to a live interview about the harbour contract on the evening news?",
      "In it, she denied that she had met the contractor before the tender, although the minutes of two dinners say otherwise.",
      "Her aides had advised against the interview, which ran for forty minutes and took most of the programme.",
      "She met the contractor at the yacht club twice that spring. Was this to learn how much he would pay for the berth?",
      "She told the presenter that the dinners were about the regatta. The minutes of both dinners list the berth first, and the regatta not at all.",
      "The council's ethics panel meets on Thursday. Its chair said the interview would be part of the file.",
    );
    expect(rejection(text)).toBe("rhetorical questions");
  });

  it("warns on a news story with no questions and no interview", () => {
    expect(
      rejection(dump("Budget approved", LEAD, "The vote was seven to two. The budget takes effect in April.")),
    ).toBe("article");
  });
});

describe("question marks that ask", () => {
  it.each([
    ["Why now?", true],
    ["What do you think?A: I think so.", true],
    ["چرا؟", true],
    ["[switchlite.jpg?width=640&fit=bounds] After a long wait the console is back.", false],
    ["See https://example.org/story?id=42 for more.", false],
  ])("%s: %s", (text, asks) => {
    expect(hasQuestionMark(text)).toBe(asks);
  });
});

describe("title case: headlines, not an interviewer's questions", () => {
  it.each([
    ["Can Babies Learn To Love Vegetables?", true],
    ["'Why Don't You Go Fight For The Reindeer?'", true],
    ["Watching This Koala Get Rescued From a Bushfire", true],
    ["You see yourself as a German Quentin Crisp?", false],
    ["Have you seen all the Seven Wonders?", false],
    ["Was bedeutet das für die Zukunft der Autoindustrie?", false],
    ["Jane Roe?", false],
  ])("%s: %s", (line, titleCase) => {
    expect(isTitleCase(line)).toBe(titleCase);
  });
});

describe("interview check: interviews are kept", () => {
  it("keeps an expert's impersonal answers when the interview is announced", () => {
    const text = dump(
      "Experts weigh trade talks",
      "To shed more light on the issue, the newspaper interviewed Dr. Lena Ortiz, an economist at Harbor University.",
      "Q: Will the tariffs affect exports?",
      "A: Exports of steel will fall by a tenth. Other goods are not covered by the tariffs.",
      "Q: Will the talks succeed?",
      "A: The two sides have compromised before, and the incentives are the same now.",
    );
    expect(rejection(text)).toBeNull();
    expect(extract(text).qa).toHaveLength(2);
  });

  it("keeps a short interview whose questions are put to the guest", () => {
    const text = dump(
      "Three minutes with a lighthouse keeper",
      "Anna Berg has kept the light on Skarv island for thirty years.",
      "How did you come to the island?",
      "I answered an advertisement in 1995. I thought I would stay for a year.",
      "Do you ever feel lonely out there?",
      "Never in summer. In winter, sometimes, but I have the radio and the birds.",
    );
    expect(rejection(text)).toBeNull();
    expect(extract(text).qa).toHaveLength(2);
  });

  it("keeps a debrief whose answers come from one named correspondent", () => {
    const text = dump(
      "Correspondent on the court ruling",
      "Our correspondent reports from the court in the capital.",
      "Q: What did the judge decide?",
      "HALE: The judge rejected the appeal, and the ruling takes effect on Monday.",
      "Q: What happens next?",
      "HALE: The government says it will take the case to the supreme court, which could take months.",
    );
    expect(rejection(text)).toBeNull();
  });

  it("keeps every line of a rejected document in its body", () => {
    const doc = extract(
      dump(
        "Five questions for the mayor",
        LEAD,
        "1. Will you raise taxes?",
        "2. Will you build homes?",
        "3. Will you stand again?",
      ),
    );
    expect(doc.summary).toEqual(["1. Will you raise taxes?", "2. Will you build homes?", "3. Will you stand again?"]);
    expect(doc.warnings.map((warning) => warning.code)).toEqual(["no-qa", "not-an-interview"]);
  });
});
