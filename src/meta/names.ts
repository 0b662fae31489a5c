/**
 * Completing people from the rest of the text: a surname or speaker label
 * ("HOLLOWAY", "Haugland", "HL") to the full name the reporter wrote, and a
 * missing role from an appositive elsewhere ("Whitaker, director of …,").
 */
import {
  alternation,
  eitherCasePhraseAlternation,
  escapeRegExp,
  EVERY_LANGUAGE,
  notFirstNameWords,
  phrases,
  titlesBeforeName,
  type LexiconSelection,
  type PatternBuilder,
} from "../lexicon/index.js";
import { LazyRegExp } from "../lazy-regexp.js";
import type { Person } from "../types.js";

/** A full name as reporters write it: two to five capitalised words or initials ("William O. Beeman"), maybe with a title. */
const FULL_NAME = new LazyRegExp(
  // Starts only at the start of a word: from every capital inside a long word (`AAAA…`) the
  // scan ran to the word's end, quadratic in the word's length.
  `(?<![\\p{L}\\p{M}'’-])(?:(?:${alternation(titlesBeforeName())})\\s)?\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s(?:\\p{Lu}\\.(?=\\s)|\\p{Lu}[\\p{L}\\p{M}'’-]*|al|el|de|da|di|van|von|der|bin)){1,4}`,
  "gu",
);

/** Titles that belong to a name as written but are not part of the name itself (the lexicons' name titles). */
const LEADING_TITLE = new RegExp(`^(?:${alternation(titlesBeforeName())})\\s`, "u");

/** An initial opening a name: "J. Roe". */
export const OPENING_INITIAL = new LazyRegExp(String.raw`^\p{Lu}\.\s`, "u");

/** Folds case and diacritics so "KRÄMER" finds "Krämer". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The full names written in the texts, in order of appearance, found as they are read: the first
 * that fits ends the search (listing every name of the body first was most of expanding one).
 */
function* fullNames(texts: readonly string[]): Generator<string> {
  for (const text of texts) for (const match of FULL_NAME.matchAll(text)) yield match[0];
}

/**
 * Expands a short name to a full one found in the texts: a surname (any case)
 * matches a name ending with it; initials ("HL") match a name with those initials.
 * Returns the short name when nothing matches.
 */
export function expandName(short: string, texts: readonly string[]): string {
  const wanted = fold(short.replace(/[.:]+$/u, "").trim());
  if (wanted.includes(" ") && !OPENING_INITIAL.test(short) && short !== short.toUpperCase()) return short;
  const surname = wanted.replace(/^\p{L}\.\s*/u, "");
  for (const name of fullNames(texts)) {
    const words = fold(name.replace(LEADING_TITLE, "")).split(/\s+/u);
    if (words.length >= 2 && words.at(-1) === surname) return name;
    if (/^\p{Lu}{2,4}$/u.test(short) && words.map((word) => word[0]).join("") === wanted) return name;
  }
  return short;
}

