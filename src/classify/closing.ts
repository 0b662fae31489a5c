/**
 * Closing paragraphs: reporter text after the last answer ("The interview was
 * conducted in Oslo.", "Haugland is due to travel…", "گفتنی است …"). They are
 * told from answer paragraphs by voice: an answer speaks in the first person,
 * the reporter about the guest, the interview or the facts.
 */
import { LazyRegExp } from "../lazy-regexp.js";
import {
  alternation,
  EVERY_LANGUAGE,
  lazyPhrasePattern,
  wholeWordAlternation,
  type LexiconSelection,
  type PatternBuilder,
} from "../lexicon/index.js";
import type { ClassifiedBlock, Person } from "../types.js";

/**
 * Reporter phrasing about the interview itself (the lexicons' closing phrases). The compiler
 * bounds words by letters of any script: `\b` never matched around "беседовал".
 */
const ABOUT_THE_INTERVIEW: PatternBuilder = (lexicons) => lazyPhrasePattern("closingPhrases", lexicons);

/**
 * First- and second-person words, by which an answer speaks: the lexicons' pronouns, in any case,
 * bounded by letters of any script, so "ma" is not found in "mañana"; an elided one counts before
 * its apostrophe ("j'ai"). Not the German "Sie", which opens a sentence as "she" as often as "you".
 */
const SPEAKS_AS_I_OR_WE: PatternBuilder = (lexicons) => {
  const pronouns = lexicons.flatMap((lexicon) => (lexicon.pronouns ? [lexicon.pronouns] : []));
  const words = wholeWordAlternation(pronouns.flatMap((stated) => [...stated.i, ...stated.you]));
  const elided = alternation(pronouns.flatMap((stated) => stated.iElided ?? []));
  return new LazyRegExp(`${words}|(?<![\\p{L}\\p{N}])(?:${elided})['’]`, "iu");
};

/** A short paragraph of facts (dates, places, opening hours) reads as a reporter's note. */
const NOTE_MAX_CHARS = 240;

/** Marks trailing answer paragraphs written in the reporter's voice as closing paragraphs. */
export function markClosing(
  blocks: ClassifiedBlock[],
  interviewee: Person | null,
  lexicons: LexiconSelection = EVERY_LANGUAGE,
): ClassifiedBlock[] {
  const aboutTheInterview = lexicons.pattern(ABOUT_THE_INTERVIEW);
  const speaksAsIOrWe = lexicons.pattern(SPEAKS_AS_I_OR_WE);
  const surname = interviewee?.name.split(/\s+/u).at(-1) ?? null;
  const result = [...blocks];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const item = result[index]!;
    if (item.role === "chrome" || item.role === "meta") continue;
    const previous = result.slice(0, index).reverse().find((other) => other.role !== "chrome" && other.role !== "meta");
    const keepsAnAnswer = previous?.role === "answer";
    if (item.role !== "answer" || !item.unlabeled || !keepsAnAnswer || !inReporterVoice(item.text, surname, aboutTheInterview, speaksAsIOrWe)) break;
    result[index] = { ...item, role: "closing", reason: "reporter paragraph after the interview", rule: "segment/closing" };
  }
  return result;
}

/** Whether a paragraph speaks about the interview or the guest rather than as the guest. */
function inReporterVoice(text: string, surname: string | null, aboutTheInterview: LazyRegExp, speaksAsIOrWe: LazyRegExp): boolean {
  if (aboutTheInterview.test(text)) return true;
  if (speaksAsIOrWe.test(text)) return false;
  const aboutGuest = surname !== null && surname.length > 2 && text.includes(surname);
  return aboutGuest || (text.length <= NOTE_MAX_CHARS && /\d/u.test(text));
}
