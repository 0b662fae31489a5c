/**
 * Blocks → classified blocks and metadata. Steps:
 * 1. evidence per block (chrome rule, metadata line, turn label);
 * 2. the article's range by scores; what lies outside is header or trailer;
 * 3. the title, and its duplicates;
 * 4. the body cut into lead, summary, intro, Q&A, closing;
 * 5. metadata from the header facts, the dateline and the reporter's sentences;
 * 6. the document-level check "is this an interview?": a look-alike (an FAQ,
 *    an explainer, a press conference…) keeps its questions as body paragraphs.
 */
import { reasonOf, type RuleId } from "../registry.js";
import { matchChrome } from "./chrome.js";
import { captionBlocks, FIGURE_CAPTION } from "./captions.js";
import { isHeaderStamp, stampDate } from "./header-stamp.js";
import { headlineOverDate, headlineUnderDate, openingHeadline } from "./opening-headline.js";
import {
  AUTHOR_BOX,
  authorBoxBlocks,
  COMMENT_THREAD,
  commentThreadBlocks,
  HEADLINE_LIST,
  headlineListBlocks,
  SHOUTED_HEADLINE,
  shoutedHeadlineBlocks,
  type ZoneBlock,
} from "./page-zones.js";
import { markClosing } from "./closing.js";
import { checkInterview, demoteQa, notAnInterviewWarning, type Verdict } from "./interview-check.js";
import { contentWords, hasPhotoCredit, findTitle, isFileName, type TitleCandidate } from "./title.js";
import { BlockKeys, textKey } from "./block-keys.js";
import { isHeadlineShaped } from "./shape.js";
import { noQaWarning, segmentBody, type Segment } from "./segment.js";
import { articleRange, scoreBlock } from "./zones.js";
import { readMetaLine, type HeaderFact, type MetaLine } from "../meta/header-lines.js";
import { buildMeta } from "../meta/index.js";
import { DIALOGUE_DASH, ENDS_LIKE_SENTENCE, ENDS_WITH_QUESTION, QUESTION_LABEL, SPEAKER_LABEL } from "../patterns.js";
import { answerLabel, NO_RULES, questionLabel, type CompiledRules } from "../rules.js";
import type { LexiconSelection } from "../lexicon/index.js";
import type { Block, ClassifiedBlock, Meta, Warning } from "../types.js";
import { textUnits } from "./shape.js";
import { LazyRegExp } from "../lazy-regexp.js";
import { countLetters, countLowerCase, countUpperCase } from "../normalize.js";

/** What classification gives the assembler. */
export interface Classification {
  blocks: ClassifiedBlock[];
  meta: Meta;
  warnings: Warning[];
}

/** How many blocks of the article's opening a headline is compared with. */
const OPENING_BLOCKS = 3;

/** How the blocks were obtained. */
export interface ClassifyOptions {
  /**
   * The blocks are already the article (the HTML reader chose its container):
   * no zoning, so tables and lists inside the article are kept.
   */
  preselected?: boolean;
  /** A user's rules: extra chrome, labels and speakers (see `ExtractOptions.rules`). */
  rules?: CompiledRules;
}

/** Metadata known before classification (from HTML `<meta>` tags, JSON-LD…). */
export type KnownMeta = Partial<Meta>;

/** Per-block evidence gathered once. */
interface Evidence {
  block: Block;
  chrome: ReturnType<typeof matchChrome>;
  fact: MetaLine | null;
}