/** Articles and possessives that may open a role (the lexicons'): "the Minister", "La conservatrice", "its chief". */
const ROLE_ARTICLE = `(?:${alternation(phrases("roleArticles"))
  .split("|")
  .map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`)
  .join("|")})`;

/** Comma of any script: Latin, Arabic (،), ideographic (、，). */
const COMMA = "[,،，、]";

/** The commas of {@link COMMA}, for a quick look before a pattern is compiled. */
const COMMAS: readonly string[] = [",", "،", "，", "、"];

/**
 * A role given beside a name, in the shapes reporters use:
 * "Whitaker, director of the program," · "the Minister for Water, Ravi Bakshi," ·
 * "chief executive Andrei Kulikov" · "نادر مهرآیین، رئیس فدراسیون…،". Relative
 * clauses ("who leads …") are not roles.
 */
export function findRole(name: string, texts: readonly string[], lexicons: LexiconSelection = EVERY_LANGUAGE): string | null {
  const bare = name.replace(LEADING_TITLE, "");
  const surname = bare.split(/\s+/u).at(-1);
  if (!surname) return null;
  // Every shape below holds the surname: texts without it are skipped, and with none left nothing is compiled.
  const naming = texts.filter((text) => text.includes(surname));
  if (naming.length === 0) return null;
  // Each shape is compiled when a text first holds what it needs (the name or its bare form for the
  // inverted and described shapes, the surname and a comma for the appositive), narrowed to Latin
  // letters for a text that writes no others: a name's patterns serve one document only.
  let after: LazyRegExp | undefined;
  let before: LazyRegExp | undefined;
  let described: LazyRegExp | undefined;
  for (const text of naming) {
    const withName = text.includes(bare);
    before ??= withName ? new LazyRegExp(`(?:^|[.;:]\\s|${COMMA}\\s)(?:${ROLE_ARTICLE}\\s)?([\\p{Ll}][^,،.;:()]{2,120}?)${COMMA}\\s(?:${escapeRegExp(name)}|${escapeRegExp(bare)})(?:${COMMA}|\\.)`, "u") : undefined;
    const inverted = withName ? before?.exec(text) : null;
    if (inverted && isRole(inverted[1]!, lexicons)) return inverted[1]!.trim();
    const withComma = COMMAS.some((comma) => text.includes(surname + comma));
    after ??= withComma ? new LazyRegExp(`${escapeRegExp(surname)}${COMMA}\\s(${ROLE_ARTICLE}\\s)?([\\p{L}«"][^,،，.;:()]{2,120}?)(?:${COMMA}|\\.(?:\\s|$))`, "u") : undefined;
    const appositive = withComma ? after?.exec(text) : null;
    if (appositive && (appositive[1] || !/^\p{Lu}/u.test(appositive[2]!)) && isRole(appositive[2]!, lexicons)) return appositive[2]!.trim();
    described ??= withName ? new LazyRegExp(`(?:^|[.;:]\\s|${COMMA}\\s|\\s${ROLE_ARTICLE}\\s)((?:[\\p{Ll}«»"][\\p{L}«»"-]*\\s){1,6})(?:${escapeRegExp(name)}|${escapeRegExp(bare)})(?![\\p{L}\\p{N}])`, "u") : undefined;
    const descriptor = withName ? described?.exec(text) : null;
    if (descriptor && isRole(descriptor[1]!, lexicons)) return descriptor[1]!.trim();
  }
  return null;
}

/**
 * Words that open a clause rather than a role ("who leads", "said", "afirmó": the lexicons'),
 * and words a role does not end with. Bounded by letters of any script: `\b` knows only ASCII
 * letters, so it never matched after "afirmó" or "сказал".
 */
const NOT_A_ROLE_START: PatternBuilder = (lexicons) =>
  new LazyRegExp(`^(?:${alternation(phrases("notRoleStarts", lexicons))})(?![\\p{L}\\p{N}])`, "iu");
const NOT_A_ROLE_END = new LazyRegExp(String.raw`(?<![\p{L}\p{N}])(?:with|to|for|of|by|from|in|on|at|and|interview|transcript)$`, "iu");

/**
 * An English verb that opens a predicate, not a role: an auxiliary, or any verb with its
 * negation ("didn't respond", "won’t say", "could not attend").
 */
const PREDICATE_START = new LazyRegExp(String.raw`^(?:\p{Ll}+n['’]t|cannot|did|does|do|will|would|can|could|should|must|might)(?![\p{L}\p{N}])`, "u");

/** Whether a phrase can be a role: not a clause, a verb or preposition phrase, or a number (in the lexicons' languages). */
export function isRole(phrase: string, lexicons: LexiconSelection = EVERY_LANGUAGE): boolean {
  const trimmed = phrase.trim();
  return (
    !lexicons.pattern(NOT_A_ROLE_START).test(trimmed) &&
    !PREDICATE_START.test(trimmed) &&
    !NOT_A_ROLE_END.test(trimmed) &&
    !/^\d/u.test(trimmed)
  );
}

