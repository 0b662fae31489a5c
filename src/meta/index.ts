/**
 * Metadata from what classification found: header facts (date, time, news ID,
 * byline), the dateline opening the body, the reporter's sentences naming the
 * interviewer and interviewee, the speaker labels, and the body's language.
 */
import { findDate, toIso, type DateTimeParts } from "./dates.js";
import { readDateline } from "./dateline.js";
import type { HeaderFact } from "./header-lines.js";
import { detectLanguage, LANGUAGE_SAMPLE_CHARS } from "./language.js";
import { expandName, findRole, firstIntroduced, mostMentioned, nameAfterInterviewWord, nameFromTitle, nameOpeningTitle, OPENING_INITIAL, speakerFromUncasedTitle } from "./names.js";
import { findParticipants, isPress } from "./people.js";
import { phrasePattern, type LexiconSelection, type PatternBuilder } from "../lexicon/index.js";
import { ENDS_WITH_QUESTION } from "../patterns.js";
import type { ClassifiedBlock, Meta, Person } from "../types.js";
import { LazyRegExp } from "../lazy-regexp.js";

/** What metadata is built from. */
export interface MetaSources {
  classified: ClassifiedBlock[];
  /** Facts of the metadata lines, with their distance (in blocks) from the article's start, and whether they follow its end. */
  facts: Array<{ fact: HeaderFact; distance: number; afterArticle?: boolean }>;
  title: string | null;
  known: Partial<Meta>;
  /** The language of a first build of the same document: a look-alike's metadata is built again, its language is not detected again. */
  language?: string | null;
  /** The lexicons of the document's languages, whose words name people, their roles and the months. */
  lexicons: LexiconSelection;
}

/** Words that mark a modification stamp rather than the publication date. */
const UPDATED: PatternBuilder = (lexicons) => phrasePattern("updatedWords", lexicons);

/** How many body paragraphs from the top may carry the dateline. */
const DATELINE_SEARCH = 3;

/** Builds the metadata, stripping the dateline from the paragraph that carries it. */
export function buildMeta(sources: MetaSources): { meta: Meta; blocks: ClassifiedBlock[]; used: Set<HeaderFact> } {
  const { blocks, dateline } = takeDateline(sources.classified);
  const reporterTexts = blocks
    .filter((item) => item.role === "lead" || item.role === "summary" || item.role === "qa-intro" || item.role === "closing")
    .map((item) => item.text);
  const used = new Set<HeaderFact>();
  const hasQuestions = blocks.some((item) => item.role === "question");
  const dated = publication(sources.facts, used, sources.lexicons);
  const when = dated.date ? dated : (signatureDate(blocks, sources.lexicons) ?? dated);
  const known = sources.known;
  const facts = sources.facts.map((item) => item.fact);
  const newsId = facts.find((fact) => fact.kind === "news-id");
  if (newsId) used.add(newsId);
  const people = participants(blocks, reporterTexts, facts, dateline?.agency ?? known.agency ?? null, used, known.title ?? sources.title, hasQuestions, sources.lexicons);
  const meta: Meta = {
    title: cleanTitle(known.title ?? sources.title, sources.lexicons),
    published: known.published ?? toIso(when),
    newsId: known.newsId ?? (newsId?.kind === "news-id" ? newsId.id : null),
    agency: dateline?.agency ?? known.agency ?? null,
    dateline: dateline?.city ?? known.dateline ?? null,
    language: sources.language !== undefined ? sources.language : (detectLanguage(bodyText(blocks)) ?? known.language ?? null),
    // Without questions a byline names the article's writer, not an interviewer.
    interviewer: people.interviewer ?? (hasQuestions ? (known.interviewer ?? null) : null),
    interviewee: people.interviewee ?? known.interviewee ?? null,
  };
  if (!known.published && when.original) meta.publishedOriginal = when.timeText ? `${when.original} ${when.timeText}` : when.original;
  return { meta, blocks, used };
}

/** A page title's parts: "Headline - Site Name", "Site.com - Headline - December 3, 2000", "Headline -- Blog -- Magazine". */
const TITLE_SEPARATOR = /\s+(?:[-–—|]|--|::)\s+/u;