/** Classifies every block and builds the metadata. */
export function classify(blocks: readonly Block[], known: KnownMeta = {}, options: ClassifyOptions = {}): Classification {
  const rules = options.rules ?? NO_RULES;
  const { classified, facts, factOf, titleText, shape, warnings } = classifyBlocks(blocks, known, options, rules);
  const first = buildMeta({ classified, facts, title: titleText, known, lexicons: rules.lexicons });
  const verdict = checkInterview({ blocks: first.blocks, title: titleText, language: first.meta.language, shape, lexicons: rules.lexicons });
  // A look-alike's metadata is built again without its questions: no asker, no answerer.
  const meta = verdict ? buildMeta({ classified: demoteQa(classified, verdict), facts, title: titleText, known, language: first.meta.language, lexicons: rules.lexicons }) : first;
  const withDrops = markClosing(meta.blocks, meta.meta.interviewee, rules.lexicons).map((item) => dropUnusedFacts(item, factOf.get(item.block) ?? null, meta.used));
  return { blocks: withDrops, meta: meta.meta, warnings: verdict ? checkedWarnings(warnings, verdict) : warnings };
}

/** The blocks classified, before the metadata is built: what the rest of {@link classify} reads. */
interface ClassifiedBlocks {
  classified: ClassifiedBlock[];
  facts: Array<{ fact: HeaderFact; distance: number; afterArticle: boolean }>;
  /** The metadata line of each block that has one. */
  factOf: ReadonlyMap<Block, MetaLine>;
  titleText: string | null;
  shape: string;
  warnings: Warning[];
}

/**
 * Every block's class: layout, title, header and trailer, then the body's segments. A function of
 * its own so that what only it reads (the body's segments) is garbage before the metadata is built.
 */
function classifyBlocks(blocks: readonly Block[], known: KnownMeta, options: ClassifyOptions, rules: CompiledRules): ClassifiedBlocks {
  const { result, facts, factOf, titleText } = classifyLayout(blocks, known, options, rules);
  const { shape, warnings } = classifyBody(result, blocks, rules);
  const classified = result.filter((value): value is ClassifiedBlock => value !== null);
  return { classified, facts, factOf, titleText, shape, warnings };
}

/** The layout's classes: every block outside the body classified, the body's blocks left null for {@link classifyBody}. */
interface LayoutClasses {
  result: Array<ClassifiedBlock | null>;
  facts: ClassifiedBlocks["facts"];
  factOf: ReadonlyMap<Block, MetaLine>;
  titleText: string | null;
}

/**
 * The layout of the page: title, header and trailer; the body's blocks are left unclassified. A
 * function of its own so that what only it reads (the evidence, scores and keys of every block) is
 * garbage while the body is segmented: on a big dump they were a fifth of the heap at its peak.
 */
function classifyLayout(blocks: readonly Block[], known: KnownMeta, options: ClassifyOptions, rules: CompiledRules): LayoutClasses {
  const gathered = withBoxButtons(withCaptions(blocks.map((block) => gatherEvidence(block, rules))));
  // The HTML reader already left related lists and comments out of the container it chose.
  const evidence = options.preselected ? gathered : withPageZones(gathered, rules.lexicons);
  const scores = options.preselected ? [] : evidence.map((item) => scoreEvidence(item, rules));
  // Each block's comparison key, computed once: the title is looked for, then its duplicates removed.
  const keys = new BlockKeys(blocks.map((block) => block.text));
  const range = options.preselected
    ? { start: 0, end: blocks.length - 1 }
    : withIntro(pastPrintedHeadline(withLastAnswer(articleRange(scores), evidence), evidence, keys), evidence, scores);
  const zoned = { start: range?.start ?? blocks.length, end: range?.end ?? blocks.length - 1 };
  const isDatedStampAt = datedStamps(evidence, rules.lexicons);
  const found = titleIndex(evidence, keys, zoned, known.title ?? null, rules.lexicons, isDatedStampAt);
  const isDated = (index: number): boolean => evidence[index]!.fact !== null || isDatedStampAt(index);
  const underDate =
    (known.title ?? null) === null && !options.preselected
      ? (headlineUnderDate(evidence, zoned, found) ?? headlineOverDate(evidence, zoned, found, isDated))
      : null;
  const title = underDate ?? found;
  // A headline the range opened on is the title, and the article starts under it.
  const start = underDate === null ? zoned.start : Math.max(zoned.start, underDate + 1);
  const end = zoned.end;
  const titleText = known.title ?? (title === null ? null : blocks[title]!.text);
  const titleKey = titleText === null ? null : textKey(titleText);
  const prose = firstProse(evidence, start, end);
  const stamps = headerStamps(evidence, { from: (title ?? start - 1) + 1, to: Math.max(start, prose) }, rules.lexicons);
  const isTitle = (index: number): boolean => titleKey !== null && keys.has(index, titleKey);
  const deck = options.preselected ? null : deckIndex(evidence, title, start, isTitle, stamps);
  const result: Array<ClassifiedBlock | null> = evidence.map((item, index) =>
    index === deck ? null : classifyOutside(item, index, { start, end, titleIndex: title, isTitle, prose, stamps }),
  );
  // The body's blocks are left null here, and the body has no metadata lines: the facts are all known now.
  const lineFacts = evidence.flatMap((item, index) =>
    item.fact && result[index]?.role === "meta" ? item.fact.facts.map((fact) => ({ fact, distance: Math.abs(start - index), afterArticle: index > end })) : [],
  );
  const facts = [...lineFacts, ...stampFacts(evidence, stamps, start, lineFacts, rules.lexicons)];
  // Only the blocks with a metadata line: a map of every block was 7 MB of a 20 MB dump.
  const factOf = new Map<Block, MetaLine>();
  for (const item of evidence) if (item.fact) factOf.set(item.block, item.fact);
  return { result, facts, factOf, titleText };
}

