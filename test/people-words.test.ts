/**
 * The lexicons' words of the reporter's sentences that name the interviewer and the guest
 * (meta/people.ts): titles before a name, speech and reporting verbs, the phrases of two
 * people who talked, the verbs an appositive ends before. Each word of each language is
 * tried in a sentence that needs it, and the sentences are read only with the lexicons chosen.
 */
import { describe, expect, it } from "vitest";
import { wordCases } from "./helpers/lexicon-cases.js";
import { selectLexicons, titlesBeforeName } from "../src/lexicon/index.js";
import { findParticipants } from "../src/meta/people.js";

/** The lexicons of one language, and those of another that has none of its words. */
const ENGLISH = selectLexicons(new Set(["en"]));
const RUSSIAN = selectLexicons(new Set(["ru"]));

describe("speech and reporting verbs after the guest's name", () => {
  it.each(
    wordCases((lexicon) =>
      lexicon.code === "en" ? [...(lexicon.speechVerbs ?? []), ...(lexicon.reportingVerbs ?? [])] : [],
    ),
  )("%s verb %s ends the sentence that names the outlet and the guest", (_code, verb) => {
    const text = `In an interview with the Daily Courier, Laura Kemper, director of the lab, ${verb} that the work is slow.`;
    expect(findParticipants([text], ENGLISH)).toEqual({
      interviewer: { name: "Daily Courier", role: null },
      interviewee: { name: "Laura Kemper", role: "director of the lab" },
    });
  });

  it.each([
    [
      "a verb inside a longer word",
      "In an interview with the Daily Courier, Laura Kemper saidé that the work is slow.",
    ],
    ["a word that is no verb", "In an interview with the Daily Courier, Laura Kemper wrote that the work is slow."],
  ])("%s names nobody", (_case, text) => {
    expect(findParticipants([text], ENGLISH)).toEqual({ interviewer: null, interviewee: null });
  });

  it("reads a name that begins and ends with a non-ASCII letter", () => {
    const text = "In an interview with the Daily Courier, Ólafur Sigurðsson warned that the ice is thin.";
    expect(findParticipants([text], ENGLISH).interviewee?.name).toBe("Ólafur Sigurðsson");
  });

  it("reads no English verb with the Russian lexicon alone", () => {
    const text = "In an interview with the Daily Courier, Laura Kemper said that the work is slow.";
    expect(findParticipants([text], RUSSIAN)).toEqual({ interviewer: null, interviewee: null });
  });
});

describe("titles before a name", () => {
  it.each(wordCases((lexicon) => titlesBeforeName([lexicon])))(
    "%s title %s belongs to the guest's name",
    (_code, title) => {
      const text = `In an interview with the Daily Courier, ${title} Laura Kemper said that the work is slow.`;
      expect(findParticipants([text], ENGLISH).interviewee?.name).toBe(`${title} Laura Kemper`);
    },
  );

  it.each(wordCases((lexicon) => titlesBeforeName([lexicon]).filter((title) => title.endsWith("."))))(
    "%s abbreviation %s may be written without its full stop",
    (_code, title) => {
      const bare = title.slice(0, -1);
      const text = `In an interview with the Daily Courier, ${bare} Laura Kemper said that the work is slow.`;
      expect(findParticipants([text], ENGLISH).interviewee?.name).toBe(`${bare} Laura Kemper`);
    },
  );
});

describe("phrases of two people who talked", () => {
  it.each(wordCases((lexicon) => lexicon.talkedWithPhrases))(
    "%s phrase %s puts the one with a job outside the press as the guest",
    (_code, phrase) => {
      const text = `Laura Kemper, director of the lab, ${phrase} our correspondent Ravi Bakshi about the work.`;
      expect(findParticipants([text], ENGLISH)).toEqual({
        interviewer: { name: "Ravi Bakshi", role: "correspondent" },
        interviewee: { name: "Laura Kemper", role: "director of the lab" },
      });
    },
  );

  it("a phrase with another verb names nobody", () => {
    const text = "Laura Kemper, director of the lab, wrote to our correspondent Ravi Bakshi about the work.";
    expect(findParticipants([text], ENGLISH)).toEqual({ interviewer: null, interviewee: null });
  });
});

describe("verbs an appositive ends before", () => {
  it.each(wordCases((lexicon) => lexicon.predicateVerbs))(
    "%s verb %s is never part of the guest's role",
    (_code, verb) => {
      // The appositive has no comma of its own: without the verb list it would run on to the next comma.
      const text = `Laura Kemper, director of the lab ${verb} things, said in an interview with the Daily Courier that the work is slow.`;
      expect(findParticipants([text], ENGLISH).interviewee?.role ?? null).toBeNull();
    },
  );

  it("a word that is no verb stays in the role", () => {
    const text =
      "Laura Kemper, director of the lab that builds things, said in an interview with the Daily Courier that the work is slow.";
    expect(findParticipants([text], ENGLISH).interviewee).toEqual({
      name: "Laura Kemper",
      role: "director of the lab that builds things",
    });
  });
});