/** A capitalised name of two to four words in a cased script, with particles ("Florence d’Alché-Buc", "Raul Grijalva"). */
const TITLE_NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|d[’']\\p{Lu}[\\p{L}\\p{M}'’-]*|de|da|van|von|bin|al)){1,3}";

/**
 * Words that open a headline, never a name ("The Sports Section", "Take Two", "How Will…"): the
 * lexicons' words that are no first name and their headline words.
 */
const NOT_A_NAME_START: PatternBuilder = (lexicons) =>
  new LazyRegExp(
    `^(?:${alternation([...phrases("notFirstNames", lexicons), ...phrases("headlineWords", lexicons)])})(?![\\p{L}\\p{N}])`,
    "u",
  );

/**
 * A pattern and words it cannot match without (any one of them; none listed: always
 * tried). A text without them skips the pattern, which is then never compiled: the
 * first use of a large Unicode pattern costs milliseconds.
 */
interface GuardedPattern {
  pattern: LazyRegExp;
  needs: readonly string[];
}

/** The match of a guarded pattern, or null (without running it when a needed word is missing). */
function execGuarded({ pattern, needs }: GuardedPattern, text: string): RegExpExecArray | null {
  return needs.length === 0 || needs.some((word) => text.includes(word)) ? pattern.exec(text) : null;
}

/**
 * "Q&A with X", "Entretien avec Frédéric Grillot, enseignant-chercheur…", "Témoignage de X",
 * "Интервью с X": a phrase of the lexicons' `interviewWithPhrases`, then the name, after up to
 * three lower-case words ("with Arizona congressman") or a quoted nickname.
 */
const INTERVIEW_WITH: PatternBuilder = (lexicons) =>
  new LazyRegExp(
    `(?:${eitherCasePhraseAlternation(phrases("interviewWithPhrases", lexicons))})\\s(?:(?:\\p{Ll}[\\p{L}'’-]*|['‘"“][^'’"”]{1,30}['’"”])\\s){0,3}(${TITLE_NAME})`,
    "u",
  );

/** Headline shapes tried before "interview with X": a quote ("Mariana Ocampo: «…»"), "X on …" / "X, Keeper of the Cup, on …" / "X talks …". */
const SPEAKER_TITLE_SHAPES: readonly GuardedPattern[] = [
  { pattern: new LazyRegExp(`^(${TITLE_NAME})\\s?(?:,[^:：]{1,60})?\\s?[:：]\\s*[«"“'„‘『「]`, "u"), needs: [":", "："] },
  { pattern: new LazyRegExp(`^(${TITLE_NAME})(?:,\\s[^,]{2,60},)?\\s(?:[Oo]n|[Tt]alks|[Ss]peaks|[Dd]iscusses|[Rr]eflects|[Ee]xplains|[Aa]nswers|[Oo]pens [Uu]p|[Ww]eighs [Ii]n)\\s`, "u"), needs: ["on", "On", "alks", "peaks", "iscusses", "eflects", "xplains", "nswers", "pens", "eighs"] },
];

/** Headline shapes tried after it: "…: X" ("Take Two: Sara Bareilles"), "X: …", "X - Site", "X, Artist". */
const NAME_TITLE_SHAPES: readonly GuardedPattern[] = [
  { pattern: new LazyRegExp(`[:：]\\s(${TITLE_NAME})$`, "u"), needs: [":", "："] },
  { pattern: new LazyRegExp(`^(${TITLE_NAME})[:：]\\s`, "u"), needs: [":", "："] },
  { pattern: new LazyRegExp(`^(${TITLE_NAME})(?:,\\s\\p{Lu}[\\p{L}-]*)?$`, "u"), needs: [] },
];

/**
 * Headline shapes that name the guest, group 1 the name, the surest first. "Interview with X"
 * names the guest in so many words: the article need not mention them again (an alumni
 * testimony signs its answers with the first name only).
 */