/**
 * Classifies the body: the blocks left unclassified in `result` (null) are cut into segments
 * ({@link segmentBody}) and put in their places as classified blocks. Each segment is let go
 * as soon as its classified block is made: a big dump's segments and their copies were held
 * together until the end of classification (16 MB of a 20 MB dump).
 */
function classifyBody(result: Array<ClassifiedBlock | null>, blocks: readonly Block[], rules: CompiledRules): { shape: string; warnings: Warning[] } {
  const bodyIndexes = result.flatMap((value, index) => (value === null ? [index] : []));
  const { segments, shape, warnings } = segmentBody(
    bodyIndexes.map((index) => blocks[index]!),
    rules,
  );
  const pending: Array<Segment | undefined> = segments;
  pending.forEach((segment, position) => {
    const index = bodyIndexes[position]!;
    result[index] = { block: blocks[index]!, ...segment! };
    pending[position] = undefined;
  });
  return { shape, warnings };
}

/** The warnings of a look-alike: those about its questions go, "no-qa" and "not-an-interview" come. */
function checkedWarnings(warnings: readonly Warning[], verdict: Verdict): Warning[] {
  const kept = warnings.filter((warning) => warning.code !== "unanswered-question" && warning.code !== "text-before-questions" && warning.code !== "no-qa");
  return [...kept, noQaWarning(), notAnInterviewWarning(verdict)];
}

/**
 * A range that ends on a question takes the sentences after it: the answer,
 * however short. "Not before 2030." scores as a fragment, and the
 * maximum-sum run stopped before it, leaving the question unanswered and the
 * answer in `removed` as a page trailer. Chrome, a metadata line or a line
 * that is no sentence (a headline, a menu) ends the answer.
 */
function withLastAnswer(range: { start: number; end: number } | null, evidence: readonly Evidence[]): { start: number; end: number } | null {
  const last = range && evidence[range.end];
  if (!range || !last) return range;
  const speakers = new Set(evidence.slice(range.start, range.end + 1).flatMap((item) => speakerName(item.block.text)));
  const asks = ENDS_WITH_QUESTION.test(last.block.text);
  // A transcript's short last turns ("REYES: Thank you.") belong to it when a speaker of the article says them.
  const continues = (text: string): boolean => asks || speakerName(text).some((name) => speakers.has(name));
  let end = range.end;
  for (let next = evidence[end + 1]; next && next.chrome === null && next.fact === null && ENDS_LIKE_SENTENCE.test(next.block.text) && continues(next.block.text); next = evidence[end + 1]) {
    end += 1;
  }
  return { start: range.start, end };
}

