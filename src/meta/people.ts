/**
 * Interviewer and interviewee from the reporter's sentences:
 * "X, <role>, spoke with Y, <role>", "In an interview with X, Y said",
 * "Y told X in an interview", "X interviewed Y", "Y sat down with our editor X",
 * "Y answered our questions", "Talking to X, Y said".
 */
import { LazyRegExp } from "../lazy-regexp.js";
import {
  alternation,
  boundedAlternation,
  escapeRegExp,
  EVERY_LANGUAGE,
  phrases,
  titlesBeforeName,
  type Lexicon,
  type LexiconSelection,
} from "../lexicon/index.js";
import type { Person } from "../types.js";

/** Who asked and who answered. */
export interface Participants {
  interviewer: Person | null;
  interviewee: Person | null;
}

/**
 * Titles that may stand before a name and belong to it (the lexicons' titles before a name): an
 * abbreviation with or without its full stop ("Dr.", "Gen"), a word ("Sheikh", "Minister").
 */
function titlePattern(lexicons: readonly Lexicon[]): string {
  const titles = titlesBeforeName(lexicons);
  const abbreviations = titles.filter((word) => word.endsWith(".")).map((word) => word.slice(0, -1));
  const words = titles.filter((word) => !word.endsWith("."));
  return `(?:(?:${alternation(abbreviations)})\\.?\\s|(?:${alternation(words)})\\s)`;
}

/**
 * A capitalised word of a name (letters, marks, hyphens, apostrophes inside). It ends where
 * the word ends: able to end at any letter, it let the patterns below try every split of a
 * long word against what follows (`[^.]{0,80}?` …), cubic on a paragraph of capitals.
 */
const NAME_WORD = "[\\p{Lu}][\\p{L}\\p{M}'’-]*[\\p{L}\\p{M}](?![\\p{L}\\p{M}])";

/**
 * A personal or outlet name: capitalised words with particles, possibly with a title.
 * It starts at the start of a word, so a pattern is tried once per word, not once per capital.
 */
function namePattern(lexicons: readonly Lexicon[]): string {
  return `(?<![\\p{L}\\p{M}'’-])(?:${titlePattern(lexicons)})?${NAME_WORD}(?:\\s(?:${NAME_WORD}|[dl][’']${NAME_WORD}|[A-Z]\\.|(?:bin|ibn|al|el|de|da|di|du|van|von|der|la|le|&)(?=\\s))){0,5}`;
}

/**
 * An appositive after a name: ", a documentary filmmaker for Press TV," (to the next comma or
 * sentence end), never across a verb of the sentence ("spoke", "said": the lexicons' predicate verbs).
 */
function rolePattern(lexicons: readonly Lexicon[]): string {
  const verbs = alternation(phrases("predicateVerbs", lexicons));
  return `(?:,\\s((?:(?!\\s(?:${verbs})(?![\\p{L}\\p{N}]))[^,.;:"“”(])+?)(?:,|(?=\\.\\s|\\.$|$)))?`;
}

/** Lowercase words naming someone's job before their name: "our political editor", "health reporter". */
const DESCRIBED = "(?:(?:our|the|a|an|its|their)\\s)?((?:\\p{Ll}[\\p{L}-]*\\s){1,4}?)?";

/** An interviewer's job after their name, in lower case: ", a shipping correspondent for Daily Levant Business". */
const PRESS_ROLE = "(?:,\\s((?:(?:a|an|the|our)\\s)?\\p{Ll}[^,]{3,80}?))?";

/** A name of two or three words in a script without case (Persian, Arabic). */
const UNCASED_NAME = "\\p{Lo}[\\p{Lo}\\p{M}\\u200c]*(?:\\s\\p{Lo}[\\p{Lo}\\p{M}\\u200c]*){1,2}";

/** Comma of Latin and Arabic script. */
const COMMA = "[,،]";

/** Fillers between an outlet and the comma: "on Sunday", "at his office". */
const FILLER = "(?:\\s(?:on|at|in|during|this|last|earlier)\\b[^,]{0,40})?";

/** A word of a script without case (Arabic, Persian), with its marks and joiners. */
const UNCASED_WORD = "\\p{Lo}[\\p{Lo}\\p{M}\\u200c]*";

/** An appositive between a name and the phrase after it: ", professeure à l’École,". */
const APPOSITIVE = "(?:,\\s[^,.;:]{3,100}?,)?";

/** A sentence shape, which capture groups hold the two people, and who the first one is. */
interface Shape {
  pattern: LazyRegExp;
  first: "interviewer" | "interviewee" | "by-role";
  /**
   * Words the pattern cannot match without (any one of them): a paragraph without any is
   * skipped, and a pattern never needed is never compiled (the first use of these large
   * Unicode patterns costs milliseconds each, most of a one-file run).
   */
  needs: readonly string[];
}

