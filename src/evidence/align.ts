/**
 * Lexical alignment of reporter text with the Q&A pairs: each pair is a bag of
 * index terms; a passage's support in a pair is the share of its terms, weighted
 * by rarity across the pairs (idf) and up for names and numbers, that the pair
 * contains. A share in 0..1 that needs no tuning per document length.
 */
import type { QaPair, SummaryEvidence } from "../types.js";
import { forEachTerm, terms, tokenize, type Token } from "./text.js";

/** What the alignment asks of a pair's terms: whether it holds one. */
export interface TermSet {
  has(term: string): boolean;
}

/** The pairs as term sets, with each term's idf over the pairs. */
export interface PairIndex {
  /** Terms of each pair's answer. */
  answers: readonly TermSet[];
  /**
   * Terms of each pair's question and answer: a view over the answer's set and the
   * question's, not a copy (a dump of thousands of pairs held every answer's terms twice).
   */
  pairs: readonly TermSet[];
  /** Inverse document frequency of each term over the pairs. */
  idf: ReadonlyMap<string, number>;
  /** idf of a term no pair holds. */
  unseenIdf: number;
}

/** A passage's weighted index terms. */
export type Query = ReadonlyMap<string, number>;

/** Names and numbers count this much more than other words. */
const SALIENT_WEIGHT = 2;

/**
 * From this share of its weighted terms in the best pair, a bullet is linked
 * to it. Below (and without a clear margin, see WEAK_THRESHOLD), it is linked
 * to nothing: an introduction ("X spoke with Y") or a claim the answers do not
 * make. A wrong link is worse than none.
 */
export const LINK_THRESHOLD = 0.4;

/**
 * A weaker share still links when it stands out: at least WEAK_THRESHOLD and
 * CLEAR_MARGIN times the next pair's share — a bullet whose names and figures
 * the answer does not repeat, but whose substance only one answer shares.
 */
export const WEAK_THRESHOLD = 0.25;
const CLEAR_MARGIN = 1.6;

/** A bullet must share at least this many terms with the pair it is linked to. */
const MIN_SHARED_TERMS = 4;

/** Other pairs are listed beside the best when their share is at least this part of the best one. */
const COMPANION_RATIO = 0.9;

/** How much the order of bullets (which tends to follow the interview) may tip the choice between pairs. */
const ORDER_WEIGHT = 0.03;

/** Decimal places of a reported score. */
const SCORE_DIGITS = 3;

/**
 * Builds the term sets and idf of the pairs; `answerTokens` are the answers' tokens when the caller
 * has them already. Otherwise each answer is tokenized in turn and its tokens dropped once its terms
 * are taken: a large dump's tokens are never all held at once. Each distinct term is held once, as
 * a number, and a pair's terms are a sorted run of numbers: a Set of strings per answer and per
 * question held about 1.5 KB a pair, most of a large dump's evidence stage.
 */
export function indexPairs(qa: readonly QaPair[], answerTokens?: ReadonlyArray<readonly Token[]>): PairIndex {
  const counts = new TermCounts();
  const runs = new TermRuns();
  qa.forEach((pair, index) => {
    const tokens = answerTokens?.[index];
    // Numbered in the order the terms are first counted: an answer's, then its question's own.
    const answerNumbers: number[] = [];
    const takeAnswerTerm = (term: string): void => {
      const number = counts.numberOf(term);
      if (counts.markAnswer(number, index)) answerNumbers.push(number);
    };
    if (tokens) for (const entry of terms(tokens)) takeAnswerTerm(entry.term);
    else forEachTerm(pair.answer.join("\n"), takeAnswerTerm);
    const questionNumbers: number[] = [];
    forEachTerm(pair.question, (term) => {
      const number = counts.numberOf(term);
      if (counts.markQuestion(number, index)) questionNumbers.push(number);
    });
    runs.add(answerNumbers, questionNumbers);
  });
  const packed = runs.pack();
  const numbers = counts.numbers;
  const numberOf = (term: string): number | undefined => numbers.get(term);
  const answers = qa.map((_, index): TermSet => ({ has: (term) => packed.answerHas(index, numberOf(term)) }));
  const pairs = qa.map((_, index): TermSet => ({
    has: (term) => {
      const number = numberOf(term);
      return packed.answerHas(index, number) || packed.questionHas(index, number);
    },
  }));
  // A smoothed idf: a term in every pair weighs little, one in no pair weighs most.
  const idfOf = (count: number): number => Math.log((qa.length + 1) / (count + 0.5));
  const idf = new Map([...numbers].map(([term, number]) => [term, idfOf(counts.frequency[number]!)]));
  return { answers, pairs, idf, unseenIdf: idfOf(0) };
}

