/**
 * The lexicons' words of a cookie notice before an embedded video or post ("Accept cookies to
 * watch this video"): a short line with a cookie, a request to accept and what it would show is
 * chrome. Each stem of each language, in that language's lexicons, and inside a longer word.
 */
import { describe, expect, it } from "vitest";
import { matchChrome } from "../src/classify/chrome.js";
import { LEXICONS } from "../src/lexicon/index.js";
import { languageOf } from "./helpers/lexicon-cases.js";

/** A stem without its mark. */
function bare(stem: string): string {
  return stem.replace(/\*$/u, "");
}

/** Every [language, consent stem, embed stem]: each stem of either list with the other list's first. */
const PAIRS = LEXICONS.flatMap((lexicon): Array<[string, string, string]> => {
  const consent = (lexicon.consentWords ?? []).map(bare);
  const embed = (lexicon.embedWords ?? []).map(bare);
  if (consent.length === 0 || embed.length === 0) return [];
  return [
    ...consent.map((word): [string, string, string] => [lexicon.code, word, embed[0]!]),
    ...embed.map((word): [string, string, string] => [lexicon.code, consent[0]!, word]),
  ];
});

/** The chrome rule a line matches, read with one language's lexicons (and English). */
function ruleOf(text: string, code: string): string | null {
  return matchChrome(text, [], languageOf(code))?.name ?? null;
}

describe("a cookie notice before an embedded video or post", () => {
  it.each(PAIRS)("%s: %s cookies, %s", (code, consent, embed) => {
    expect(ruleOf(`Please ${consent} cookies to see the ${embed} here.`, code)).toBe("consent");
  });

  // "xaccept", "xvidéo": a stem must open its word.
  it.each(PAIRS)("%s: %s and %s inside longer words make no notice", (code, consent, embed) => {
    expect(ruleOf(`Please x${consent} cookies to see the ${embed} here.`, code)).toBeNull();
    expect(ruleOf(`Please ${consent} cookies to see the x${embed} here.`, code)).toBeNull();
  });

  it("a request of another language makes no notice", () => {
    expect(ruleOf("Please akzeptieren cookies to see the video here.", "en")).toBeNull();
    expect(ruleOf("Bitte Cookies akzeptieren, um den Inhalt anzuzeigen.", "de")).toBe("consent");
  });
});