/** Words of a site's name, not of a headline. */
const SITE_WORDS =
  /(?<![\p{L}\p{N}])(?:News|Magazine|Blog|Times|Post|Daily|TV|Radio|Online|Journal|Herald|Tribune|Gazette|Network|Press|Channel|Weekly|Review|Agency|Media)(?![\p{L}\p{N}])|\.(?:com|org|net|co\.uk|de|fr|ru|ir)$/u;

/** Most words a site's name has. */
const SITE_NAME_MAX_WORDS = 5;

/**
 * The headline of a page title: a Markdown heading mark or "Title:" label removed, and
 * the parts that are the site's name, a domain or the date dropped ("Mark Potter on the
 * court challenge - November 30, 2000", "Take Two: Sara Bareilles - MSN Music News").
 */
export function cleanTitle(title: string | null, lexicons: LexiconSelection): string | null {
  if (title === null) return null;
  const bare = title.replace(/^#{1,6}\s+/u, "").replace(/^Title:\s*/iu, "");
  const parts = bare.split(TITLE_SEPARATOR);
  if (parts.length < 2) return bare || title;
  const kept = parts.filter((part) => !isSiteOrDate(part, lexicons));
  return kept.length === 1 ? kept[0]! : bare;
}

/** Whether a part of a page title is the site's name, a domain or a date. */
function isSiteOrDate(part: string, lexicons: LexiconSelection): boolean {
  const date = findDate(part, lexicons);
  if (date && part.length - date.length <= 4) return true;
  return SITE_WORDS.test(part) && part.split(/\s+/u).length <= SITE_NAME_MAX_WORDS;
}

/** Finds a dateline at the start of one of the first body paragraphs and strips it. */
function takeDateline(classified: ClassifiedBlock[]): { blocks: ClassifiedBlock[]; dateline: ReturnType<typeof readDateline> } {
  const body = classified.filter((item) => item.role === "lead" || item.role === "summary");
  for (const item of body.slice(0, DATELINE_SEARCH)) {
    const dateline = readDateline(item.text);
    if (!dateline) continue;
    const stripped: ClassifiedBlock = { ...item, text: item.text.slice(dateline.length).trim(), reason: `${item.reason}; dateline → meta` };
    return { blocks: classified.map((other) => (other === item ? stripped : other)), dateline };
  }
  return { blocks: classified, dateline: null };
}

/**
 * The publication date: the dated line nearest the article (a site's clock or
 * an "updated" stamp sits further away, or later on the same line), with the
 * time from that line or from the nearest time-only line.
 */
function publication(facts: MetaSources["facts"], used: Set<HeaderFact>, lexicons: LexiconSelection): DateTimeParts {
  const all = facts.filter((item) => item.fact.kind === "datetime");
  const partsOf = (item: { fact: HeaderFact }): DateTimeParts => (item.fact.kind === "datetime" ? item.fact.parts : {});
  // Dates after the article (its comments, a list of other stories) date it only when none stands before it.
  const before = all.filter((item) => item.afterArticle !== true);
  const stamps = before.some((item) => partsOf(item).date) ? before : all;
  const nearest = (candidates: typeof stamps): (typeof stamps)[number] | undefined =>
    candidates.reduce<(typeof stamps)[number] | undefined>((best, item) => (best === undefined || item.distance < best.distance ? item : best), undefined);
  // An "updated" stamp is not the publication date when a full stamp (date and time) of publication exists.
  const published = stamps.filter((item) => partsOf(item).date && partsOf(item).time && !lexicons.pattern(UPDATED).test(item.fact.text));
  const dated = nearest(published.length > 0 ? published : stamps.filter((item) => partsOf(item).date));
  if (!dated) return {};
  used.add(dated.fact);
  if (partsOf(dated).time) return partsOf(dated);
  const timed = nearest(stamps.filter((item) => partsOf(item).time && !partsOf(item).date));
  if (!timed) return partsOf(dated);
  used.add(timed.fact);
  return { ...partsOf(dated), ...pick(partsOf(timed)) };
}

/** The signature some papers close an article with: "(Birgit Riegler, 30.5.2016)". */
const SIGNATURE = /\(([^()]{4,80})\)\s*$/u;

/** The date of the article's closing signature, when no header line gives one. */
function signatureDate(blocks: readonly ClassifiedBlock[], lexicons: LexiconSelection): DateTimeParts | null {
  const last = blocks.findLast((item) => item.role !== "chrome" && item.role !== "meta" && item.role !== "title");
  const signature = last && SIGNATURE.exec(last.text);
  const date = signature ? findDate(signature[1]!, lexicons) : null;
  return date?.date ? { date: date.date } : null;
}

/** The time fields of a stamp. */
function pick(parts: DateTimeParts): DateTimeParts {
  const result: DateTimeParts = {};
  if (parts.time) result.time = parts.time;
  if (parts.offset) result.offset = parts.offset;
  if (parts.timeText) result.timeText = parts.timeText;
  return result;
}

/**
 * Interviewer and interviewee: the reporter's sentences first, then speaker
 * labels; a byline's author replaces an outlet as interviewer; short names are
 * completed and missing roles looked up in the reporter's text.
 */
function participants(
  blocks: readonly ClassifiedBlock[],
  texts: readonly string[],
  facts: readonly HeaderFact[],
  agency: string | null,
  used: Set<HeaderFact>,
  title: string | null,
  asked: boolean,
  lexicons: LexiconSelection,
): { interviewer: Person | null; interviewee: Person | null } {
  const found = findParticipants(texts, lexicons);
  const speakers = speakerPeople(blocks);
  const bylineFact = facts.find((fact) => fact.kind === "byline");
  const byline = bylineFact?.kind === "byline" ? { name: bylineFact.name, role: bylineFact.role } : null;
  let interviewer = found.interviewer ?? speakers.interviewer;
  if (asked && bylineFact && byline && (!interviewer || isOutlet(interviewer, agency))) {
    interviewer = byline;
    used.add(bylineFact);
  }
  // Who answers is named surely by the speaker labels; a title names the guest more often than a
  // sentence of the standfirst does not ("Rice spoke to Morning Edition's Steve Inskeep").
  const body = [...texts, ...blocks.filter((item) => item.role === "question" || item.role === "answer").map((item) => item.text)];
  const titled = nameFromTitle(title, body, lexicons);
  const announced = nameAfterInterviewWord(texts, lexicons);
  const interviewee =
    speakers.interviewee ??
    found.interviewee ??
    (titled ? { name: titled, role: null } : null) ??
    (announced ? { name: announced, role: null } : null) ??
    (asked ? firstIntroduced(texts, isPress, lexicons) : null) ??
    (asked ? personOrNull(speakerFromUncasedTitle(title, body) ?? undefined) : null) ??
    (asked ? personOrNull(nameOpeningTitle(title, body) ?? undefined) : null) ??
    (asked ? mentionedMost(blocks, texts, title, interviewer) : null);
  return { interviewer: complete(interviewer, lexicons, texts, body), interviewee: complete(interviewee, lexicons, texts, body) };
}

/**
 * The guest as the person the title, the reporter's text and the questions name most,
 * neither an outlet nor the interviewer.
 */
function mentionedMost(blocks: readonly ClassifiedBlock[], texts: readonly string[], title: string | null, interviewer: Person | null): Person | null {
  const questions = blocks.filter((item) => item.role === "question").map((item) => item.text);
  const asker = interviewer?.name.split(/\s+/u).at(-1);
  const excluded = (name: string): boolean => isPress({ name, role: null }) || (asker !== undefined && name.endsWith(asker));
  const answers = blocks.filter((item) => item.role === "answer").map((item) => item.text);
  const name = mostMentioned(title ? [title, ...texts] : texts, questions, excluded, answers);
  return name ? { name, role: null } : null;
}

/** An organisation rather than a person: a press name, the agency, or an acronym. */
function isOutlet(candidate: Person, agency: string | null): boolean {
  return candidate.role === null && (isPress(candidate) || candidate.name === agency || /^\p{Lu}{2,}$/u.test(candidate.name));
}

/** Honorifics that stand before a surname in place of the first name ("President Trump", "Secretary Wilkie"). */
const HONORIFIC = new LazyRegExp(String.raw`^(?:President|Secretary|Minister|Senator|Governor|Mayor|Chancellor|General|Ambassador|Judge|Prime Minister|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?)\s(?=\p{Lu}[\p{L}'’-]+$)`, "iu");

/**
 * Completes a short, capitalised, initialled or honorific name ("HOLLOWAY", "TS",
 * "President Trump") and a missing role from the reporter's text, then from the rest of the body.
 */
function complete(candidate: Person | null, lexicons: LexiconSelection, texts: readonly string[], body: readonly string[] = texts): Person | null {
  if (!candidate) return null;
  const short = !candidate.name.includes(" ") || candidate.name === candidate.name.toUpperCase() || OPENING_INITIAL.test(candidate.name) || HONORIFIC.test(candidate.name);
  const wanted = HONORIFIC.replace(candidate.name, "");
  const fromReporter = short ? expandName(wanted, texts) : candidate.name;
  const expanded = fromReporter === wanted && short ? expandName(wanted, body) : fromReporter;
  const name = isShouted(expanded) ? titleCase(expanded) : expanded;
  const role = candidate.role ?? findRole(name, texts, lexicons);
  return { name, role: role?.replace(/^(?:the|a|an)\s+/iu, "") ?? null };
}

/** A name in capitals of a cased script ("MARCUS BELL"), not an acronym. */
function isShouted(name: string): boolean {
  return name.includes(" ") && name === name.toUpperCase() && name !== name.toLowerCase();
}

/** "MARCUS BELL" → "Marcus Bell". */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Interviewer and interviewee from speaker labels: who asked, and who answered most —
 * a co-host whose turns mostly ask is no answerer, though the labels put them on the answer side.
 */
function speakerPeople(blocks: readonly ClassifiedBlock[]): { interviewer: Person | null; interviewee: Person | null } {
  // The labelled blocks are gathered in one pass: flatMap over every block, four times, cost more than the counting.
  const labelled = blocks.filter((item): item is ClassifiedBlock & { speaker: string } => Boolean(item.speaker));
  const askers = labelled.filter((item) => item.role === "question").map((item) => item.speaker);
  const asking = new Map<string, number>();
  for (const item of labelled) if (item.role === "answer") asking.set(item.speaker, (asking.get(item.speaker) ?? 0) + (ENDS_WITH_QUESTION.test(item.text) ? 1 : -1));
  const answerers = labelled.filter((item) => item.role === "answer" && (asking.get(item.speaker) ?? 0) < 0).map((item) => item.speaker);
  const labels = labelled.map((item) => item.speaker);
  return { interviewer: personOrNull(fullLabel(mostFrequent(askers), labels)), interviewee: personOrNull(fullLabel(mostFrequent(answerers), labels)) };
}

/**
 * The full form a transcript wrote a short label in on its first turn ("John Pilger:" then "JP:"):
 * a label of several words whose initials or last word the short one is.
 */
function fullLabel(name: string | undefined, labels: readonly string[]): string | undefined {
  if (name === undefined || name.includes(" ")) return name;
  const wanted = name.toLocaleLowerCase();
  return (
    labels.find((label) => {
      const words = label.split(/\s+/u);
      const initials = words.map((word) => word[0] ?? "").join("").toLocaleLowerCase();
      return words.length >= 2 && (initials === wanted || words.at(-1)!.toLocaleLowerCase() === wanted);
    }) ?? name
  );
}

/** The most frequent string, the first on ties. */
function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value;
  return best;
}

/** A person with no known role, or null. */
function personOrNull(name: string | undefined): Person | null {
  return name ? { name, role: null } : null;
}

/**
 * The body's text, for language detection: its opening, as long as the sample the
 * detection reads. Joining the whole body copied a large dump once more to read 20,000 characters.
 */
function bodyText(blocks: readonly ClassifiedBlock[]): string {
  const texts: string[] = [];
  let length = 0;
  for (const item of blocks) {
    if (item.role === "chrome" || item.role === "meta") continue;
    texts.push(item.text);
    length += item.text.length + 1;
    if (length > LANGUAGE_SAMPLE_CHARS) break;
  }
  return texts.join("\n");
}