/** How near its second print a headline opening the range is looked for, in blocks. */
const REPRINT_WINDOW = 3;

/**
 * A range that opens on a headline printed again just below (a page's heading, then
 * the article's own) starts after the second print: a headline that asks ("Where is
 * research going?") scores as a question and drew the range's start onto it.
 */
function pastPrintedHeadline(range: { start: number; end: number } | null, evidence: readonly Evidence[], keys: BlockKeys): { start: number; end: number } | null {
  const first = range && evidence[range.start];
  if (!range || !first || !isHeadlineShaped(first.block.text)) return range;
  const last = Math.min(range.end, range.start + REPRINT_WINDOW);
  for (let index = range.start + 1; index <= last; index += 1) {
    if (index < range.end && keys.same(index, range.start)) return { start: index + 1, end: range.end };
  }
  return range;
}

/** Most blocks of boxes, bylines and headings between an interview's intro and its first question. */
const INTRO_GAP = 8;

/** A Markdown heading: a section's title, never an intro's prose. */
const HEADING = /^#{1,6}\s/u;

/**
 * A range that opens on the first question takes the intro above it, across a few
 * boxes, bylines and headings: "Propos recueillis par…", a podcast player and a
 * section heading between the standfirst and the interview outweigh its two
 * paragraphs in the maximum-sum run, which left the intro out as page header.
 * Only prose paragraphs are taken, from the nearest up; the gap stays outside
 * unless it lies between them.
 */
function withIntro(range: { start: number; end: number } | null, evidence: readonly Evidence[], scores: readonly number[]): { start: number; end: number } | null {
  const first = range && evidence[range.start];
  if (!range || !first || !opensQuestion(first.block.text)) return range;
  let start = range.start;
  let gap = 0;
  for (let index = range.start - 1; index >= 0 && gap <= INTRO_GAP; index -= 1) {
    const text = evidence[index]!.block.text;
    const prose = scores[index]! > 0 && !HEADING.test(text) && !ENDS_WITH_QUESTION.test(text);
    if (prose) start = index;
    else if (start < range.start) break;
    else gap += 1;
  }
  return { start, end: range.end };
}

/** Whether a block opens an interviewer's turn: a question label, a dialogue dash, or a question. */
function opensQuestion(text: string): boolean {
  return QUESTION_LABEL.test(text) || DIALOGUE_DASH.test(text) || ENDS_WITH_QUESTION.test(text);
}

/** The speaker label opening a block, as a list of none or one name. */
function speakerName(text: string): string[] {
  const name = SPEAKER_LABEL.exec(text)?.[1];
  return name ? [name] : [];
}

/** Evidence for one block. */
function gatherEvidence(block: Block, rules: CompiledRules): Evidence {
  const chrome = matchChrome(block.text, rules.chrome, rules.lexicons);
  return { block, chrome, fact: chrome ? null : readMetaLine(block.text, rules.lexicons) };
}

/** The evidence with the captions above photo credits marked as chrome (see `captions.ts`). */
function withCaptions(evidence: Evidence[]): Evidence[] {
  const captions = captionBlocks(
    evidence.map((item) => item.block),
    evidence.map((item) => item.chrome),
  );
  return evidence.map((item, index) => (captions.has(index) ? { ...item, chrome: FIGURE_CAPTION, fact: null } : item));
}

/**
 * The evidence with the page's zones marked as chrome (see `page-zones.ts`): a readers' comment
 * thread, then the lists of other articles' headlines, judged with the thread already set aside.
 */