/** The patterns of the reporter's sentences, built from one selection of lexicons. */
interface PeoplePatterns {
  /** Groups of every shape: 1 first name, 2 first role, 3 second descriptor, 4 second name, 5 second role. */
  shapes: readonly Shape[];
  /** "Y, <role>, answered our questions": the guest alone. */
  answered: Shape;
  /** "Y, <role>, tells the Daily Courier": the guest speaking to the outlet, the standfirst's present tense. */
  tells: Shape;
  /** The guest before a "spoke to" phrase: a cased name (group 1), or the words of an uncased script before it (group 2). */
  spokeTo: Shape;
  /** The guest after an intro phrase ("ضيفنا اليوم هو …"): a cased name (group 1) or uncased words (group 2). */
  guestIntro: Shape;
  /** The interviewer (group 1) and guest (group 2) around an "interviewed" phrase ("Илья Жегулев поговорил с Валерией Касамарой"). */
  interviewed: Shape;
  /** The speech verbs, for telling a verb from a name in scripts without case. */
  speechVerbs: ReadonlySet<string>;
}

/**
 * The sentence shapes of the lexicons' words: the titles a name may carry, the speech verbs
 * (SAYS: "said", "warned"), the verbs an appositive ends before, the phrases of two people who
 * talked (ASKS: "spoke with", "interviewed") and those after a guest's name ("در گفت‌وگو با").
 */
function peoplePatterns(lexicons: readonly Lexicon[]): PeoplePatterns {
  const NAME = namePattern(lexicons);
  const ROLE = rolePattern(lexicons);
  const SAYS = `(?:${boundedAlternation([...phrases("speechVerbs", lexicons), ...phrases("reportingVerbs", lexicons)])})`;
  const talkedWith = phrases("talkedWithPhrases", lexicons);
  const ASKS = `(?:${alternation(talkedWith)})`;
  const spokeTo = phrases("spokeToPhrases", lexicons);
  const guestIntro = phrases("guestIntroPhrases", lexicons).flatMap((phrase) => [phrase, capitalised(phrase)]);
  const interviewed = phrases("interviewedPhrases", lexicons);
  return {
    shapes: [
      // In an interview with IRNA on Sunday, Mohammad Naderi, the deputy head of …, said
      { pattern: shape(`\\b[Ii]n an? (?:exclusive |recent |wide-ranging |telephone )?interview (?:with|to|for) (?:the )?(${NAME})${PRESS_ROLE}${FILLER},\\s()(${NAME})${ROLE}\\s?${SAYS}`), first: "interviewer", needs: ["interview "] },
      // نادر مهرآیین، رئیس …، در گفت‌وگو با مریم فرهادی، خبرنگار برنا، …
      { pattern: shape(`(${UNCASED_NAME})${COMMA}\\s([^،,.]{3,100}?)${COMMA}\\s(?:${boundedAlternation(spokeTo)})\\s()(${UNCASED_NAME})(?:${COMMA}\\s([^،,.]{3,60}?)${COMMA})?`), first: "interviewee", needs: spokeTo },
      // Talking to APP in an interview, Mehmood said
      { pattern: shape(`\\b(?:Talking|Speaking) (?:to|with) (?:the )?(${NAME})()(?: in an? (?:exclusive )?interview)?${FILLER},\\s()(${NAME})${ROLE}\\s?${SAYS}`), first: "interviewer", needs: ["Talking ", "Speaking "] },
      // Y, <role>, told health reporter X in an interview
      { pattern: shape(`(${NAME})${ROLE}\\s?(?:told|said to) ${DESCRIBED}(${NAME})${ROLE}\\s?(?:in an? (?:exclusive |recent )?interview|during an interview)`), first: "interviewee", needs: ["told ", "said to "] },
      // Y, <role>, said in an interview with X / made the remarks in a recent interview with X
      { pattern: shape(`(${NAME})${ROLE}\\s?(?:[^.]{0,80}?\\s)?(?:said|spoke|made the remarks|was speaking|commented) in an? (?:exclusive |recent |wide-ranging )?interview (?:with|for|to) ${DESCRIBED}(${NAME})${ROLE}`), first: "interviewee", needs: ["interview "] },
      // X, <role>, spoke with / sat down with our correspondent Y, <role>
      { pattern: shape(`(${NAME})${ROLE}\\s?${ASKS} ${DESCRIBED}(${NAME})${ROLE}`), first: "by-role", needs: talkedWith },
    ],
    answered: { pattern: shape(`(${NAME})${ROLE}\\s?(?:answered|responded to) (?:(?:our|the|reporters'?|\\p{Lu}[\\p{L}]+'s?) )?(?:questions|queries)`), first: "interviewee", needs: ["answered ", "responded to "] },
    tells: { pattern: shape(`(${NAME})${ROLE}\\stells (?:the )?(${NAME})`), first: "interviewee", needs: ["tells "] },
    spokeTo: { pattern: shape(`(?:(${NAME})${APPOSITIVE}\\s|((?:${UNCASED_WORD}\\s){1,3}))(?:${boundedAlternation(spokeTo)})`), first: "interviewee", needs: spokeTo },
    guestIntro: { pattern: shape(`(?:${boundedAlternation(guestIntro)})[:,]?\\s(?:(${NAME})|(${UNCASED_WORD}(?:\\s${UNCASED_WORD}){0,2}))`), first: "interviewee", needs: guestIntro },
    interviewed: { pattern: shape(`(${NAME})${APPOSITIVE}\\s(?:${boundedAlternation(interviewed)})\\s(${NAME})`), first: "interviewer", needs: interviewed },
    speechVerbs: new Set(phrases("speechVerbs", lexicons)),
  };
}

