/**
 * The evidence stage: quotations found in reporter text, compared word by word
 * with the answers, and summary items aligned with the pairs that back them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alignSummary, indexPairs, reporterTerms } from "../src/evidence/align.js";
import { addEvidence } from "../src/evidence/index.js";
import { answerText, compareQuote, isExact } from "../src/evidence/match.js";
import { findQuotes } from "../src/evidence/quotes.js";
import { LEXICONS, selectLexicons } from "../src/lexicon/index.js";
import { forEachTerm, terms, tokenize } from "../src/evidence/text.js";
import { explainLines } from "../src/explain.js";
import { analyze, extract } from "../src/extract.js";
import type { InterviewDocument, QaPair } from "../src/types.js";

const FIXTURES = path.resolve(import.meta.dirname, "..", "fixtures");

describe("tokenize", () => {
  it.each([
    ["case and punctuation go", "The JCPOA's end!", ["the", "jcpoas", "end"]],
    [
      "a text with a dash (two bytes a character) is lowered alike",
      "The JCPOA's end — Now",
      ["the", "jcpoas", "end", "now"],
    ],
    ["curly and straight apostrophes are one word", "JCPOA’s", ["jcpoas"]],
    [
      "Arabic yeh and kaf become the Persian letters",
      "\u0643\u062A\u0627\u0628 \u0639\u0644\u064A",
      ["\u06A9\u062A\u0627\u0628", "\u0639\u0644\u06CC"],
    ],
    ["vowel marks are dropped", "\u0643\u064E\u062A\u064E\u0628\u064E", ["\u06A9\u062A\u0628"]],
    ["an unspaced script gives one token per character", "常态化ok", ["常", "态", "化", "ok"]],
  ])("%s", (_name, text, norms) => {
    expect(tokenize(text).map((token) => token.norm)).toEqual(norms);
  });

  it("keeps each word's offsets in the text", () => {
    const text = "Say “hello world”";
    expect(tokenize(text).map((token) => text.slice(token.start, token.end))).toEqual(["Say", "hello", "world"]);
  });

  it.each([
    ["inner apostrophes only", "rock'n'roll 'quoted' it's’ l’été'"],
    ["marks and digits inside words, a mark opening one", "café\u0301 x2 \u0301abc 1½"],
    ["astral letters and digits, a lone surrogate between words", "𝐀𝐁c 𝟙𝟚 a\ud800b \udc00z 😀word"],
    ["dashes and hyphens cut words", "well-known — twenty_one"],
  ])("finds the words a letter, digit and mark pattern finds: %s", (_name, text) => {
    const words = [...text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu)].map((match) => [
      match[0],
      match.index,
    ]);
    expect(tokenize(text).map((token) => [token.surface, token.start])).toEqual(words);
  });

  it("marks numbers and capitalised words inside a sentence as salient, not the first word", () => {
    expect(tokenize("Then Jalali met 3 envoys. Later").map((token) => token.salient)).toEqual([
      false,
      true,
      false,
      true,
      false,
      false,
    ]);
  });

  it.each([
    ["Latin words, cut and repeated", "Negotiations resumed; the negotiators' JCPOA’s 2025 talks resumed."],
    ["Arabic-script words", "\u0643\u062A\u0627\u0628 \u0639\u0644\u064A \u0643\u062A\u0627\u0628"],
    ["an unspaced script beside spaced words", "talks 走向常态 talks 常态"],
    ["capitals and apostrophes beside a dash and curly quotes", "O'Neill's TALKS — “Don't” resume, O'NEILL said"],
    ["words of one letter or two", "I a 'b' to Ab"],
  ])("gives a text's terms as its tokens' terms, in order: %s", (_name, text) => {
    const found: string[] = [];
    forEachTerm(text, (term) => found.push(term));
    expect(found).toEqual(terms(tokenize(text)).map((entry) => entry.term));
  });

  it("indexes cut words, and character pairs in unspaced scripts", () => {
    expect(terms(tokenize("negotiations a 走向常态")).map((entry) => entry.term)).toEqual([
      "negot",
      "走向",
      "向常",
      "常态",
    ]);
  });
});

describe("findQuotes", () => {
  it.each([
    ["curly marks", "He said “we will not give up the plan” today.", ["we will not give up the plan"]],
    ["straight marks, twice", 'He said "one two three" and "four five six".', ["one two three", "four five six"]],
    ["guillemets", "Il a dit « nous ne céderons pas » hier.", ["nous ne céderons pas"]],
    ["German marks", "Er sagte „wir bauen das Netz“ gestern.", ["wir bauen das Netz"]],
    ["corner brackets", "「楽団と一緒に年を重ねていきたい」と語った。", ["楽団と一緒に年を重ねていきたい"]],
    [
      "a speech verb and a colon without marks",
      "The minister said: the port opens in May.",
      ["the port opens in May."],
    ],
    ["a Persian speech verb", "وزیر گفت: بندر در ماه مه باز می‌شود", ["بندر در ماه مه باز می‌شود"]],
    ["scare quotes of one or two words are terms, not quotations", "the “maximum pressure” campaign", []],
    ["a short term in an unspaced script", "从“偶尔一次”走向", []],
    ["an unclosed mark opens nothing", "He said “we will go on and on", []],
    ["an inch mark after a digit opens nothing", 'a 5" screen and a 7" one with more words', []],
    ["a colon after a word that is not a speech verb", "The full text is as follows: questions and answers", []],
  ])("%s", (_name, text, quotes) => {
    expect(findQuotes(text).map((span) => span.text)).toEqual(quotes);
  });

  it("gives the offsets of the quoted words and of the closing mark", () => {
    const text = "He said “ one two three ” here.";
    const [span] = findQuotes(text);
    expect(span && text.slice(span.start, span.end)).toBe("one two three ”");
  });
});

describe("comparing a quotation with an answer", () => {
  const answer = answerText([
    "Of course, many of our enemies also delve into the relations between the two countries so they can understand the secrets.",
    "We will not accept negotiations that lead to imposition. That is final.",
  ]);

  it.each([
    ["the same words in another case and punctuation", "MANY of our enemies also delve into the relations", true],
    ["words across two paragraphs", "understand the secrets. We will not accept", true],
    ["stretches around an ellipsis, in order", "many of our enemies … understand the secrets", true],
    ["an editor's words in brackets", "[they] will not accept negotiations", true],
    ["an editor's parenthesis", "many of our enemies (foreign powers) also delve", true],
    [
      "a parenthesis the answer has too",
      "We will not accept negotiations that lead to imposition. (That is final.)",
      true,
    ],
    ["stretches out of order", "understand the secrets … many of our enemies", false],
    ["a word changed", "many of our enemies delve into the relations", false],
    ["part of a word only", "nemies also delve", false],
  ])("exact: %s → %s", (_name, quote, exact) => {
    expect(isExact(quote, answer)).toBe(exact);
  });

  it.each([
    [
      "a word left out and one changed",
      "Many of our enemies delve into the relations between the two countries so they can uncover secrets.",
      [
        { quote: "", answer: "also" },
        { quote: "uncover", answer: "understand the" },
      ],
    ],
    ["a word added", "We will never accept negotiations that lead to imposition.", [{ quote: "never", answer: "not" }]],
  ])("close: %s", (_name, quote, diff) => {
    expect(compareQuote(quote, answer)).toMatchObject({ match: "close", diff });
  });

  it.each([
    ["a paraphrase", "Our foes want to learn what the two nations keep secret."],
    ["too few words in common", "enemies delve"],
  ])("neither: %s", (_name, quote) => {
    expect(compareQuote(quote, answer)).toBeNull();
  });

  it("gives exact with no differences", () => {
    expect(compareQuote("That is final.", answer)).toEqual({ match: "exact", similarity: 1, diff: [] });
  });
});

describe("alignSummary", () => {
  const qa: QaPair[] = [
    {
      question: "What about the harbour?",
      answer: ["The northern pier opens in May and the fishing fees stay frozen."],
    },
    { question: "And the cranes?", answer: ["Four companies bid for the two new cranes; we sign in January."] },
    { question: "And the ferries?", answer: ["Passenger numbers on the ferries rose by a fifth since spring."] },
  ];
  const index = indexPairs(qa);

  it.each([
    ["a bullet of the first answer", "He said the northern pier opens in May and fees stay frozen.", 0],
    ["a bullet of the last answer", "He said ferry passenger numbers rose by a fifth.", 2],
    ["an introduction", "Anna Berg spoke with him at his office.", null],
    ["a greeting with too few words to be a claim", "Fees stay frozen.", null],
    ["a claim no answer makes", "He announced a new airport with three runways by 2030.", null],
  ])("%s → %s", (_name, bullet, pair) => {
    const [evidence] = alignSummary([bullet], index, new Set());
    expect(evidence?.pairs[0] ?? null).toBe(pair);
  });

  it("holds each pair's own terms however many pairs there are (their runs span several blocks)", () => {
    const many: QaPair[] = Array.from({ length: 3000 }, (_, n) => ({
      question: `Question q${n}?`,
      answer: [`Answer a${n} and shared words here.`],
    }));
    const big = indexPairs(many);
    for (const n of [0, 1023, 1999, 2999]) {
      expect(big.answers[n]!.has(`a${n}`)).toBe(true);
      expect(big.answers[n]!.has(`q${n}`)).toBe(false);
      expect(big.pairs[n]!.has(`q${n}`)).toBe(true);
      expect(big.pairs[n]!.has(`a${n + 1}`)).toBe(false);
      expect(big.answers[n]!.has("share")).toBe(true);
    }
  });

  it("scores the best pair's share in 0..1", () => {
    const [evidence] = alignSummary(["Four companies bid for the two new cranes."], index, new Set());
    expect(evidence?.score).toBeGreaterThan(0.5);
    expect(evidence?.score).toBeLessThanOrEqual(1);
  });

  it("takes words that recur in the reporter's paragraphs but in no answer for the reporter's own", () => {
    const vocabulary = reporterTerms(["He stressed the pier.", "He stressed the cranes.", "Anna wrote once."], index);
    expect([...vocabulary]).toEqual(["he", "stres"]);
  });
});

describe("the evidence stage", () => {
  /** A document with the given reporter text and pairs. */
  function document(parts: Partial<InterviewDocument>): InterviewDocument {
    const base = extract("Title\n\nQ: Why?\n\nA: Because.\n", { evidence: false });
    return { ...base, ...parts };
  }

  it("gives one evidence entry per summary item and every quotation in order of the fields", () => {
    const doc = addEvidence(
      document({
        lead: "She said “the pier opens in May”.",
        summary: ["The pier opens in May.", "They called it “the best port there is”."],
        qaIntro: "Asked about it, she said: the pier opens in May next year.",
        qa: [{ question: "When?", answer: ["The pier opens in May this year."] }],
      }),
    );
    expect(doc.summaryEvidence).toEqual([{ pairs: [0], score: 1 }, null]);
    expect(doc.quotes?.map((quote) => [quote.in, quote.index, quote.pair, quote.match])).toEqual([
      ["lead", 0, 0, "exact"],
      ["summary", 1, null, "none"],
      ["qaIntro", 0, 0, "close"],
    ]);
  });

  it("links nothing without pairs", () => {
    const doc = addEvidence(document({ summary: ["A bullet."], lead: "He said “one two three”.", qa: [] }));
    expect(doc.summaryEvidence).toEqual([null]);
    expect(doc.quotes?.map((quote) => quote.match)).toEqual(["none"]);
  });

  it("is turned off by `evidence: false`: both fields are empty arrays", () => {
    const input = readFileSync(path.join(FIXTURES, "borna-2559", "input.txt"));
    const doc = extract(input, { evidence: false });
    expect(doc.summary).toHaveLength(10);
    expect([doc.summaryEvidence, doc.quotes]).toEqual([[], []]);
  });
});

