/**
 * The lexicons' words that completing people reads (meta/names.ts): the words that open a clause
 * rather than a role, and the words that open a headline rather than a name. Each word of each
 * language is tried with that language's lexicons, as a whole word and as the start of a longer one.
 */
import { describe, expect, it } from "vitest";
import { languageOf, wordCases } from "./helpers/lexicon-cases.js";
import { selectLexicons } from "../src/lexicon/index.js";
import { isRole, nameFromTitle } from "../src/meta/names.js";

describe("words that open a clause, not a role", () => {
  it.each(wordCases((lexicon) => lexicon.notRoleStarts))("%s word %s opens no role", (code, word) => {
    expect(isRole(`${word} leads the lab`, languageOf(code))).toBe(false);
    expect(isRole(`${word.toUpperCase()} leads the lab`, languageOf(code))).toBe(false);
  });

  // "whox", "oùx", "сказалx": a word that only begins like one of the list's (non-ASCII ends too).
  it.each(wordCases((lexicon) => lexicon.notRoleStarts))(
    "%s word %s inside a longer word opens a role",
    (code, word) => {
      expect(isRole(`${word}x of the lab`, languageOf(code))).toBe(true);
    },
  );

  it.each([
    ["director of the lab", true],
    ["who leads the lab", false],
    ["a 62-year-old investor", true],
    ["afirmó que", true],
    ["сказал, что", true],
  ])("in an English text, %s is a role: %s", (phrase, role) => {
    expect(isRole(phrase, selectLexicons(new Set(["en"])))).toBe(role);
  });
});

describe("words that open a headline, not a name", () => {
  // A word with a sign other than a letter ("Q&A") never opens the capitalised run a headline's name is read from.
  const words = wordCases((lexicon) => [...(lexicon.notFirstNames ?? []), ...(lexicon.headlineWords ?? [])]).filter(
    ([, word]) => /^\p{Lu}\p{L}*$/u.test(word),
  );

  it.each(words)("%s word %s before a name makes the headline name nobody", (code, word) => {
    const title = `${word} Laura Kemper`;
    expect(nameFromTitle(title, [`${title} said so.`], languageOf(code))).toBeNull();
  });

  it.each(words)("%s word %s inside a longer word opens a name", (code, word) => {
    const title = `${word}x Laura Kemper`;
    expect(nameFromTitle(title, [`${title} said so.`], languageOf(code))).toBe(title);
  });

  it("a headline word of another language is read as a name", () => {
    expect(nameFromTitle("Der Laura Kemper", ["Der Laura Kemper said so."], selectLexicons(new Set(["en"])))).toBe(
      "Der Laura Kemper",
    );
  });
});

describe("words that put the guest's name after them in a headline", () => {
  it.each(wordCases((lexicon) => lexicon.interviewWithPhrases))("%s phrase %s names the guest", (code, phrase) => {
    const capitalised = `${phrase[0]!.toUpperCase()}${phrase.slice(1)}`;
    // The headline names the guest in so many words: the article need not mention them again.
    expect(nameFromTitle(`${capitalised} Laura Kemper`, ["Nobody is named here."], languageOf(code))).toBe(
      "Laura Kemper",
    );
    expect(nameFromTitle(`Ten years on: ${phrase} Laura Kemper`, [], languageOf(code))).toBe("Laura Kemper");
  });

  it("names nobody after a phrase of another language, nor after a phrase inside a longer word", () => {
    const english = selectLexicons(new Set(["en"]));
    expect(nameFromTitle("Témoignage de Laura Kemper", ["Nobody is named here."], english)).toBeNull();
    expect(nameFromTitle("Mischat with Laura Kemper", ["Nobody is named here."], english)).toBeNull();
  });
});
