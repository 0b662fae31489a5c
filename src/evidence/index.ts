/**
 * The evidence stage, after assemble: which pairs back each summary item, and
 * which answer each quotation in the reporter's text comes from.
 */
import type { InterviewDocument, Quote, QuoteField, Warning } from "../types.js";
import { alignSummary, indexPairs, query, rankPairs, reporterTerms, type PairIndex, type TermReader } from "./align.js";
import { answerText, compareQuote, isExact, quoteText, type AnswerText } from "./match.js";
import { EVERY_LANGUAGE, type LexiconSelection } from "../lexicon/index.js";
import { findQuotes } from "./quotes.js";
import { terms, tokenize } from "./text.js";

/** How many of the best-ranked answers a quotation that is not exact is aligned with. */
const CLOSE_CANDIDATES = 3;

/** Work limits (items × pairs, quotations × answer characters) above which the stage steps aside. */
const MAX_COMPARISONS = 20_000_000;
const MAX_SCANNED_CHARACTERS = 2_000_000_000;

/** A quotation found in one field, before it is matched. */
interface FoundQuote {
  in: QuoteField;
  index: number;
  text: string;
}

/**
 * Adds `summaryEvidence` and `quotes` to a document. On a document too large
 * for the comparison (a hostile input) both stay empty and a warning says so.
 */
export function addEvidence(doc: InterviewDocument, lexicons: LexiconSelection = EVERY_LANGUAGE): InterviewDocument {
  const found = quotesIn(doc, lexicons);
  if (doc.summary.length === 0 && found.length === 0) return { ...doc, summaryEvidence: [], quotes: [] };
  if (tooMuchWork(doc, found.length))
    return { ...doc, summaryEvidence: [], quotes: [], warnings: [...doc.warnings, SKIPPED] };
  // With quotations each answer is tokenized once, for the index and for the word-by-word comparison;
  // without, the index tokenizes each answer in turn and keeps only its terms.
  const answerTokens = found.length === 0 ? undefined : doc.qa.map((pair) => tokenize(pair.answer.join("\n")));
  const index = indexPairs(doc.qa, answerTokens);
  const answers = answerTokens === undefined ? [] : doc.qa.map((pair, at) => answerText(pair.answer, answerTokens[at]));
  // The summary's items are read for the reporter's vocabulary, then aligned: their terms are read once.
  const termsOf = rememberingTerms();
  return {
    ...doc,
    summaryEvidence: alignSummary(
      doc.summary,
      index,
      new Set([...speakerTerms(doc), ...reporterTerms(reporterParagraphs(doc), index, termsOf)]),
      termsOf,
    ),
    quotes: found.map((quote) => matchQuote(quote, index, answers)),
  };
}

/** A reader of passages' terms that reads each passage once. */
function rememberingTerms(): TermReader {
  const read = new Map<string, ReturnType<TermReader>>();
  return (text) => {
    let entries = read.get(text);
    if (entries === undefined) {
      entries = terms(tokenize(text));
      read.set(text, entries);
    }
    return entries;
  };
}

/** The warning of a document the stage skipped. */
const SKIPPED: Warning = {
  code: "evidence-skipped",
  rule: "evidence/skipped",
  message:
    "The document is too large to link the summary and quotations to the answers; summaryEvidence and quotes are empty.",
};

/** Whether the comparison would cost more than the limits allow. */
function tooMuchWork(doc: InterviewDocument, quotes: number): boolean {
  const answerCharacters = doc.qa.reduce(
    (sum, pair) => sum + pair.answer.reduce((size, paragraph) => size + paragraph.length, 0),
    0,
  );
  return (
    (doc.summary.length + quotes) * doc.qa.length > MAX_COMPARISONS ||
    quotes * answerCharacters > MAX_SCANNED_CHARACTERS
  );
}

/** Every quotation of the lead, the summary items and the intro, in document order. */
function quotesIn(doc: InterviewDocument, lexicons: LexiconSelection): FoundQuote[] {
  const fields: Array<{ in: QuoteField; index: number; text: string | null }> = [
    { in: "lead", index: 0, text: doc.lead },
    ...doc.summary.map((text, index) => ({ in: "summary" as const, index, text })),
    { in: "qaIntro", index: 0, text: doc.qaIntro },
  ];
  return fields.flatMap((field) =>
    field.text === null
      ? []
      : findQuotes(field.text, lexicons).map((span) => ({ in: field.in, index: field.index, text: span.text })),
  );
}

/**
 * The answer a quotation comes from: the first answer that holds it exactly,
 * else the closest of the answers that share most of its words, else none.
 */
function matchQuote(quote: FoundQuote, index: PairIndex, answers: readonly AnswerText[]): Quote {
  const base = { in: quote.in, index: quote.index, text: quote.text };
  const prepared = quoteText(quote.text);
  const exact = answers.findIndex((answer) => isExact(prepared, answer));
  if (exact !== -1) return { ...base, pair: exact, match: "exact" };
  const candidates = rankPairs(query(quote.text, index), index.answers)
    .filter((entry) => entry.share > 0)
    .map((entry) => entry.pair);
  let best: Quote = { ...base, pair: null, match: "none" };
  let bestSimilarity = 0;
  for (const pair of candidates.slice(0, CLOSE_CANDIDATES)) {
    const comparison = compareQuote(prepared, answers[pair] ?? EMPTY);
    if (comparison === null || comparison.similarity <= bestSimilarity) continue;
    bestSimilarity = comparison.similarity;
    best = { ...base, pair, match: comparison.match, diff: comparison.diff };
  }
  return best;
}

/** An answer with no words. */
const EMPTY: AnswerText = { tokens: [], joined: " " };

/** The reporter's paragraphs above the interview. */
function reporterParagraphs(doc: InterviewDocument): string[] {
  return [doc.lead, ...doc.summary, doc.qaIntro].filter((text): text is string => text !== null);
}

/** Terms of the speakers' names and the agency's: they say who speaks, not what is said. */
function speakerTerms(doc: InterviewDocument): Set<string> {
  const names = [
    doc.meta.interviewer?.name,
    doc.meta.interviewee?.name,
    doc.meta.agency,
    ...doc.qa.flatMap((pair) => [pair.asker, pair.answerer]),
  ];
  // Each pair names the same two speakers again: each name is read once.
  const distinct = new Set(names.filter((name): name is string => Boolean(name)));
  return new Set([...distinct].flatMap((name) => terms(tokenize(name)).map((entry) => entry.term)));
}
