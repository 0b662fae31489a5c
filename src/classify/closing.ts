/**
 * Closing paragraphs: reporter text after the last answer ("The interview was
 * conducted in Oslo.", "Haugland is due to travel…", "گفتنی است …"). They are
 * told from answer paragraphs by voice: an answer speaks in the first person,
 * the reporter about the guest, the interview or the facts.
 */
import type { LazyRegExp } from "../lazy-regexp.js";
import { EVERY_LANGUAGE, lazyPhrasePattern, type LexiconSelection, type PatternBuilder } from "../lexicon/index.js";
import type { ClassifiedBlock, Person } from "../types.js";

/**
 * Reporter phrasing about the interview itself (the lexicons' closing phrases). The compiler
 * bounds words by letters of any script: `\b` never matched around "беседовал".
 */
const ABOUT_THE_INTERVIEW: PatternBuilder = (lexicons) => lazyPhrasePattern("closingPhrases", lexicons);

/**
 * First- and second-person words, by which an answer speaks; bounded by letters of any
 * script, so "ma" is not found in "mañana" ("j" counts before an apostrophe: "j'ai").
 */
const SPEAKS_AS_I_OR_WE =
  /(?<![\p{L}\p{N}])(?:I|I'm|I've|I'd|me|my|we|we're|we've|our|us|you|your|yo|nosotros|mi|nuestro|nuestra|je|j(?=['’])|nous|notre|mon|ma|ich|wir|unser|mein|io|noi|nostro|eu|nós|nosso|ben|biz)(?![\p{L}\p{N}])|(?:^|\s)(?:я|мы|наш|мой|меня|нас)(?=[\s,.!?])|(?:^|\s)(?:من|ما)(?=\s)/u;

/** A short paragraph of facts (dates, places, opening hours) reads as a reporter's note. */
const NOTE_MAX_CHARS = 240;

/** Marks trailing answer paragraphs written in the reporter's voice as closing paragraphs. */
export function markClosing(
  blocks: ClassifiedBlock[],
  interviewee: Person | null,
  lexicons: LexiconSelection = EVERY_LANGUAGE,
): ClassifiedBlock[] {
  const aboutTheInterview = lexicons.pattern(ABOUT_THE_INTERVIEW);
  const surname = interviewee?.name.split(/\s+/u).at(-1) ?? null;
  const result = [...blocks];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const item = result[index]!;
    if (item.role === "chrome" || item.role === "meta") continue;
    const previous = result.slice(0, index).reverse().find((other) => other.role !== "chrome" && other.role !== "meta");
    const keepsAnAnswer = previous?.role === "answer";
    if (item.role !== "answer" || !item.unlabeled || !keepsAnAnswer || !inReporterVoice(item.text, surname, aboutTheInterview)) break;
    result[index] = { ...item, role: "closing", reason: "reporter paragraph after the interview", rule: "segment/closing" };
  }
  return result;
}

/** Whether a paragraph speaks about the interview or the guest rather than as the guest. */
function inReporterVoice(text: string, surname: string | null, aboutTheInterview: LazyRegExp): boolean {
  if (aboutTheInterview.test(text)) return true;
  if (SPEAKS_AS_I_OR_WE.test(text)) return false;
  const aboutGuest = surname !== null && surname.length > 2 && text.includes(surname);
  return aboutGuest || (text.length <= NOTE_MAX_CHARS && /\d/u.test(text));
}