function withPageZones(evidence: Evidence[], lexicons: LexiconSelection): Evidence[] {
  // A comment's stamp is chrome of its own ("2 days ago at 07:54 am"); the thread is found by its stamps all the same.
  const view = (item: Evidence): ZoneBlock => {
    const fact = item.fact ?? (item.chrome?.id === "chrome/time-ago" ? readMetaLine(item.block.text, lexicons) : null);
    return { text: item.block.text, isChrome: item.chrome !== null, fact, countsComments: item.chrome?.id === "chrome/comment-count" };
  };
  const threadViews = evidence.map(view);
  const thread = commentThreadBlocks(threadViews);
  const marked = evidence.map((item, index) => (thread.has(index) && item.chrome === null ? { ...item, chrome: COMMENT_THREAD, fact: null } : item));
  // One view of the blocks for the three zone rules that judge them with the thread set aside: a block
  // the thread left as it was keeps its view (a second view of every block was 8 MB of a 20 MB dump).
  const views = marked.map((item, index) => (item === evidence[index] ? threadViews[index]! : view(item)));
  const lists = headlineListBlocks(views);
  const shouted = shoutedHeadlineBlocks(views);
  const authors = authorBoxBlocks(views);
  return marked.map((item, index) => {
    if (item.chrome !== null) return item;
    if (lists.has(index)) return { ...item, chrome: HEADLINE_LIST, fact: null };
    if (authors.has(index)) return { ...item, chrome: AUTHOR_BOX, fact: null };
    return shouted.has(index) ? { ...item, chrome: SHOUTED_HEADLINE, fact: null } : item;
  });
}

/**
 * A button's text beside a box inside the article belongs to the box ("Report" under an
 * embedded post, "Share" under a photo): it weighs as the box does, not as page furniture,
 * so a run of posts between two parts of the text does not cut the article in two.
 */
function withBoxButtons(evidence: Evidence[]): Evidence[] {
  return evidence.map((item, index) => {
    if (item.chrome?.id !== "chrome/phrase" || item.chrome.inline) return item;
    const beside = [evidence[index - 1], evidence[index + 1]].some((neighbour) => neighbour?.chrome?.inline === true);
    return beside ? { ...item, chrome: { ...item.chrome, inline: true } } : item;
  });
}

/** The zoning score of one block. */
function scoreEvidence(item: Evidence, rules: CompiledRules): number {
  const text = item.block.text;
  return scoreBlock({
    text,
    isChrome: item.chrome !== null,
    isInlineChrome: item.chrome?.inline === true,
    isHeaderFact: item.fact !== null,
    isTurn: questionLabel(text, rules) !== null || answerLabel(text, rules) !== null || DIALOGUE_DASH.test(text),
  });
}

/** Where the title is, as the classifier sees the dump. */
interface Layout {
  start: number;
  end: number;
  titleIndex: number | null;
  /** Whether the block at an index prints the title's text again ({@link textKey}). */
  isTitle: (index: number) => boolean;
  /** The article's first paragraph of prose: metadata lines above it are its date and byline lines. */
  prose: number;
  /** The stamp lines under the title ({@link headerStamps}). */
  stamps: ReadonlySet<number>;
}

/**
 * The blocks from `from` up to (not including) `to` that are stamp lines (see `header-stamp.ts`):
 * read once, for the deck's search and for the blocks' classes.
 */
function headerStamps(evidence: readonly Evidence[], { from, to }: { from: number; to: number }, lexicons: CompiledRules["lexicons"]): Set<number> {
  const stamps = new Set<number>();
  for (let index = Math.max(from, 0); index < to && index < evidence.length; index += 1) {
    if (isHeaderStamp(evidence[index]!.block.text, lexicons)) stamps.add(index);
  }
  return stamps;
}

/**
 * The dates of the stamp lines under the headline, as facts, when no metadata line gives a date:
 * a stamp the line readers left for its other words ("Jane Roe 27/09/2018 Comment!", "Published
 * Wed, Nov 20 2019 4:29 AM ESTUpdated …") still prints the day the article came out.
 */
