/**
 * The lexicons and their compiler: every label of every language opens a turn,
 * every phrase is found as a word (also one that begins or ends with a
 * non-ASCII letter, which `\b` never matched) and not inside a longer word.
 */
import { describe, expect, it } from "vitest";
import { wordCases } from "./helpers/lexicon-cases.js";
import {
  boundedAlternation,
  boundedWord,
  EVERY_LANGUAGE,
  escapeRegExp,
  initialLabelPattern,
  labels,
  LEXICONS,
  longestMonthWord,
  monthTable,
  notFirstNameWords,
  phrasePattern,
  titlesBeforeName,
  saysSlotPhrase,
  selectLexicons,
  slotPhrasePatterns,
  turnLabelPattern,
  type LexiconSelection,
} from "../src/lexicon/index.js";
import { matchChrome } from "../src/classify/chrome.js";
import { detectLanguage } from "../src/meta/language.js";
import { expandName, findRole, mostMentioned } from "../src/meta/names.js";
import { readMetaLine } from "../src/meta/header-lines.js";
import { buildMeta } from "../src/meta/index.js";
import { extract } from "../src/index.js";

/** Every [language, label] pair of one role. */
function labelCases(role: "question" | "answer"): Array<[string, string]> {
  return LEXICONS.flatMap((lexicon) =>
    labels(role, [lexicon]).map((label): [string, string] => [lexicon.code, label.word]),
  );
}

/** The lists of plain phrases. */
const PHRASE_LISTS = [
  "introPhrases",
  "pointers",
  "closingPhrases",
  "interviewWords",
  "faqWords",
  "pressConferenceWords",
  "attributionWords",
  "guestIntroPhrases",
  "spokeToPhrases",
  "interviewedPhrases",
] as const;

/** Every [language, list, phrase] of the phrase lists. */
const PHRASES = LEXICONS.flatMap((lexicon) =>
  PHRASE_LISTS.flatMap((list) =>
    (lexicon[list] ?? []).map((phrase): [string, typeof list, string] => [lexicon.code, list, phrase]),
  ),
);

/** Whether a lexicon phrase is a stem that takes any ending (`брифинг*`). */
function isStem(phrase: string): boolean {
  return phrase.endsWith("*");
}

/** A phrase as a text writes it: a stem with its mark removed. */
function asWritten(phrase: string): string {
  return isStem(phrase) ? phrase.slice(0, -1) : phrase;
}

/** Whether a phrase begins or ends with a non-ASCII letter (the words `\b` left dead). */
function nonAsciiEdge(phrase: string): boolean {
  return /^[^\x00-\x7F]|[^\x00-\x7F]$/u.test(phrase) && /^\p{L}|\p{L}$/u.test(phrase);
}

/** Whether a phrase begins and ends with a letter of a cased script (the compiler bounds those). */
function casedAtBothEnds(phrase: string): boolean {
  return /^[\p{Lu}\p{Ll}]/u.test(phrase) && /[\p{Lu}\p{Ll}]$/u.test(phrase);
}

describe("the lexicon compiler", () => {
  it("escapes every syntax character, so a word is matched as written", () => {
    const pattern = new RegExp(`^${escapeRegExp("a.b*c?(d)[e]{2}|f^$\\")}$`, "u");
    expect(pattern.test("a.b*c?(d)[e]{2}|f^$\\")).toBe(true);
    expect(pattern.test("axb*c?(d)[e]{2}|f^$\\")).toBe(false);
  });

  it("bounds a word of a cased script by letters of any script", () => {
    const word = new RegExp(boundedWord("publié"), "u");
    expect(word.test("Publié: publié le 3 mars")).toBe(true);
    expect(word.test("publiées")).toBe(false);
    expect(new RegExp(boundedWord("ниже"), "u").test("униженный")).toBe(false);
  });

  it("bounds a stem before it only, so that it takes any ending", () => {
    const stem = new RegExp(boundedAlternation(["пресс-конференц*"]), "iu");
    expect(stem.test("на пресс-конференции в Кремле")).toBe(true);
    expect(stem.test("после пресс-конференцией")).toBe(true);
    expect(stem.test("экспресс-конференция")).toBe(false);
  });

  it("leaves words of uncased scripts unbounded (particles glue to Arabic words, Chinese has no spaces)", () => {
    expect(new RegExp(boundedWord("قال"), "u").test("وقال الوزير")).toBe(true);
    expect(new RegExp(boundedWord("以下"), "u").test("内容如以下所示")).toBe(true);
  });
});