function titleShapes(lexicons: LexiconSelection): Array<GuardedPattern & { named?: true }> {
  return [...SPEAKER_TITLE_SHAPES, { pattern: lexicons.pattern(INTERVIEW_WITH), needs: [], named: true }, ...NAME_TITLE_SHAPES];
}

/** How much of a paragraph is searched for the interview's announcement. */
const ANNOUNCEMENT_CHARS = 600;

/** The guest a reporter's paragraph announces: "Entretien avec X", "Interview with X", "Gespräch mit X", "Интервью с X". */
export function nameAfterInterviewWord(texts: readonly string[], lexicons: LexiconSelection = EVERY_LANGUAGE): string | null {
  for (const text of texts) {
    const name = lexicons.pattern(INTERVIEW_WITH).exec(text.slice(0, ANNOUNCEMENT_CHARS))?.[1]?.replace(/[.,]$/u, "");
    if (name && !lexicons.pattern(NOT_A_NAME_START).test(name)) return name;
  }
  return null;
}

/** Separators between a headline and the site's name or the date in a page title. */
const TITLE_SEPARATOR = /\s+(?:[-–—|·]|--|::)\s+/u;

/**
 * The guest a headline names, when that name (its last word, at least) also stands
 * in the article: tried on the whole title and on each part of "Site - Headline - Date".
 */
export function nameFromTitle(title: string | null, texts: readonly string[], lexicons: LexiconSelection = EVERY_LANGUAGE): string | null {
  if (!title) return null;
  const parts = [title, ...title.split(TITLE_SEPARATOR)].map((part) => part.replace(/^Episode\s\d+[.:]\s/u, "").trim());
  for (const shape of titleShapes(lexicons)) {
    for (const part of parts) {
      const name = execGuarded(shape, part)?.[1]?.replace(/[.,]$/u, "");
      if (name && !lexicons.pattern(NOT_A_NAME_START).test(name) && (shape.named === true || mentioned(name, texts))) return withoutDescriptor(name, texts);
    }
  }
  return null;
}

/**
 * A headline's name without the capitalised descriptor a headline puts before it
 * ("'Glee' Star Chris Colfer"): its first word dropped when the article writes the
 * rest in full and never the whole.
 */
function withoutDescriptor(name: string, texts: readonly string[]): string {
  const words = name.split(/\s+/u);
  if (words.length < 3) return name;
  const rest = words.slice(1).join(" ");
  return texts.some((text) => text.includes(rest)) && !texts.some((text) => text.includes(name)) ? rest : name;
}

/**
 * The guest a headline opens with ("Alyssa Milano Gets 'Challenged'"): the longest run of
 * two to four of its first capitalised words that the article also writes in full, when
 * none of them is a word that opens sentences or one the article writes in lower case.
 */
export function nameOpeningTitle(title: string | null, texts: readonly string[]): string | null {
  const run = title ? NAME_RUN_AT_START.exec(title)?.[0] : undefined;
  if (!run) return null;
  const words = run.split(/\s/u);
  const common = lowerCaseWords(texts);
  for (let count = words.length; count >= 2; count--) {
    const name = words.slice(0, count);
    const usable = name.every((word) => !NOT_A_FIRST_NAME.has(word) && !common.has(word.toLowerCase()));
    if (usable && texts.some((text) => text.includes(name.join(" ")))) return name.join(" ");
  }
  return null;
}

/** A headline in a script without case opening with one word and a colon: "سیدصالحی: …", the speaker before the quote. */
const UNCASED_TITLE_SPEAKER = new LazyRegExp(String.raw`^(\p{Lo}[\p{Lo}\p{M}\u200c]*)\s?[:：]\s`, "u");

/**
 * The guest a headline in a script without case names by one word before a colon, when the
 * text mentions it. Weaker than a reporter's sentence: a role ("معاون وزیر نفت: …") stands there too.
 */
export function speakerFromUncasedTitle(title: string | null, texts: readonly string[]): string | null {
  const name = title ? UNCASED_TITLE_SPEAKER.exec(title)?.[1] : undefined;
  return name && mentioned(name, texts) ? name : null;
}