describe("the fixture of unbacked claims (en-evidence-checks)", () => {
  const doc = extract(readFileSync(path.join(FIXTURES, "en-evidence-checks", "input.txt")));

  it("links the bullet that claims what no answer says to nothing", () => {
    expect(doc.summary[3]).toMatch(/electric tugboats/u);
    expect(doc.summaryEvidence?.[3]).toBeNull();
    expect(doc.summaryEvidence?.map((evidence) => evidence?.pairs[0] ?? null)).toEqual([null, 0, 1, null, 2]);
  });

  it("finds the lead's changed words as close, an invented quotation as none", () => {
    expect(doc.quotes).toEqual([
      expect.objectContaining({
        in: "lead",
        pair: 0,
        match: "close",
        diff: [
          { quote: "winter", answer: "the first snow" },
          { quote: "any", answer: "a single" },
        ],
      }),
      { in: "summary", index: 3, text: "the fastest-growing port in Scandinavia", pair: null, match: "none" },
      expect.objectContaining({
        in: "summary",
        index: 4,
        pair: 2,
        match: "close",
        diff: [{ quote: "whole", answer: "" }],
      }),
    ]);
  });
});

describe("--explain", () => {
  const rows = explainLines(analyze(readFileSync(path.join(FIXTURES, "borna-2559", "input.txt"))));
  const note = (line: number): string | undefined => rows.find((row) => row.line === line)?.evidence;

  it.each([
    [9, "quote close Q3"],
    [11, "→ no answer"],
    [13, "→ Q1"],
    [29, "→ Q9"],
  ])("line %i: %s", (line, evidence) => {
    expect(note(line)).toBe(evidence);
  });

  it("adds no note to questions and answers", () => {
    expect(
      rows
        .filter((row) => row.class === "question" || row.class === "answer")
        .some((row) => row.evidence !== undefined),
    ).toBe(false);
  });
});

describe("a quotation after a speech verb and a colon", () => {
  /** The quotations found in a text read in English and the language `code`. */
  function quotesIn(code: string, text: string): string[] {
    return findQuotes(text, selectLexicons(new Set(["en", code]))).map((span) => span.text);
  }

  it.each(LEXICONS.flatMap((lexicon) => (lexicon.speechVerbs ?? []).map((verb) => [lexicon.code, verb] as const)))(
    "%s %s: opens a quotation",
    (code, verb) => {
      expect(quotesIn(code, `Jane Roe ${verb}: we will open the bridge next spring.`)).toEqual([
        "we will open the bridge next spring.",
      ]);
    },
  );

  it.each([
    ["en", "Jane Roe wrote: we will open the bridge next spring."],
    ["en", "Jane Roe sagte: we will open the bridge next spring."],
  ])("%s %s holds no quotation", (code, text) => {
    expect(quotesIn(code, text)).toEqual([]);
  });
});