describe("turn labels", () => {
  it.each(labelCases("question"))("%s question label %s opens a question", (_code, word) => {
    const match = turnLabelPattern("question").exec(`${word}: What comes next?`);
    expect(match?.[1]).toBe(word);
    expect(turnLabelPattern("answer").test(`${word}: What comes next?`)).toBe(
      labelCases("answer").some(([, other]) => other === word),
    );
  });

  it.each(labelCases("answer"))("%s answer label %s opens an answer", (_code, word) => {
    expect(turnLabelPattern("answer").exec(`**${word}:** We go on.`)?.[1]).toBe(word);
  });

  it("reads a number on a numbered label only", () => {
    expect(turnLabelPattern("question").exec("Q12: Why?")?.[1]).toBe("Q12");
    expect(turnLabelPattern("question").exec("Question 3 – Why?")?.[1]).toBe("Question 3");
    expect(turnLabelPattern("question").test("В 90-х годах всё было иначе.")).toBe(false);
  });

  it("does not take a word that merely begins with a label", () => {
    expect(turnLabelPattern("question").test("Fragen über Fragen: was nun?")).toBe(false);
    expect(turnLabelPattern("answer").test("Answered: yes")).toBe(false);
  });

  it.each(["В. Путин заявил…", "О. Иванова ответила", "A. Smith said", "P. Sánchez dijo"])(
    "flags %s as a one-letter label that may be an initial",
    (text) => {
      expect(initialLabelPattern().test(text)).toBe(true);
    },
  );

  it.each(["Вопрос. Что дальше?", "س. ما هو", "В.. далее"])("does not flag %s as an initial", (text) => {
    expect(initialLabelPattern().test(text)).toBe(false);
  });
});

describe("phrases", () => {
  it.each(PHRASES)("%s %s %s is found as words in a sentence", (_code, list, phrase) => {
    expect(phrasePattern(list).test(`Then ${asWritten(phrase)} here.`)).toBe(true);
  });

  it.each(PHRASES.filter(([, , phrase]) => nonAsciiEdge(phrase)))(
    "%s %s %s (a non-ASCII edge `\\b` never matched) is found beside punctuation",
    (_code, list, phrase) => {
      expect(phrasePattern(list).test(`«${asWritten(phrase)}»,`)).toBe(true);
    },
  );

  it.each(PHRASES.filter(([, , phrase]) => casedAtBothEnds(phrase)))(
    "%s %s %s is not found inside a longer word",
    (_code, list, phrase) => {
      // A stem takes any ending, so only a letter before it may not be there.
      const inside = phrasePattern(list).exec(isStem(phrase) ? `x${asWritten(phrase)}` : `x${phrase}x`);
      // Another phrase of the list may still stand inside it; this one may not.
      expect(inside?.[0]).not.toBe(asWritten(phrase));
    },
  );
});