/** Whether the texts mention a name, or at least its last word. */
function mentioned(name: string, texts: readonly string[]): boolean {
  const surname = name.split(/\s+/u).at(-1)!;
  return texts.some((text) => text.includes(name) || text.includes(surname));
}


/** A name of two or three capitalised words (Latin, Cyrillic, Greek…). */
const CASED_NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s(?:(?:de|da|di|du|van|von|der|del|la|le)\\s)?(?:[dl][’'])?\\p{Lu}[\\p{L}\\p{M}'’-]+){1,2}";
/** A name of two or three words in a script without case (Arabic, Persian). */
const UNCASED_NAME = "\\p{Lo}[\\p{Lo}\\p{M}\\u200c]*(?:\\s\\p{Lo}[\\p{Lo}\\p{M}\\u200c]*){1,2}";

/** Whether a name holds an acronym beside ordinary words ("Студент ВШЭ", "MSN Music"): an organisation's, not a person's. */
function hasAcronym(name: string): boolean {
  const words = name.split(/\s+/u);
  const shouted = words.filter((word) => word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase());
  return shouted.length > 0 && shouted.length < words.length;
}

/**
 * The first person the reporter introduces with a role, in any language:
 * "Mariana Ocampo, escritora y periodista, …", "La conservatrice du musée, Hélène Marchal, …",
 * "نادر مهرآیین، رئیس فدراسیون …، …". In an interview article that is the guest.
 */
export function firstIntroduced(
  texts: readonly string[],
  excluded: (person: Person) => boolean = () => false,
  lexicons: LexiconSelection = EVERY_LANGUAGE,
): Person | null {
  const shapes: ReadonlyArray<{ pattern: RegExp; name: number; role: number }> = [
    { pattern: new RegExp(`(?:^|[.!?]\\s|,\\s)(${CASED_NAME}),\\s((?:${ROLE_ARTICLE}\\s)?\\p{Ll}[^,.;:()]{3,100}?),`, "gu"), name: 1, role: 2 },
    { pattern: new RegExp(`(?:^|[.!?]\\s)${ROLE_ARTICLE}\\s(\\p{Ll}[^,.;:()]{3,100}?),\\s(${CASED_NAME}),`, "gu"), name: 2, role: 1 },
    { pattern: new RegExp(`^(${UNCASED_NAME})${COMMA}\\s([^،,.]{3,100}?)${COMMA}`, "gu"), name: 1, role: 2 },
  ];
  for (const text of texts) {
    for (const shape of shapes) {
      for (const match of text.matchAll(shape.pattern)) {
        if (!isRole(withoutArticle(match[shape.role]!), lexicons) || hasAcronym(match[shape.name]!)) break;
        const person = { name: match[shape.name]!, role: match[shape.role]!.trim() };
        // The press person a standfirst introduces ("X, the paper's food writer,") asks; the guest comes later.
        if (!excluded(person)) return person;
      }
    }
  }
  return null;
}

/**
 * A role without the English article it opens with ("a chef and author"): the article is
 * no clause, though `isRole` must refuse the French and Portuguese verb "a" ("a déclaré").
 */
function withoutArticle(role: string): string {
  return role.replace(/^(?:an?|the)\s(?=\p{Ll}+(?:\s|$))(?!\p{Ll}+é(?:e|s|es)?(?:\s|$))/u, "");
}

/** A run of two to four capitalised words of a cased script, each with a lower-case letter (not "MSN TV"). */
const NAME_RUN = new LazyRegExp(String.raw`(?<![\p{L}\p{M}'’.-])\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,3}(?![\p{L}\p{M}])`, "gu");

/** The run of capitalised words a text opens with. */
const NAME_RUN_AT_START = new LazyRegExp(String.raw`^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,3}(?![\p{L}\p{M}])`, "u");

/** Words that open a sentence or a place and a headline, never a person's first name (the lexicons'). */
const NOT_A_FIRST_NAME: ReadonlySet<string> = new Set(notFirstNameWords());

