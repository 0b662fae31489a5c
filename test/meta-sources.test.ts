/** Metadata from the page title, the standfirst, bylines beside dates, and US-style short dates. */
import { describe, expect, it } from "vitest";
import { EVERY_LANGUAGE } from "../src/lexicon/index.js";
import { extract } from "../src/extract.js";
import { findShortUsDate } from "../src/meta/dates.js";
import { readMetaLine } from "../src/meta/header-lines.js";
import { cleanTitle } from "../src/meta/index.js";
import { nameAfterInterviewWord, nameFromTitle } from "../src/meta/names.js";

describe("the guest named by the title", () => {
  it.each([
    ["Bradley Whitford on Playing the Chief of Staff", "Bradley Whitford"],
    ["Mike Bolt, Keeper of the Cup, on His White Gloves", "Mike Bolt"],
    ["Justin Earle Talks Writing About Fatherhood", "Justin Earle"],
    ['Q&A with Arizona Congressman Raul Grijalva: "We Already Fought"', "Arizona Congressman Raul Grijalva"],
    ["Entretien avec Florence Martin", "Florence Martin"],
    ["Take Two: Sara Berg - Music News", "Sara Berg"],
    ["Susan Reed: The Fight Will Not Be a Rerun", "Susan Reed"],
    ["Site.com - Jonathan Karl on the sleeper case - December 3, 2000", "Jonathan Karl"],
    ["Peter Hayn - City Magazine Look Book", "Peter Hayn"],
  ])("reads %s", (title, name) => {
    expect(nameFromTitle(title, [`${name.split(" ").at(-1)!} said so.`])).toBe(name);
  });

  it("needs the name in the article and not a headline's opening words", () => {
    expect(nameFromTitle("Bradley Whitford on Playing the Chief of Staff", ["Nobody here."])).toBeNull();
    expect(nameFromTitle("The Sports Section: Hockey", ["The Sports Section"])).toBeNull();
  });

  it("reads the guest an announcement names", () => {
    expect(nameAfterInterviewWord(["Entretien avec Frédéric Grillot, enseignant-chercheur au laboratoire."])).toBe(
      "Frédéric Grillot",
    );
    expect(nameAfterInterviewWord(["Интервью с Валерией Касамарой о выборах."])).toBe("Валерией Касамарой");
  });
});

describe("the headline of a page title", () => {
  it.each([
    ["Mark Potter on the court challenge - November 30, 2000", "Mark Potter on the court challenge"],
    ["Site.com - Jonathan Karl on the sleeper case - December 3, 2000", "Jonathan Karl on the sleeper case"],
    [
      "Bradley Whitford on Playing Rahm -- Daily Intel -- New York News Blog -- City Magazine",
      "Bradley Whitford on Playing Rahm",
    ],
    ["Take Two: Sara Berg - MSN Music News", "Take Two: Sara Berg"],
    ["# Title: Rovers manager: 'We play for the badge'", "Rovers manager: 'We play for the badge'"],
    ["Iran - Russia ties enter a new era", "Iran - Russia ties enter a new era"],
  ])("cleans %s", (title, headline) => {
    expect(cleanTitle(title, EVERY_LANGUAGE)).toBe(headline);
  });
});

describe("dates beside bylines and 12-hour clocks", () => {
  it("reads a month/day/two-digit-year date only beside a 12-hour time", () => {
    expect(readMetaLine("2/13/09 at 6:21 PM", EVERY_LANGUAGE)?.facts[0]).toMatchObject({
      kind: "datetime",
      parts: { date: "2009-02-13", time: "18:21:00" },
    });
    expect(readMetaLine("2/13/09 at 18:21", EVERY_LANGUAGE)?.facts[0]).not.toMatchObject({
      parts: { date: "2009-02-13" },
    });
    expect(findShortUsDate("4/15/10")?.date).toBe("2010-04-15");
    expect(findShortUsDate("13/2/09")).toBeNull();
  });

  it.each([
    ["April 30, 2010 at 2:14PM by Mark Warren", "2010-04-30", "Mark Warren"],
    ["By Dan Hyman on January 16, 2015", "2015-01-16", "Dan Hyman"],
    ["By Dan Hyman@danhyman Jan 16, 2015, 7:53pm EST", "2015-01-16", "Dan Hyman"],
    ["By Dan Hyman - Staff Writer 2015-01-16T12:48:14Z Music", "2015-01-16", "Dan Hyman"],
  ])("splits %s into a date and a byline", (line, date, name) => {
    const facts = readMetaLine(line, EVERY_LANGUAGE)?.facts ?? [];
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "datetime", parts: expect.objectContaining({ date }) }),
    );
    expect(facts).toContainEqual(expect.objectContaining({ kind: "byline", name }));
  });
});

describe("dates after the article", () => {
  it("do not date it when a date stands before it: a comment's stamp is no publication date", () => {
    const text = [
      "Harbour pilot retires after forty years",
      "By Jana Roth March 3, 2011",
      "Q: Why retire now?",
      "A: My knees decided for me, and the new ferries need younger eyes.",
      "Q: What will you miss?",
      "A: The fog. Nobody believes me, but I will miss the fog.",
      "2 comments",
      "Pieter Aalders August 17, 2019 - 2:19 pm",
      "Great interview, thank you.",
    ].join("\n\n");
    expect(extract(text).meta.published).toBe("2011-03-03");
  });
});

describe("the date of a closing signature", () => {
  it("is the publication date when no header line gives one", () => {
    const text = [
      "Warum Roboter nicht träumen",
      "Die Informatikerin Anna Berger baut Chatbots für Museen.",
      "Frage: Können Chatbots Besucher begeistern?",
      "Antwort: Ja, wenn sie etwas zu erzählen haben.",
      "Frage: Und wenn nicht?",
      "Antwort: Dann langweilen sie schneller als jedes Schild. (Jana Roth, 30.5.2016)",
    ].join("\n\n");
    expect(extract(text).meta.published).toBe("2016-05-30");
  });
});

describe("the interviewee from speaker labels", () => {
  it("prefers who answers under the labels over a standfirst that reads the other way", () => {
    const text = [
      "Rice on the new strategy",
      "Rice spoke to Morning Show's Steve Marsh the day after the speech.",
      "STEVE MARSH: Will there be troops on the ground?",
      "SUSAN RICE: No. The president has been clear about that, and I have said so many times.",
      "STEVE MARSH: Not even advisers?",
      "SUSAN RICE: Advisers are already there. That is not a combat role, and it will not become one.",
    ].join("\n\n");
    expect(extract(text).meta.interviewee?.name).toBe("Susan Rice");
  });

  it("completes an honorific and a surname to the full name the article gives", () => {
    const text = [
      "A conversation at the palace",
      "Our editor met President Daniel Okoro on Monday.",
      "EDITOR: What is your priority?",
      "PRESIDENT OKORO: Jobs. Everything else follows from jobs.",
      "EDITOR: And the budget?",
      "PRESIDENT OKORO: We will balance it in three years, as I promised.",
    ].join("\n\n");
    expect(extract(text).meta.interviewee?.name).toBe("President Daniel Okoro");
  });
});