describe("phrases with slots", () => {
  /** Whether an English phrase with slots matches a text. */
  const says = (phrase: string, text: string): boolean => {
    const patterns = slotPhrasePatterns("promoPhrases", [
      { code: "xx", name: "Test", questionLabels: [], answerLabels: [], promoPhrases: [phrase] },
    ]);
    return saysSlotPhrase(patterns, text, text.toLowerCase());
  };

  it.each([
    ["{n} days ago", "5 days ago", true],
    ["{n} days ago", "many days ago", false],
    ["ago{| at {clock}}", "2 days ago at 07:54", true],
    ["^{get|join} the {words} app$", "Get the app", true],
    ["^{get|join} the {words} app$", "Get the harbour news app", true],
    ["^{get|join} the {words} app$", "Get the best harbour ferry news app", false],
    ["email her at {address}", "Email her at jroe@example.com", true],
    ["email her at {address}", "Email her at home", false],
    ["follow {name} on {Twitter|X}", "Follow Jane Roe on Twitter", true],
    ["follow {name} on {Twitter|X}", "follow the plan on Twitter", false],
    ["sign up {for|to} {text:10} newsletter", "Sign up for the newsletter", true],
    ["sign up {for|to} {text:10} newsletter", "Sign up for the morning briefing and the newsletter", false],
    ["special offer", "This special offer ends today", true],
    ["special offer", "A special offering", false],
    ["^give a gift$", "Give a gift", true],
    ["^give a gift$", "Give a gift today", false],
  ])("%s on %s: %s", (phrase, text, matches) => {
    expect(says(phrase, text)).toBe(matches);
  });

  it("names an unknown slot", () => {
    expect(() => says("{count} days ago", "5 days ago")).toThrow(/unknown slot \{count\}/u);
  });

  it("every phrase of the lexicons compiles, and a text holds one of its quick-test words whenever it matches", () => {
    for (const list of [
      "promoPhrases",
      "newsletterPhrases",
      "podcastPhrases",
      "authorNotePhrases",
      "timeAgoPhrases",
      "readingTimePhrases",
      "meterPhrases",
    ] as const) {
      const patterns = slotPhrasePatterns(list);
      expect(patterns.caseless ?? patterns.cased).not.toBeNull();
      expect(patterns.needles.length).toBeGreaterThan(0);
      expect(patterns.needles).not.toContain("");
    }
  });

  it("reads a language's phrases only in its documents", () => {
    const line = "Hören Sie das ganze Interview in unserem Podcast";
    expect(matchChrome(line, [], documentOf("de"))?.name).toBe("podcast");
    expect(matchChrome(line, [], documentOf("fr"))).toBeNull();
  });
});

describe("months", () => {
  it.each(LEXICONS.filter((lexicon) => lexicon.months).map((lexicon) => [lexicon.code, lexicon] as const))(
    "%s lists twelve months in each table, January first",
    (_code, lexicon) => {
      for (const list of lexicon.months ?? []) {
        expect(list).toHaveLength(12);
        const first = list[0];
        expect(monthTable([lexicon]).get((typeof first === "string" ? first : first[0]!).toLowerCase())).toBe(1);
      }
    },
  );

  it("reads a month word as long as the longest name", () => {
    const longest = [...monthTable().keys()].reduce((a, b) =>
      [...(b.split(" ")[0] ?? "")].length > [...(a.split(" ")[0] ?? "")].length ? b : a,
    );
    expect(longestMonthWord()).toBe([...(longest.split(" ")[0] ?? "")].length);
    expect(monthTable().get("sept")).toBe(9);
  });
});