/**
 * The person the reporter's text and the questions speak of: each capitalised run's last
 * two or three words (a descriptor before the name, "Projektchef Chris Urmson", is left
 * out) are scored by how a reporter writes about a person: introduced once in full, then
 * by the bare surname ("Salih has been…", "Herr Urmson, …"), or opening the article's
 * first sentence. Places, products and outlets are repeated in full instead. Null when
 * nothing scores two points.
 */
export function mostMentioned(texts: readonly string[], questions: readonly string[], excluded: (name: string) => boolean, prose: readonly string[] = []): string | null {
  const all = [...texts, ...questions];
  const common = lowerCaseWords([...all, ...prose]);
  const scores = new Map<string, number>();
  const usable = (word: string): boolean => !NOT_A_FIRST_NAME.has(word) && !common.has(word.toLowerCase());
  for (const text of texts) {
    const runs = NAME_RUN.matchAll(text).flatMap((match) => suffixes(match[0]));
    const titled = HONORIFIC_NAME.matchAll(text).map((match) => match[0]);
    for (const name of runs) {
      const words = name.split(" ");
      if (scores.has(name) || !usable(words[0]!) || !usable(words.at(-1)!) || excluded(name)) continue;
      scores.set(name, mentionScore(name, all));
    }
    // A courtesy title makes the word after it a surname, whatever else the text writes in lower case.
    for (const name of titled) if (!scores.has(name) && !excluded(name)) scores.set(name, mentionScore(name, all));
  }
  let best: string | null = null;
  for (const [name, score] of scores) if (score >= 2 && (best === null || score > scores.get(best)!)) best = name;
  return best;
}

/**
 * Words the texts write in lower case: a word also written so is a common noun or a verb
 * ("директор", "star", "gets"), never a first name or surname.
 */
function lowerCaseWords(texts: readonly string[]): Set<string> {
  // Only words standing between spaces and punctuation: "[greaves_photo]" or "x.com/greaves" is a file or a link.
  return new Set(texts.flatMap((text) => text.match(/(?<=^|\s)\p{Ll}[\p{L}\p{M}'’-]*(?=[\s,.;:!?)]|$)/gu) ?? []));
}

/** The last two and three words of a run of capitalised words. */
function suffixes(run: string): string[] {
  const words = run.split(/\s/u);
  return [words.slice(-2), ...(words.length > 2 ? [words.slice(-3)] : [])].map((part) => part.join(" "));
}

/** Text ending with a capitalised word and a space: the surname is written with a first name or descriptor. */
const AFTER_CAPITALISED = new LazyRegExp(String.raw`\p{Lu}[\p{L}\p{M}'’.-]*\s$`, "u");

/**
 * A surname after a courtesy title, as a reporter refers back to a person ("Mr. Guetta",
 * "Ms Ortiz"): the title stands for the bare surname, not for a first name.
 */
const HONORIFIC_NAME = new LazyRegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation(phrases("courtesyTitles"))})\\.?\\s\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*(?![\\p{L}\\p{M}])`,
  "gu",
);

/** Text ending with a courtesy title and a space. */
const AFTER_HONORIFIC = new LazyRegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(phrases("courtesyTitles"))})\\.?\\s$`, "u");

/** One point for a name mentioned at all, two per bare mention of its surname, one per text opening with it. */
function mentionScore(name: string, texts: readonly string[]): number {
  const surname = new RegExp(`(?<![\\p{L}\\p{M}'’-])${escapeRegExp(name.split(" ").at(-1)!)}(?![\\p{L}\\p{M}])`, "gu");
  let mentions = 0;
  let score = 0;
  for (const text of texts) {
    if (NAME_RUN_AT_START.exec(text)?.[0].endsWith(name)) score += 1;
    for (const match of text.matchAll(surname)) {
      mentions += 1;
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      if (!AFTER_CAPITALISED.test(before) || AFTER_HONORIFIC.test(before)) score += 2;
    }
  }
  return score + (mentions > 0 ? 1 : 0);
}