/**
 * The terms' numbers, and how many pairs hold each term. Which pair last put a term in its answer
 * and in its question is kept by number: a pair's distinct terms are found without a set of strings
 * per answer and question (building those sets was most of the index's time).
 */
class TermCounts {
  readonly numbers = new Map<string, number>();
  readonly frequency: number[] = [];
  readonly #inAnswerOf: number[] = [];
  readonly #inQuestionOf: number[] = [];

  /** A term's number; a new term gets the next one. */
  numberOf(term: string): number {
    let number = this.numbers.get(term);
    if (number === undefined) {
      number = this.numbers.size;
      this.numbers.set(term, number);
      this.frequency.push(0);
      this.#inAnswerOf.push(-1);
      this.#inQuestionOf.push(-1);
    }
    return number;
  }

  /** Notes a term of a pair's answer; true (and the pair counted) the first time the answer gives it. */
  markAnswer(number: number, pair: number): boolean {
    if (this.#inAnswerOf[number] === pair) return false;
    this.#inAnswerOf[number] = pair;
    this.frequency[number]! += 1;
    return true;
  }

  /** Notes a term of a pair's question; true the first time the question gives it, counted when the answer did not. */
  markQuestion(number: number, pair: number): boolean {
    if (this.#inQuestionOf[number] === pair) return false;
    this.#inQuestionOf[number] = pair;
    if (this.#inAnswerOf[number] !== pair) this.frequency[number]! += 1;
    return true;
  }
}

/** Entries of one block of {@link TermRuns}: 256 KB. */
const RUN_BLOCK_ENTRIES = 64 * 1024;

/**
 * Entries of the first block: 4 KB, each next block twice the last up to RUN_BLOCK_ENTRIES. A
 * document of a few pairs fills a few hundred entries; a 256 KB block for each one was allocated,
 * zeroed and counted against the heap's external memory (garbage collections) for nothing.
 */
const FIRST_RUN_BLOCK_ENTRIES = 1024;

/**
 * Each pair's answer and question terms as sorted runs of term numbers, in typed blocks of growing
 * size (a run that does not fit in what is left of a block starts the next one). A list of numbers
 * packed into one typed array at the end held each number three times over (8 bytes in the list,
 * up to half as much again of its spare room, then 4 in the array): 50 MB of a 20 MB dump.
 */
class TermRuns {
  readonly #blocks: Int32Array[] = [];
  #block = new Int32Array(0);
  #used = 0;
  /** Per pair: its block, then where its answer run starts, where its question run starts and where that ends. */
  readonly #places: number[] = [];

  /** Adds the next pair's term numbers. */
  add(answer: number[], question: number[]): void {
    const size = answer.length + question.length;
    if (this.#used + size > this.#block.length) {
      const entries = Math.min(RUN_BLOCK_ENTRIES, FIRST_RUN_BLOCK_ENTRIES * 2 ** this.#blocks.length);
      this.#block = new Int32Array(Math.max(entries, size));
      this.#blocks.push(this.#block);
      this.#used = 0;
    }
    const start = this.#used;
    // Each run is sorted where it lies: a typed array sorts numbers without a comparison function.
    this.#block.set(answer, start);
    this.#block.set(question, start + answer.length);
    this.#block.subarray(start, start + answer.length).sort();
    this.#block.subarray(start + answer.length, start + size).sort();
    this.#used += size;
    this.#places.push(this.#blocks.length - 1, start, start + answer.length, this.#used);
  }

  /** Lookups by pair. */
  pack(): {
    answerHas(pair: number, term: number | undefined): boolean;
    questionHas(pair: number, term: number | undefined): boolean;
  } {
    const blocks = this.#blocks;
    const places = Int32Array.from(this.#places);
    const runHas = (pair: number, run: number, term: number | undefined): boolean =>
      term !== undefined &&
      holds(blocks[places[4 * pair]!]!, places[4 * pair + run]!, places[4 * pair + run + 1]!, term);
    return {
      answerHas: (pair, term) => runHas(pair, 1, term),
      questionHas: (pair, term) => runHas(pair, 2, term),
    };
  }
}

/** Whether a sorted run `numbers[from..to)` holds a number (binary search). */
function holds(numbers: Int32Array, from: number, to: number, number: number): boolean {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = numbers[middle]!;
    if (value === number) return true;
    if (value < number) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** How the index terms of a passage are read: {@link terms} of its tokens, or those read already. */
export type TermReader = (text: string) => ReadonlyArray<{ term: string; salient: boolean }>;

/** Reads a passage's terms afresh. */
const readTerms: TermReader = (text) => terms(tokenize(text));

/** A passage's terms with their weights; `ignore` holds terms that say who speaks, not what (the speakers' names). */
export function query(
  text: string,
  index: PairIndex,
  ignore: ReadonlySet<string> = new Set(),
  termsOf: TermReader = readTerms,
): Query {
  const weights = new Map<string, number>();
  for (const { term, salient } of termsOf(text)) {
    if (ignore.has(term)) continue;
    const weight = (index.idf.get(term) ?? index.unseenIdf) * (salient ? SALIENT_WEIGHT : 1);
    weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  }
  return weights;
}

/** The weighted share of a query's terms that a term set holds, in 0..1. */
export function coverage(terms: Query, set: TermSet): number {
  let total = 0;
  let found = 0;
  for (const [term, weight] of terms) {
    total += weight;
    if (set.has(term)) found += weight;
  }
  return total === 0 ? 0 : found / total;
}

/** Pair indexes ranked by a query's coverage, best first, with their shares. */
export function rankPairs(terms: Query, sets: readonly TermSet[]): Array<{ pair: number; share: number }> {
  return sets
    .map((set, pair) => ({ pair, share: coverage(terms, set) }))
    .sort((a, b) => b.share - a.share || a.pair - b.pair);
}

/**
 * The reporter's own vocabulary: words (not names or numbers) that recur in
 * several of the reporter's paragraphs but in no pair — "said", "emphasized",
 * "in this interview" in any language. They tell who speaks, not what is
 * claimed, and would otherwise count against every item alike.
 */
export function reporterTerms(
  paragraphs: readonly string[],
  index: PairIndex,
  termsOf: TermReader = readTerms,
): Set<string> {
  const paragraphCount = new Map<string, number>();
  for (const paragraph of paragraphs) {
    const plain = termsOf(paragraph).filter((entry) => !entry.salient && !index.idf.has(entry.term));
    for (const term of new Set(plain.map((entry) => entry.term)))
      paragraphCount.set(term, (paragraphCount.get(term) ?? 0) + 1);
  }
  return new Set([...paragraphCount].filter(([, count]) => count >= 2).map(([term]) => term));
}

/** The evidence of each summary item, in order: the pairs that back it, or null. */
export function alignSummary(
  summary: readonly string[],
  index: PairIndex,
  ignore: ReadonlySet<string>,
  termsOf: TermReader = readTerms,
): Array<SummaryEvidence | null> {
  return summary.map((item, position) =>
    backing(query(item, index, ignore, termsOf), index, orderPosition(position, summary.length)),
  );
}

/** Where an item stands in its list, 0..1. */
function orderPosition(position: number, count: number): number {
  return count <= 1 ? 0.5 : position / (count - 1);
}

/** The pairs that back one passage, or null when even the best share is below the threshold. */
function backing(terms: Query, index: PairIndex, position: number): SummaryEvidence | null {
  const count = index.pairs.length;
  const shares = index.pairs.map((set) => coverage(terms, set));
  // The order prior only breaks near-ties: it never lifts a share over the threshold.
  const prior = (pair: number): number => ORDER_WEIGHT * (1 - Math.abs(position - orderPosition(pair, count)));
  let best = -1;
  shares.forEach((share, pair) => {
    if (best < 0 || share + prior(pair) > (shares[best] ?? 0) + prior(best)) best = pair;
  });
  const bestShare = shares[best] ?? 0;
  if (best < 0 || !isBacked(bestShare, largestExcept(shares, best))) return null;
  // A few shared words ("Thank you, Omar") are a greeting, not a claim an answer backs.
  if (sharedTerms(terms, index.pairs[best]) < MIN_SHARED_TERMS) return null;
  const companions = shares
    .map((share, pair) => ({ share, pair }))
    .filter(({ share, pair }) => pair !== best && share >= bestShare * COMPANION_RATIO)
    .sort((a, b) => b.share - a.share || a.pair - b.pair)
    .map(({ pair }) => pair);
  return { pairs: [best, ...companions], score: round(bestShare) };
}

/**
 * The largest share but the one at `except`, 0 when there is none. A loop, not Math.max(...shares):
 * a 50 MB dump's 125,000 pairs passed too many arguments and overflowed the stack.
 */
function largestExcept(shares: readonly number[], except: number): number {
  let largest = 0;
  shares.forEach((share, pair) => {
    if (pair !== except && share > largest) largest = share;
  });
  return largest;
}

/** How many of a query's terms a term set holds. */
function sharedTerms(terms: Query, set: TermSet | undefined): number {
  let shared = 0;
  for (const term of terms.keys()) if (set?.has(term) === true) shared += 1;
  return shared;
}

/** Whether the best share links: high enough, or fairly high and clearly above the runner-up. */
function isBacked(best: number, runnerUp: number): boolean {
  return best >= LINK_THRESHOLD || (best >= WEAK_THRESHOLD && best >= CLEAR_MARGIN * runnerUp);
}

/** Rounds a score for the output. */
function round(score: number): number {
  const scale = 10 ** SCORE_DIGITS;
  return Math.round(score * scale) / scale;
}