/** Whether a text holds one of the words a pattern needs. */
function mayMatch(text: string, needs: readonly string[]): boolean {
  return needs.some((word) => text.includes(word));
}

/** A shape's match in a text, without running (or compiling) its pattern when a word it needs is missing. */
function execShape({ pattern, needs }: Shape, text: string): RegExpExecArray | null {
  return mayMatch(text, needs) ? pattern.exec(text) : null;
}

/** A shape's pattern, compiled when a paragraph first holds the words it needs. */
function shape(source: string): LazyRegExp {
  return new LazyRegExp(source, "u");
}

/** Names and roles that mark the press side of an interview; a name opening with "The" is a title's or an outlet's ("The Sports Section"). */
const PRESS =
  /^The\s|\b(?:reporter|correspondent|journalist|filmmaker|film-maker|host|anchor|editor|presenter|interviewer|columnist|producer|writer|moderator|TV|News|Agency|Radio|Times|Post|Press|Daily|Magazine|newspaper|channel|network|Journal|Tribune|Herald|Gazette|Review|Monitor|Weekly|Dispatch|Ledger|Observer|Chronicle|Wire|Forum)\b/u;

/** How much of each paragraph is searched: the sentences naming people come early. */
const SEARCH_CHARS = 1_200;

/**
 * Finds the interviewer and interviewee in the given paragraphs, first match wins, with the
 * words of the document's lexicons (every language's when none are given).
 */
export function findParticipants(paragraphs: readonly string[], lexicons: LexiconSelection = EVERY_LANGUAGE): Participants {
  const patterns = lexicons.derived(peoplePatterns);
  for (const paragraph of paragraphs) {
    const text = paragraph.slice(0, SEARCH_CHARS);
    for (const item of patterns.shapes) {
      const match = execShape(item, text);
      if (!match) continue;
      const one = person(match[1]!, match[2]);
      const two = person(match[4]!, match[5] || match[3]);
      return assign(one, two, item.first);
    }
    const answered = execShape(patterns.answered, text);
    if (answered) return { interviewer: null, interviewee: person(answered[1]!, answered[2]) };
    const told = execShape(patterns.tells, text);
    if (told && isPress({ name: told[3]!, role: null }) && !isPress({ name: told[1]!, role: told[2] ?? null })) {
      return { interviewer: null, interviewee: person(told[1]!, told[2]) };
    }
    const phrased = byPhrase(text, paragraphs, patterns);
    if (phrased) return phrased;
  }
  return { interviewer: null, interviewee: null };
}

