/**
 * Metadata from what classification found: header facts (date, time, news ID,
 * byline), the dateline opening the body, the reporter's sentences naming the
 * interviewer and interviewee, the speaker labels, and the body's language.
 */
import { toIso, type DateTimeParts } from "./dates.js";
import { readDateline } from "./dateline.js";
import type { HeaderFact } from "./header-lines.js";
import { detectLanguage } from "./language.js";
import { findParticipants } from "./people.js";
import type { ClassifiedBlock, Meta, Person } from "../types.js";

/** What metadata is built from. */
export interface MetaSources {
  classified: ClassifiedBlock[];
  facts: HeaderFact[];
  title: string | null;
  known: Partial<Meta>;
}

/** How many body paragraphs from the top may carry the dateline. */
const DATELINE_SEARCH = 3;

/** Builds the metadata, stripping the dateline from the paragraph that carries it. */
export function buildMeta(sources: MetaSources): { meta: Meta; blocks: ClassifiedBlock[] } {
  const { blocks, dateline } = takeDateline(sources.classified);
  const reporter = blocks.filter((item) => item.role === "lead" || item.role === "summary" || item.role === "qa-intro");
  const participants = findParticipants(reporter.map((item) => item.text));
  const bylineName = sources.facts.flatMap((fact) => (fact.kind === "byline" ? [fact.name] : []))[0];
  const speakers = speakerPeople(blocks);
  const when = publication(sources.facts);
  const known = sources.known;
  const meta: Meta = {
    title: known.title ?? sources.title,
    published: known.published ?? toIso(when),
    newsId: known.newsId ?? sources.facts.flatMap((fact) => (fact.kind === "news-id" ? [fact.id] : []))[0] ?? null,
    agency: dateline?.agency ?? known.agency ?? null,
    dateline: dateline?.city ?? known.dateline ?? null,
    language: detectLanguage(bodyText(blocks)) ?? known.language ?? null,
    interviewer: participants.interviewer ?? speakers.interviewer ?? personOrNull(bylineName) ?? known.interviewer ?? null,
    interviewee: participants.interviewee ?? speakers.interviewee ?? known.interviewee ?? null,
  };
  if (!known.published && when.original) meta.publishedOriginal = when.timeText ? `${when.original} ${when.timeText}` : when.original;
  return { meta, blocks };
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

/** The first date and the first time among the header facts. */
function publication(facts: readonly HeaderFact[]): DateTimeParts {
  const stamps = facts.flatMap((fact) => (fact.kind === "datetime" ? [fact.parts] : []));
  const dated = stamps.find((parts) => parts.date);
  if (!dated) return {};
  const timed = dated.time ? dated : stamps.find((parts) => parts.time && !parts.date);
  const result: DateTimeParts = { ...dated };
  if (timed?.time) result.time = timed.time;
  if (timed?.offset) result.offset = timed.offset;
  if (timed?.timeText) result.timeText = timed.timeText;
  return result;
}

/** Interviewer and interviewee from speaker labels: who asked, and who answered most. */
function speakerPeople(blocks: readonly ClassifiedBlock[]): { interviewer: Person | null; interviewee: Person | null } {
  const askers = blocks.flatMap((item) => (item.role === "question" && item.speaker ? [item.speaker] : []));
  const answerers = blocks.flatMap((item) => (item.role === "answer" && item.speaker ? [item.speaker] : []));
  return { interviewer: personOrNull(mostFrequent(askers)), interviewee: personOrNull(mostFrequent(answerers)) };
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

/** The body's text, for language detection. */
function bodyText(blocks: readonly ClassifiedBlock[]): string {
  return blocks
    .filter((item) => item.role !== "chrome" && item.role !== "meta")
    .map((item) => item.text)
    .join("\n");
}
