/**
 * The shape of a language's lexicon: plain data, no patterns. A phrase ending in `*` is a
 * stem that takes any ending ("пресс-конференц*" for every case of the noun). A phrase may
 * offer choices in braces, one of them maybe empty: "good {morning|evening}", "{a |my |}pleasure". The compiler
 * (`compile.ts`) is the only place these words become regular expressions.
 */

/** A turn label with its options; a bare string is a label with none. */
export interface LabelWord {
  /** The label as written (`Q`, `Вопрос`, `س`). Matched without regard to case. */
  word: string;
  /** May carry a number: `Q1:`, `Question 2:`. */
  numbered?: boolean;
  /** A single letter that is also how an initial is written (`В. Путин`): a label only when labels alternate. */
  initial?: boolean;
}

/** A label: the word alone, or the word with its options. */
export type Label = string | LabelWord;

/** Twelve month names, January first; a month may have several spellings (`sep`, `sept`). */
export type MonthList = readonly [Month, Month, Month, Month, Month, Month, Month, Month, Month, Month, Month, Month];

/** One month's name, or its spellings. */
export type Month = string | readonly string[];

/** A language's words for "you" and for "I"/"we", lowercase. */
export interface Pronouns {
  you: readonly string[];
  i: readonly string[];
  /** Words for "you" that mean it only when capitalised, as written (German "Sie"). */
  youCased?: readonly string[];
  /** Words for "I"/"me" written elided before a vowel, without their apostrophe (French "j'", "m'"). */
  iElided?: readonly string[];
  /**
   * The language leaves its pronouns out as a rule (Spanish "pienso", Persian "می‌گویم"): that a text
   * states none says nothing of who speaks, so the interview check counts no such language's; a
   * pronoun it does state still marks the speaker.
   */
  dropped?: boolean;
}