/** A phrase as it opens a sentence. */
function capitalised(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** Interviewer and guest named by one of the lexicons' phrases in a paragraph, or null. */
function byPhrase(text: string, texts: readonly string[], patterns: PeoplePatterns): Participants | null {
  const spoke = execShape(patterns.spokeTo, text);
  if (spoke && isFullName(spoke[1])) return { interviewer: null, interviewee: { name: spoke[1] ?? uncasedName(spoke[2]!, "last", texts, patterns.speechVerbs), role: null } };
  const introduced = execShape(patterns.guestIntro, text);
  if (introduced && isFullName(introduced[1])) return { interviewer: null, interviewee: { name: introduced[1] ?? uncasedName(introduced[2]!, "first", texts, patterns.speechVerbs), role: null } };
  const interviewed = execShape(patterns.interviewed, text);
  if (interviewed && isFullName(interviewed[2])) return { interviewer: person(interviewed[1]!, undefined), interviewee: { name: baseForm(interviewed[2]!, texts), role: null } };
  return null;
}

/**
 * Whether a cased name found beside a phrase has two words at least (absent: the uncased
 * branch matched). One capitalised word is too often a pronoun or, in German, any noun.
 */
function isFullName(name: string | undefined): boolean {
  return name === undefined || /\s/u.test(name.trim());
}

/**
 * A name among words of a script without case, where no capital tells where it starts:
 * the two words nearest the phrase, or three when the text repeats all three.
 */
function uncasedName(words: string, nearest: "first" | "last", texts: readonly string[], verbs: ReadonlySet<string>): string {
  const all = words.trim().split(/\s+/u);
  const take = (count: number): string => (nearest === "first" ? all.slice(0, count) : all.slice(-count)).join(" ");
  const three = take(3);
  if (all.length >= 3 && texts.join("\n").split(three).length > 2) return three;
  const two = take(2).split(" ");
  // "وأوضح العتيبي في حوار مع …": a speech verb before the surname is no first name.
  return nearest === "last" && two.length === 2 && isSpeechVerb(two[0]!, verbs) ? withFirstName(two[1]!, texts, verbs) : two.join(" ");
}

/** Whether a word is one of the lexicons' speech verbs, maybe with the conjunction Arabic glues to it ("وأوضح"). */
function isSpeechVerb(word: string, verbs: ReadonlySet<string>): boolean {
  return verbs.has(word) || verbs.has(word.replace(/^[وف]/u, ""));
}

/** A surname with the word before it where the text first writes it so ("فيصل العتيبي"), not a verb. */
function withFirstName(surname: string, texts: readonly string[], verbs: ReadonlySet<string>): string {
  const written = new RegExp(`(${UNCASED_WORD})\\s${escapeRegExp(surname)}(?![\\p{L}\\p{M}])`, "u");
  for (const text of texts) {
    const first = written.exec(text)?.[1];
    if (first && !isSpeechVerb(first, verbs)) return `${first} ${surname}`;
  }
  return surname;
}

/** How many letters an inflection may change at a word's end ("Валерия" → "Валерией"). */
const INFLECTION_LETTERS = 3;

/**
 * The form a name has where the text introduces it, when here it stands inflected after a
 * preposition ("с Валерией Касамарой" → "Валерия Касамара"): the first run of as many words,
 * each the same stem with another ending. The name itself when there is none.
 */
function baseForm(name: string, texts: readonly string[]): string {
  const words = name.split(/\s+/u);
  const stems = words.map((word) => escapeRegExp(word.slice(0, Math.max(INFLECTION_LETTERS, word.length - INFLECTION_LETTERS))));
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${stems.map((stem) => `${stem}\\p{L}{0,${INFLECTION_LETTERS + 1}}`).join("\\s")}(?![\\p{L}\\p{M}])`, "u");
  for (const text of texts) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return name;
}

/** Whether a person looks like the press side: an outlet, or someone with a press job. */
export function isPress(candidate: Person): boolean {
  return PRESS.test(`${candidate.name} ${candidate.role ?? ""}`);
}

/** Orders two people into interviewer and interviewee. */
function assign(first: Person, second: Person, firstIs: Shape["first"]): Participants {
  if (firstIs === "interviewer") return { interviewer: first, interviewee: second };
  if (firstIs === "interviewee") return { interviewer: second, interviewee: first };
  // "X, <job>, sat down with Y": the one with a job outside the press is the guest.
  const firstIsGuest = (isPress(second) && !isPress(first)) || (first.role !== null && !isPress(first) && second.role === null);
  return firstIsGuest ? { interviewer: second, interviewee: first } : { interviewer: first, interviewee: second };
}

/** An outlet's possessive before a name: "Harbour Courier's Jane Roe". */
const OUTLET_POSSESSIVE = new LazyRegExp(String.raw`^\p{Lu}[\p{L}-]*['’]s\s+(?=\p{Lu})`, "u");

/** Builds a person: possessive outlet prefixes dropped, the role without article or relative clause. */
function person(rawName: string, rawRole: string | undefined): Person {
  const name = OUTLET_POSSESSIVE.replace(rawName.trim(), "").replace(/\s+&$/u, "");
  const role = rawRole
    ?.trim()
    .replace(/^(?:a|an|the|our|its)\s+/iu, "")
    .replace(/[.\s]+$/u, "");
  const usable = role && !/^(?:who|which|whose|whom|where|when)\b/iu.test(role) ? role : null;
  return { name, role: usable };
}