describe("chrome words of the lexicons", () => {
  it.each(
    LEXICONS.flatMap((lexicon) => (lexicon.chromePhrases ?? []).map((phrase) => [lexicon.code, phrase] as const)),
  )("%s chrome phrase %s is a chrome line", (_code, phrase) => {
    expect(
      matchChrome(phrase.toUpperCase() === phrase ? phrase : `${phrase[0]!.toUpperCase()}${phrase.slice(1)}`)?.name,
    ).toBe("phrase");
  });

  it.each(LEXICONS.flatMap((lexicon) => (lexicon.chromeLabels ?? []).map((label) => [lexicon.code, label] as const)))(
    "%s chrome label %s opens a label line",
    (_code, label) => {
      expect(matchChrome(`${label} : one · two`)?.name).toBe("label-line");
    },
  );

  it.each(
    LEXICONS.flatMap((lexicon) => (lexicon.rightsPhrases ?? []).map((phrase) => [lexicon.code, phrase] as const)),
  )("%s rights wording %s makes a copyright line", (_code, phrase) => {
    expect(matchChrome(`Example Media 2025, ${phrase}.`)?.name).toBe("copyright");
  });

  it.each(["© Example Media 2025", "(c) 2025 Example Media"])("%s is a copyright line", (line) => {
    expect(matchChrome(line)?.name).toBe("copyright");
  });

  it.each(
    LEXICONS.flatMap((lexicon) => (lexicon.paywallPhrases ?? []).map((phrase) => [lexicon.code, phrase] as const)),
  )("%s paywall opening %s is a subscription prompt", (_code, phrase) => {
    expect(matchChrome(`${phrase} for one euro a month`)?.name).toBe("paywall");
  });
});

describe("language detection from the lexicons' stop words", () => {
  it.each(LEXICONS.filter((lexicon) => lexicon.stopWords).map((lexicon) => [lexicon.code, lexicon] as const))(
    "%s text made of its own stop words is told as %s",
    (code, lexicon) => {
      const text = `${(lexicon.stopWords ?? []).join(" ")} `.repeat(3);
      expect(detectLanguage(text)).toBe(code);
    },
  );
});

/** The lexicons a document of one language is read with: its own, and English, which every document reads. */
function documentOf(code: string): LexiconSelection {
  return selectLexicons(new Set(["en", code]));
}

/** Every [language, word] of one list of the lexicons. */
function listCases(
  list:
    | "courtesyTitles"
    | "roleArticles"
    | "adLabels"
    | "dateLineWords"
    | "bylineOpenings"
    | "newsIdLabels"
    | "updatedWords",
): Array<[string, string]> {
  return wordCases((lexicon) => lexicon[list] ?? []);
}

describe("the lexicons' words about people and pages", () => {
  it.each(wordCases((lexicon) => titlesBeforeName([lexicon])))(
    "%s title %s is kept before a full name, not read as its first word",
    (_code, title) => {
      expect(expandName("Kemper", [`We spoke to ${title} Laura Kemper on Monday.`])).toBe(`${title} Laura Kemper`);
    },
  );

  it.each(listCases("roleArticles"))("%s article %s opens a role without being part of it", (_code, article) => {
    expect(findRole("Laura Kemper", [`Laura Kemper, ${article} director of the lab, said the work is slow.`])).toBe(
      "director of the lab",
    );
  });

  it("a word that is no article stays in the role", () => {
    expect(findRole("Laura Kemper", ["Laura Kemper, acting director of the lab, said the work is slow."])).toBe(
      "acting director of the lab",
    );
  });

  it.each([...wordCases((lexicon) => notFirstNameWords([lexicon])), ["-", "Laura"]])(
    "%s word %s before a surname is a first name only when it is one",
    (_code, word) => {
      const person = mostMentioned([`${word} Kemper runs the lab. Kemper said the work is slow.`], [], () => false);
      // A courtesy title is no first name, but the surname after it names the person ("Mr Kemper").
      const courtesy = LEXICONS.some((lexicon) => lexicon.courtesyTitles?.includes(word));
      expect(person).toBe(word === "Laura" ? "Laura Kemper" : courtesy ? `${word} Kemper` : null);
    },
  );

  // The surname is also a word the text writes in lower case: only the courtesy title makes it a name.
  it.each([...listCases("courtesyTitles"), ["-", "Mr"], ["-", "Sir"]])(
    "%s title %s before a surname the text also writes in lower case names the person only when a courtesy title",
    (_code, title) => {
      const text = `${title} Wise runs the lab. "It is wise to wait," ${title} Wise said. Wise left early.`;
      expect(mostMentioned([text], [], () => false)).toBe(title === "Sir" ? null : `${title} Wise`);
    },
  );

  it.each(listCases("courtesyTitles"))("%s courtesy title %s may be written with its full stop", (_code, title) => {
    const text = `${title}. Wise runs the lab. "It is wise to wait," ${title}. Wise said. Wise left early.`;
    expect(mostMentioned([text], [], () => false)).toBe(`${title}. Wise`);
  });

  it.each(listCases("adLabels"))("%s ad label %s alone in an article is removed", (_code, label) => {
    const paragraph = `<p>${"The council voted on Tuesday to build a second bridge over the river. ".repeat(3)}</p>`;
    const page = `<html><body><article><h1>Bridge</h1>${paragraph}<p>${label}</p>${paragraph}${paragraph}</article></body></html>`;
    const removed = extract(page, { name: "page.html" }).removed;
    expect(removed.filter((entry) => entry.rule === "html/advertisement-label")).toHaveLength(1);
  });
});