function stampFacts(evidence: readonly Evidence[], stamps: ReadonlySet<number>, start: number, lineFacts: ReadonlyArray<{ fact: HeaderFact; afterArticle: boolean }>, lexicons: LexiconSelection): Array<{ fact: HeaderFact; distance: number; afterArticle: boolean }> {
  // Dates after the article (a site's clock in the footer, a list of other stories) do not date it before a stamp does.
  if (lineFacts.some(({ fact, afterArticle }) => !afterArticle && fact.kind === "datetime" && fact.parts.date !== undefined)) return [];
  return [...stamps].flatMap((index) => {
    const text = evidence[index]!.block.text;
    const parts = stampDate(text, lexicons);
    return parts ? [{ fact: { kind: "datetime" as const, parts, text }, distance: Math.abs(start - index), afterArticle: false }] : [];
  });
}

/** Fewest words of a paragraph of prose. */
const PROSE_MIN_UNITS = 8;

/** The index of the article's first paragraph of prose (a sentence of some length, no metadata line), or past its end. */
function firstProse(evidence: readonly Evidence[], start: number, end: number): number {
  for (let index = start; index <= end; index += 1) {
    const item = evidence[index]!;
    if (item.chrome === null && item.fact === null && ENDS_LIKE_SENTENCE.test(item.block.text) && textUnits(item.block.text) >= PROSE_MIN_UNITS) return index;
  }
  return end + 1;
}

/** The title block: the known title's first occurrence, or the best headline candidate before the article. */
function titleIndex(
  evidence: readonly Evidence[],
  keys: BlockKeys,
  { start, end }: { start: number; end: number },
  knownTitle: string | null,
  lexicons: LexiconSelection,
  isDatedStampAt: (index: number) => boolean,
): number | null {
  if (knownTitle !== null) {
    const index = keys.indexOf(textKey(knownTitle));
    return index < 0 ? null : index;
  }
  const crawled = crawledTitleIndex(evidence, start);
  // A dated stamp the metadata readers left ("13/06/2014 Jane Roe Books, Reviews") is still the
  // line a headline stands above; it stays a candidate, its date weighing against it.
  const candidates = evidence.map((item, index) => new BlockCandidate(item, index, index === crawled, isDatedStampAt));
  const opening = evidence.slice(start, Math.min(end + 1, start + OPENING_BLOCKS)).map((item) => item.block.text).join(" ");
  const found = findTitle(candidates, start, new Set(contentWords(opening)), lexicons, keys) ?? openingHeadline(evidence, { start, end });
  if (crawled === null) return found;
  // The page's own print of its headline names words of its <title>; a heading that names none is a subheading.
  const titleWords = new Set(contentWords(evidence[crawled]!.block.text.replace(CRAWLED_TITLE, "")));
  return found !== null && contentWords(evidence[found]!.block.text).some((word) => titleWords.has(word)) ? found : crawled;
}

/**
 * A block as the title's search sees it. Whether it is a dated stamp is read only when the search
 * asks, around the article's opening (most blocks are never asked), through the class's getter: a
 * getter in an object literal made a closure for every block, 80 MB more at the peak of a 50 MB dump.
 */
class BlockCandidate implements TitleCandidate {
  readonly text: string;
  readonly excluded: boolean;

  constructor(
    private readonly item: Evidence,
    private readonly index: number,
    crawled: boolean,
    private readonly isDatedStampAt: (index: number) => boolean,
  ) {
    this.text = item.block.text;
    this.excluded = item.chrome !== null || item.fact !== null || crawled;
  }

  get fact(): boolean {
    return this.item.chrome === null && (this.item.fact !== null || this.isDatedStampAt(this.index));
  }
}

/** Whether a line is a stamp with a full date ({@link isHeaderStamp}, {@link stampDate}). */
function isDatedStamp(text: string, lexicons: CompiledRules["lexicons"]): boolean {
  return isHeaderStamp(text, lexicons) && stampDate(text, lexicons) !== null;
}

/**
 * Whether the block at an index is a dated stamp ({@link isDatedStamp}), read on first asking and
 * kept: the title's search and the headline over a date ask about the same few blocks.
 */