/** What the tool knows of one language. Every list is optional but the labels. */
export interface Lexicon {
  /** ISO 639-1 code. */
  code: string;
  /** English name of the language. */
  name: string;
  /** Labels that open a question turn (`Q:`, `Frage:`). */
  questionLabels: readonly Label[];
  /** Labels that open an answer turn (`A:`, `Antwort:`). */
  answerLabels: readonly Label[];
  /** Month names and abbreviations, a list of twelve each. */
  months?: readonly MonthList[];
  /** Words that join a day to its month and the month to its year ("de" in "18 de marzo de 2020"), lowercase. */
  dateJoiners?: readonly string[];
  /** Endings written after a day's number before its year ("st" in "March 1st, 2020"), lowercase. */
  dayOrdinals?: readonly string[];
  /**
   * The words for before and after noon written after a time, lowercase ("a.m.", "ص"). A space in one
   * stands for any one space or none; choices in braces spell out its spellings ("a{.|}{ |}m{.|}").
   */
  meridiems?: { am: readonly string[]; pm: readonly string[] };
  /**
   * Time zones as the language names them after a time ("Moscow time", "по московскому времени"),
   * lowercase, with their UTC offsets (`+03:00`). Abbreviations (`GMT`, `MSK`) are every language's: the date reader holds them.
   */
  timeZones?: Readonly<Record<string, string>>;
  /** Phrases that announce the interview text ("the following is", "im Wortlaut"). */
  introPhrases?: readonly string[];
  /** Words that point at the text that follows ("below", "ci-dessous"). */
  pointers?: readonly string[];
  /** How an interviewer acknowledges a reply before going on ("good point", "fair enough"): a turn that opens so is the interviewer's. */
  acknowledgments?: readonly string[];
  /**
   * How a reply that is only a courtesy opens: thanks or a greeting ("thank", "{a |my |}pleasure",
   * "how are you", "danke*"). A short reply that opens so, at the start or end of the interview, is no pair.
   */
  courtesies?: readonly string[];
  /** Words a courtesy may follow at a reply's start, with or without a comma, two at most ("well", "oh", "it's": "Oh, it's a pleasure."), lowercase. */
  courtesyLeadIns?: readonly string[];
  /** Words a reply opens with ("yes", "well", "nein"): a paragraph that opens so answers the one before. */
  replyOpenings?: readonly string[];
  /** A reporter's phrasing about the interview itself, after it ("the interview was", "propos recueillis"). */
  closingPhrases?: readonly string[];
  /** Words right before the guest's name in the reporter's text ("our guest today is", "ضيفنا اليوم هو"). */
  guestIntroPhrases?: readonly string[];
  /**
   * Words a headline or an announcement puts right before the guest's name, as written in a
   * sentence ("interview with", "entretien avec", "témoignage de"): each word may open in capitals.
   */
  interviewWithPhrases?: readonly string[];
  /** Words right after the guest's name, naming the outlet they spoke to ("در گفت‌وگو با", "im Gespräch mit"). */
  spokeToPhrases?: readonly string[];
  /** Words between the interviewer's name and the guest's ("поговорил с", "s'est entretenu avec"). */
  interviewedPhrases?: readonly string[];
  /**
   * Words between two people's names that say they talked, as written ("spoke with", "sat down with",
   * "interviewed"): either may be the guest, and their roles tell which.
   */
  talkedWithPhrases?: readonly string[];
  /**
   * Verbs that open what a reporter's sentence says of the person it names first ("said", "told",
   * "spoke"), lowercase: an appositive after the name ("Kemper, head of the lab, said") ends before one.
   */
  predicateVerbs?: readonly string[];
  /**
   * Words that open a clause or a predicate after a name rather than a role ("who", "said", "with",
   * "afirmó", "сказал"), lowercase: "Kemper, who leads…" gives Kemper no role "who leads".
   */
  notRoleStarts?: readonly string[];
  /** A reporter's words naming an interview or a talk with a guest ("interview", "spoke with", "Gespräch"). */
  interviewWords?: readonly string[];
  /** Words that name a list of frequently asked questions ("FAQ", "foire aux questions"). */
  faqWords?: readonly string[];
  /** Words that name a press conference or briefing ("news conference", "Pressekonferenz"). */
  pressConferenceWords?: readonly string[];
  /** Words by which a reporter attributes what someone else says ("according to", "selon", "по словам"). */
  attributionWords?: readonly string[];
  /** The words for "you" and for "I"/"we", in a language that states its pronouns (a pro-drop one would read as third person). */
  pronouns?: Pronouns;
  /** Speech verbs that introduce a quotation ("said", "sagte", "сказал"). */
  speechVerbs?: readonly string[];
  /**
   * Verbs by which a reporter tells what someone said, besides the speech verbs ("argued", "warned",
   * "confirmed"): they follow a speaker's name, but the words after them are no quotation.
   */
  reportingVerbs?: readonly string[];
  /** Frequent short words that tell this language from others of its script (Latin-script languages). */
  stopWords?: readonly string[];
  /** Whole lines sites print as buttons, links and trailers ("share", "drucken"), lowercase. */
  chromePhrases?: readonly string[];
  /** Whole lines a box inside the article prints: an ad marker, a video player's button ("advertisement", "réglages"), lowercase. */
  boxPhrases?: readonly string[];
  /**
   * Stems of a cookie notice's request to accept ("accept*", "akzeptier*", "autoris*"), lowercase: with a
   * cookie and a word of {@link embedWords}, a short line asks for consent before showing a video or post.
   */
  consentWords?: readonly string[];
  /** Stems naming what a cookie notice would show ("video*", "inhalt*", "afficher*"), lowercase. */
  embedWords?: readonly string[];
  /** What a comment thread's counter calls the comments ("comments", "Kommentare", "réactions"), lowercase. */
  commentWords?: readonly string[];
  /** Words a date line may hold besides its dates and times ("published", "Uhr", "به وقت"), lowercase. */
  dateLineWords?: readonly string[];
  /** Words that mark a date as that of a change, not of publication ("updated", "mis à jour"), lowercase; a stem may end in `*`. */
  updatedWords?: readonly string[];
  /** A block that says nothing but this marks an advertisement ("advertisement", "Anzeige"), lowercase. */
  adLabels?: readonly string[];
  /** Labels of chrome lines, before a colon or bar ("Tags:", "Photo:", "Schlagworte:"). */
  chromeLabels?: readonly string[];
  /**
   * Words that open a line as a speaker's name does, before a colon, but name none ("Note:",
   * "Updated:", "Translated by:"), lowercase. The chrome labels are no speakers either.
   */
  notSpeakers?: readonly string[];
  /**
   * The words of a byline before the author's name ("By", "Propos recueillis par", "Беседовала"),
   * as written; the first letter is matched in either case. One ending in a colon ("Text:",
   * "作者:") is a byline only with it; a colon may follow any other.
   */
  bylineOpenings?: readonly string[];
  /** Labels of a news agency's item number ("news id", "story id", "کد خبر"), lowercase; a space may be written as none. */
  newsIdLabels?: readonly string[];
  /**
   * A link's note that it opens elsewhere, closing a share or link button ("Click to share on
   * Tumblr (Opens in new window)"), or standing alone ("These are external links and will open in a
   * new window"), lowercase.
   */
  newWindowNotes?: readonly string[];
  /** The label a breadcrumb trail opens with ("you are here", "sie sind hier"), lowercase. */
  breadcrumbLabels?: readonly string[];
  /*
   * Phrases with slots (`{n}` a number, `{name}` a person's name, `{address}` an e-mail address,
   * `{words}`, `{text}` and `{clause}` runs of words, …; see `slotPhrasePatterns` in compile.ts),
   * lowercase, with `^` or `$` where the phrase opens or closes its line.
   */
  /** An app, gift or support prompt ("^click here", "support {our|independent} {journalism|reporting}"). */
  promoPhrases?: readonly string[];
  /** A newsletter or alerts sign-up prompt ("by signing up{,|} you agree", "^{inscrivez-vous|abonnez-vous} …"). */
  newsletterPhrases?: readonly string[];
  /** The furniture of a podcast or audio version ("^{listen|play}{separator}{clock}", "^hören sie{gap}{podcast|folge}"). */
  podcastPhrases?: readonly string[];
  /** An author's note after the article ("{email|contact} {him|her|them} at {address}", "follow {name} on {Twitter|X}"). */
  authorNotePhrases?: readonly string[];
  /** A comment's time stamp, the whole line ("^{n} {hour|hours} ago{| at {clock}}$"). */
  timeAgoPhrases?: readonly string[];
  /** A reading-time or listen widget, the whole line ("^{n}{ |}{min|mins} read$"). */
  readingTimePhrases?: readonly string[];
  /** A meter of free articles ("^you have read {n} of {n} free articles"). */
  meterPhrases?: readonly string[];
  /** Openings of paywall and subscription prompts ("continue reading", "abonnez-vous"). */
  paywallPhrases?: readonly string[];
  /** Copyright and licence wording in a line ("copyright", "licensed under"); the rights-reserved phrases count too. */
  rightsPhrases?: readonly string[];
  /**
   * A publisher's statement that its rights are reserved or its text licensed ("all rights reserved",
   * "is licensed under", "alle Rechte vorbehalten"): alone, it makes a short closing sentence a licence notice.
   */
  rightsReserved?: readonly string[];
  /**
   * Words a licence or copyright notice opens with ("copyright", "all rights", "this work"), lowercase:
   * a notice glued to the end of a paragraph may start there without a full stop before it.
   */
  noticeOpenings?: readonly string[];
  /**
   * A publication's notes about the article itself, anywhere in a short line: where it first
   * appeared, who reported it, an affiliate disclosure ("reprinted with permission",
   * "(reporting by", "zuerst erschienen"), lowercase. Phrases a speaker would not say of an answer.
   */
  noticePhrases?: readonly string[];
  /**
   * Words heading an author's box over the author's name ("About" in "About Jane Roe"), as a
   * heading writes them: capitalised.
   */
  authorBoxHeadings?: readonly string[];
  /**
   * Titles written before a person's name that are not part of the name, as written: an
   * abbreviation with its full stop ("Dr.", "Mr.") or a word ("Sheikh", "Professor").
   */
  nameTitles?: readonly string[];
  /**
   * Courtesy titles a reporter writes before the bare surname when referring back to a person
   * ("Mr Kemper", "Dr. Kamau"), without their full stop. Each is also a name title (with its
   * full stop) and never a first name. Not "Sir" or "Sheikh": those stand before a first name.
   */
  courtesyTitles?: readonly string[];
  /** Capitalised words that open a sentence, a place or a date, never a person's first name ("The", "New", "Monday"). */
  notFirstNames?: readonly string[];
  /** Capitalised words that open a headline, never a name, besides those that are no first name ("Meet", "Episode", "Q&A"). */
  headlineWords?: readonly string[];
  /**
   * Verbs that stand beside a quoted source's name, before it or after it ("says Laura Kemper",
   * "Raj Patel said"), as written; the attribution words may stand before it too ("according to").
   */
  quotingVerbs?: readonly string[];
  /** Articles and possessives that may open a person's role, lowercase ("the", "its", "la", "l'"). */
  roleArticles?: readonly string[];
}