describe("the lexicons' date-line words", () => {
  // More than four other words make a line prose, not a date line; the lexicon's words do not count.
  it.each(listCases("dateLineWords"))("%s word %s may stand beside a date and time", (code, word) => {
    expect(readMetaLine(`${word} ${word} ${word} ${word} ${word} 2024-03-12 10:30`, documentOf(code))).not.toBeNull();
  });

  it("other words make the line prose", () => {
    expect(readMetaLine("harbour quay ferry boat crew 2024-03-12 10:30", EVERY_LANGUAGE)).toBeNull();
  });
});

describe("the lexicons' byline openings", () => {
  it.each(listCases("bylineOpenings"))("%s %s opens a byline before an author's name", (code, opening) => {
    const line = `${opening} Jana Roe`;
    expect(readMetaLine(line, documentOf(code))?.facts).toEqual([
      { kind: "byline", name: "Jana Roe", role: null, text: line },
    ]);
  });

  it.each(["Over Jana Roe", "Byways Jana Roe", "Text Jana Roe"])("%s is no byline", (line) => {
    expect(readMetaLine(line, EVERY_LANGUAGE)).toBeNull();
  });
});

describe("the lexicons' news ID labels", () => {
  it.each(listCases("newsIdLabels"))("%s %s labels an agency's item number", (code, label) => {
    const line = `${label}: 2559`;
    expect(readMetaLine(line, documentOf(code))?.facts).toEqual([{ kind: "news-id", id: "2559", text: line }]);
  });

  it.each(["Idea: 2559", "Video: 2559", "Newsroom: 2559"])("%s is no news ID", (line) => {
    expect(readMetaLine(line, EVERY_LANGUAGE)?.facts.map((fact) => fact.kind) ?? []).not.toContain("news-id");
  });
});

describe("the lexicons' words of a change's date", () => {
  /**
   * The publication date of a document of a language, English besides (as every document is read),
   * whose header has a publication stamp, then, nearer the article, another stamp.
   */
  function published(stampWord: string, code = "en"): string | null {
    const lexicons = documentOf(code);
    const lines = ["Published 2024-03-12 10:30", `${stampWord} 2024-03-14 09:00`];
    const facts = lines.flatMap((line, index) =>
      (readMetaLine(line, lexicons)?.facts ?? []).map((fact) => ({ fact, distance: lines.length - index })),
    );
    return buildMeta({ classified: [], facts, title: null, known: {}, lexicons }).meta.published;
  }

  it.each(listCases("updatedWords"))("%s %s dates a change, not the publication", (code, word) => {
    expect(published(word.replace(/\*$/u, ""), code)).toBe("2024-03-12T10:30:00");
  });

  it("another word before the nearer stamp makes it the publication date", () => {
    expect(published("Changed")).toBe("2024-03-14T09:00:00");
  });

  it("a word of another language than the document's is not read", () => {
    expect(published("Aktualisiert", "fr")).toBe("2024-03-14T09:00:00");
  });
});