function datedStamps(evidence: readonly Evidence[], lexicons: LexiconSelection): (index: number) => boolean {
  const known = new Map<number, boolean>();
  return (index) => {
    let dated = known.get(index);
    if (dated === undefined) {
      dated = isDatedStamp(evidence[index]!.block.text, lexicons);
      known.set(index, dated);
    }
    return dated;
  };
}

/** The page's `<title>` as a crawler wrote it above the page's text: "Title: …", "# Title: …". */
const CRAWLED_TITLE = /^(?:#{1,6}\s+)?Title:\s*(?=\S)/u;

/** How many blocks open a crawled page before its text: its title, address and date lines. */
const CRAWL_HEADER_BLOCKS = 3;

/** The block holding the page's `<title>` as a crawler recorded it, among the first blocks before the article; null when none. */
function crawledTitleIndex(evidence: readonly Evidence[], start: number): number | null {
  const index = evidence.slice(0, Math.min(start, CRAWL_HEADER_BLOCKS)).findIndex((item) => CRAWLED_TITLE.test(item.block.text));
  return index < 0 ? null : index;
}

/** Fewest and most words of a deck. */
const DECK_MIN_UNITS = 5;
const DECK_MAX_UNITS = 60;

/** Most words of a line of page furniture between a deck and the article ("Special to the Times", "Share", an image's name). */
const FURNITURE_MAX_UNITS = 5;

/**
 * The deck (standfirst): the block right under the headline (a date or byline line, a separator,
 * the headline again may come between) when only page furniture separates it from the article. Zoning leaves it out when
 * a byline, an image's name or share buttons stand between it and the body, yet it is the
 * interview's lead. Null when there is none.
 */
function deckIndex(evidence: readonly Evidence[], title: number | null, start: number, isTitle: (index: number) => boolean, stamps: ReadonlySet<number>): number | null {
  if (title === null || title >= start) return null;
  let deck = title + 1;
  const skipped = (index: number): boolean => evidence[index]!.fact !== null || evidence[index]!.chrome !== null || stamps.has(index) || isTitle(index);
  while (deck < start && skipped(deck)) deck += 1;
  const candidate = evidence[deck];
  if (deck >= start || !candidate || !isDeckShaped(candidate.block.text) || isHeadlineVariant(candidate.block.text, evidence[title]!.block.text)) return null;
  const between = evidence.slice(deck + 1, start);
  // Right above the article, zoning weighed the block itself: it left a sentence out for what it says
  // (a caption, a sign-up line), but a phrase under the headline only for its missing stop.
  if (between.length === 0) return ENDS_LIKE_SENTENCE.test(candidate.block.text) ? null : deck;
  return between.every((item) => item.chrome !== null || item.fact !== null || isFurniture(item.block.text)) ? deck : null;
}

/** Share of a line's words found in the headline above which makes it another print of the headline. */
const VARIANT_SHARE = 0.6;

/**
 * Whether a line retells the headline in its own words ("Video shows rescue of kidnapped girl"
 * under "Video shows rescue of 8-year-old kidnapping victim"): a video's or a photo's title, not
 * a deck, which says what the headline does not.
 */
function isHeadlineVariant(text: string, headline: string): boolean {
  const words = contentWords(text);
  const inHeadline = new Set(contentWords(headline));
  return words.length > 0 && words.filter((word) => inHeadline.has(word)).length / words.length >= VARIANT_SHARE;
}

/** A label of one to three words and a colon opening a line. */
const LABEL_OPENING = new LazyRegExp(String.raw`^\p{L}+(?:[ -]\p{L}+){0,2}:\s`, "u");

/** Fewest letters of a deck in a script without capitals, whose words are long (Korean words carry their particles). */
const DECK_MIN_UNCASED_LETTERS = 16;

/** The first letter of a word in lower case. */
const WORD_IN_LOWER_CASE = new LazyRegExp(String.raw`(?<![\p{L}\p{N}])\p{Ll}`, "gu");

/** A sentence or a phrase of a few words, in sentence case: not a menu, a label line or a list item. */
function isDeckShaped(text: string): boolean {
  const upper = countUpperCase(text);
  const lower = countLowerCase(text);
  const uncased = upper + lower === 0;
  const units = textUnits(text);
  const long = uncased ? countLetters(text) >= DECK_MIN_UNCASED_LETTERS : units >= DECK_MIN_UNITS;
  if (!long || units > DECK_MAX_UNITS || /^[•*·▪►[(]/u.test(text) || /[,;:]$/u.test(text)) return false;
  // "Guest: Jane Roe, director of the museum" is a label line, not a deck.
  if (LABEL_OPENING.test(text) || hasPhotoCredit(text) || isFileName(text)) return false;
  if (uncased) return true;
  // Names joined by "and" are a byline ("Jane Roe and John Doe Harbour Courier"): a deck has a few words in lower case.
  return lower > upper * 2 && WORD_IN_LOWER_CASE.matchAll(text).length >= 2;
}

/** A few words that are no sentence: a button, a credit, an image's name. */
function isFurniture(text: string): boolean {
  return textUnits(text) <= FURNITURE_MAX_UNITS && !ENDS_LIKE_SENTENCE.test(text.replace(/\)$/u, ""));
}

/** Classifies a block that is not body text; null for body blocks. */
function classifyOutside(item: Evidence, index: number, layout: Layout): ClassifiedBlock | null {
  const { block, chrome, fact } = item;
  const made = (role: ClassifiedBlock["role"], rule: RuleId, reason = reasonOf(rule)): ClassifiedBlock => ({ block, role, reason, rule, text: block.text });
  if (index === layout.titleIndex) return made("title", "layout/title", "headline before the article");
  if (layout.isTitle(index)) return made("chrome", "layout/duplicate-title");
  if (chrome) return made("chrome", chrome.id, chrome.reason);
  const inside = index >= layout.start && index <= layout.end;
  // Inside the article only a line that is nothing but metadata is taken: "It began on 3 May 2025." is prose.
  // Above its first paragraph, a date or byline line with a few words more is still one ("2 days ago at 08:51 am").
  if (fact && (!inside || fact.strict || index < layout.prose)) return made("meta", "meta/line", factReason(fact));
  if (index < layout.prose && layout.stamps.has(index)) return made("chrome", "layout/header-stamp");
  if (inside) return null;
  return made("chrome", index < layout.start ? "layout/page-header" : "layout/page-trailer");
}

/**
 * A metadata line gives only what the metadata used: a line none of whose facts
 * was used (a site clock, an "updated" stamp) is removed, and the unused parts
 * of a used line are listed as dropped, so nothing disappears silently.
 */
function dropUnusedFacts(item: ClassifiedBlock, line: MetaLine | null, used: ReadonlySet<HeaderFact>): ClassifiedBlock {
  if (item.role !== "meta" || !line) return item;
  const unused = line.facts.filter((fact) => !used.has(fact));
  if (unused.length === line.facts.length) return { ...item, role: "chrome", reason: reasonOf("meta/unused"), rule: "meta/unused" };
  // A byline that gave its month: the name and role stay on record, line by line, in `removed`.
  if (line.facts.some((fact) => fact.kind === "datetime" && fact.closesByline === true)) {
    return { ...item, role: "chrome", reason: "byline closing with its month → meta.published", rule: "meta/line" };
  }
  if (unused.length === 0) return item;
  return { ...item, dropped: unused.map((fact) => ({ text: fact.text, reason: reasonOf("meta/unused"), rule: "meta/unused" })) };
}

/** The reason shown for a metadata line. */
function factReason(line: MetaLine): string {
  const kinds = new Set(line.facts.map((fact) => fact.kind));
  const parts = [
    ...(kinds.has("datetime") ? ["date/time → meta.published"] : []),
    ...(kinds.has("news-id") ? ["news ID → meta.newsId"] : []),
    ...(kinds.has("byline") ? ["byline → meta"] : []),
  ];
  return parts.join("; ");
}
