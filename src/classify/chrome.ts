/**
 * Site chrome: the lines a page prints around every article. Each rule is a
 * named test with the reason shown in `removed[].reason` and `--explain`.
 */
import type { RuleId } from "../registry.js";
import { LazyRegExp } from "../lazy-regexp.js";
import {
  alternation,
  boundedAlternation,
  EVERY_LANGUAGE,
  lazyPhrasePattern,
  phrases,
  saysSlotPhrase,
  slotPhrasePatterns,
  type Lexicon,
  type LexiconSelection,
  type PatternBuilder,
  type SlotPhrasePatterns,
} from "../lexicon/index.js";
import { SEPARATOR_ONLY } from "../patterns.js";
import { wordCount, wordCountUpTo } from "../normalize.js";
import { isMediaOnly, linkText } from "../markdown.js";

/** A chrome rule: a test on a block's text and the reason it gives. */
export interface ChromeRule {
  name: string;
  /** The rule's id in the registry. */
  id: RuleId;
  reason: string;
  /**
   * Tests a block's text; a built-in rule reads the words of the document's languages, and
   * `view`, what every rule reads of the text, measured once.
   */
  test: (text: string, lexicons: LexiconSelection, view: ChromeView) => boolean;
  /** The rule removes a box printed inside an article, between its paragraphs, not page furniture around it. */
  inline?: boolean;
}

/**
 * A rule that blocks are removed by for their shape or place on the page (a list of headlines, a
 * caption above its credit), found by a zone finder: it has no test of one line's text. Its name
 * is its id's.
 */
export function zoneRule(id: RuleId, reason: string, options: { inline?: boolean } = {}): ChromeRule {
  return { name: id.slice(id.indexOf("/") + 1), id, reason, test: () => false, ...options };
}

/** What the rules read of a block, measured once for all of them. */
export interface ChromeView {
  /** The block's words ({@link wordCount}), counted up to {@link WORD_CAP} and one more. */
  words: number;
  /** The text lower-cased, the long s written as "s": what a pattern with the `i` flag sees. */
  folded: string;
  /** The line without its surrounding punctuation ({@link bare}), for a line of at most {@link PHRASE_MAX_LENGTH} characters; null for a longer one. */
  bare: string | null;
}

/** Longest line compared whole with the lexicons' button and box phrases. */
const PHRASE_MAX_LENGTH = 40;

/** Most words a rule asks a block to have at most: counting stops past it. */
const WORD_CAP = 80;

/** Measures a block for the rules. */
function viewOf(text: string): ChromeView {
  const lower = text.toLowerCase();
  // /iu folds "ſ" to "s"; lower-casing leaves it: the needles below would miss "ſign up".
  return {
    words: wordCountUpTo(text, WORD_CAP),
    folded: lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower,
    // Two rules compare the bare line with their phrases: it is made once.
    bare: text.length <= PHRASE_MAX_LENGTH ? bare(text) : null,
  };
}

/**
 * Whether the folded text holds one of the words every match of a pattern must hold: a scan
 * for a few substrings costs a fraction of an unanchored `/iu` alternation's run over a paragraph.
 */
function mentions(view: ChromeView, needles: readonly string[]): boolean {
  return needles.some((needle) => view.folded.includes(needle));
}

/**
 * Whole-line phrases sites print as buttons, links and trailers (the lexicons' chrome phrases).
 * Compared case-insensitively against the line with surrounding punctuation removed.
 */
const CHROME_PHRASES: ReadonlySet<string> = new Set(phrases("chromePhrases"));

/** Whole lines an inline box prints: an ad marker, a video player's button (the lexicons' box phrases). */
const BOX_PHRASES: ReadonlySet<string> = new Set(phrases("boxPhrases"));

/**
 * Prefixes of label-like chrome lines: "Tags: a, b", "Photo: …", "Source: …", also after the
 * byline a page prints on the same line ("By: Jane Roe Filed Under: harbour, ferries").
 */
const CHROME_PREFIX: PatternBuilder = (lexicons) =>
  new LazyRegExp(`^(?:by:?\\s(?:\\p{Lu}[\\p{L}'’.-]*\\s){1,4})?(?:${alternation(phrases("chromeLabels", lexicons))})\\s*[:：|]`, "iu");

/** The marks one of which closes every label of {@link CHROME_PREFIX}. */
const LABEL_MARKS = [":", "：", "|"];

/** A caption in parentheses or brackets: "(Photo by …)", "[Image: …]". */
const BRACKETED_CAPTION = /^[([](?:photo|image|picture|video|file photo|credit|caption|عکس|фото)\b[^)\]]*[)\]]$/iu;

/** A link's note that it opens elsewhere, closing a short line: "Click to share on Tumblr (Opens in new window)". */
const NEW_WINDOW: PatternBuilder = (lexicons) =>
  new LazyRegExp(`(?:${alternation(phrases("newWindowNotes", lexicons))})\\)?[.!]?$`, "iu");
/** Most words of a line closing with a new-window note: a button or a link's notice, not a sentence of the text. */
const NEW_WINDOW_MAX_WORDS = 15;
/** How many characters from a line's end the note is looked for in: the longest note and its bracket. */
const NEW_WINDOW_TAIL = 48;

/** Paywall and subscription prompts: "Continue reading", "Subscribe for $1 a week", "Already a subscriber? Log in". */
const PAYWALL: PatternBuilder = (lexicons) => new LazyRegExp(`^(?:${alternation(phrases("paywallPhrases", lexicons))})`, "iu");

/** Share widgets of Chinese and Japanese sites: "分享到：微信 微博", "この記事をシェアする". */
const CJK_SHARE = /^(?:分享到|分享至|分享|この記事をシェア|記事をシェア|シェアする|ツイート)/u;

/** Reading-time and listen widgets: "6 min read", "Listen to this article · 9 min", "Reading time: 7 minutes" (the lexicons' reading-time phrases). */
const READING_TIME = (lexicons: readonly Lexicon[]): SlotPhrasePatterns => slotPhrasePatterns("readingTimePhrases", lexicons);

/** A photo caption written as a sentence: "File photo shows …", "… Credit: Marc Puig", "(AP Photo/…)". */
const CAPTION_SENTENCE =
  /^(?:file )?(?:photo|picture|image)s?(?: above)? (?:shows?|taken)\b|\b(?:Credit|Photo|Photograph|Image|Foto)\s?:\s\S|\bCredit(?:\.{2,3}|…)\s?\p{Lu}|\((?:AP |AFP |Reuters )?Photo\b|\bPhoto(?:graph)? by\b|^image (?:source|caption|copyright),?\s/iu;
/** Words every caption sentence holds, folded. */
const CAPTION_WORDS = ["photo", "picture", "image", "credit", "foto"];

/**
 * A social post embedded in the article, as a text view prints it: the post, then its
 * attribution "— Name (@handle) October 7, 2019", or a post ending on its picture link.
 */
const EMBEDDED_POST = new LazyRegExp(String.raw`(?:^|\s)[—–-]\s?[^()—–]{1,60}\s\(@\w{1,30}\)\s[^()]{4,30}\d{4}$|(?:^|\s)\S*pic\.twitter\.com\/\w+$|^(?:end of )?(?:twitter|instagram|facebook|tiktok|youtube|bluesky|mastodon|x) post(?: by @?[\w.]{1,30})?(?::|$)`, "iu");
/** What every embedded post's attribution holds, folded. */
const EMBEDDED_POST_MARKS = ["(@", "pic.twitter.com/", " post"];

/** Most words an embedded post has with its attribution (a post holds at most 280 characters). */
const EMBEDDED_POST_WORDS = 80;

/** A breadcrumb trail: "Home > News > Ideas > Headline", three steps or more, short labels without punctuation before the last. */
const BREADCRUMB = /^(?:#{1,6}\s)?[^>»›.,;:!?]{1,40}(?:\s[>»›]\s[^>»›.,;:!?]{1,40}){1,7}\s[>»›]\s[^>»›]{1,120}$/u;

/**
 * The separators of a breadcrumb trail: a line without one is no trail, and its links are not
 * read as their text for {@link BREADCRUMB} (reading them leaves the characters as they were).
 */
const BREADCRUMB_MARKS = [">", "»", "›"];

/** A breadcrumb trail's label opening its line: "You are here: Home > News", "Sie sind hier:". */
const BREADCRUMB_LABEL: PatternBuilder = (lexicons) =>
  new LazyRegExp(`^(?:${alternation(phrases("breadcrumbLabels", lexicons))})\\s*(?::|$)`, "iu");
/** Most words of a labelled breadcrumb trail. */
const BREADCRUMB_MAX_WORDS = 30;

/** An app, gift or support prompt: "Click here to get the app", "Take advantage of this special offer - Act now!" (the lexicons' promo phrases). */
const PROMO = (lexicons: readonly Lexicon[]): SlotPhrasePatterns => slotPhrasePatterns("promoPhrases", lexicons);

/** A meter of free articles: "You've read 3 of 5 free articles this month." (the lexicons' meter phrases). */
const ARTICLE_METER = (lexicons: readonly Lexicon[]): SlotPhrasePatterns => slotPhrasePatterns("meterPhrases", lexicons);

/**
 * A newsletter or alerts sign-up prompt: "Sign up for our daily briefing, delivered to your inbox",
 * "Inscrivez-vous à notre newsletter", "Newsletter abonnieren" (the lexicons' newsletter phrases).
 */
const NEWSLETTER = (lexicons: readonly Lexicon[]): SlotPhrasePatterns => slotPhrasePatterns("newsletterPhrases", lexicons);

/**
 * Where a comment thread starts, with its counter: "12 Comments", "Comments (3)", "Show all 40 comments",
 * "27 Postings" (the lexicons' words for comments).
 */
const COMMENT_COUNT: PatternBuilder = (lexicons) =>
  new LazyRegExp(
    `^(?:(?:view|show|read|see|load|hide) (?:all )?)?(?:\\d{1,6} )?(?:${alternation(phrases("commentWords", lexicons))})(?: ?\\(\\d{1,6}\\))?$`,
    "iu",
  );

/**
 * An author's note after the article: "Follow her on Twitter @janeroe", "Email him at jroe@example.com",
 * "John Doe contributed to this report", "Follow Jane Roe on Twitter" (the lexicons' author-note phrases).
 */
const AUTHOR_NOTE = (lexicons: readonly Lexicon[]): SlotPhrasePatterns => slotPhrasePatterns("authorNotePhrases", lexicons);

/**
 * The embed code of a player or post, the line holding nothing else: `<iframe src="…" …></iframe>`,
 * or the frame as lynx prints it, its address or name after `IFRAME:`.
 */
const EMBED_CODE = new LazyRegExp(String.raw`^(?:embed\s+)?<iframe\s[^<>]{0,500}>(?:\s*<\/iframe>)?$|^IFRAME:\s*\S{1,500}$`, "iu");

/** The price box of a shop: "The River Atlas… Jane Roe Best Price: $4.10 Buy New $9.99 (as of 07:15 EDT - Details)". */
const SHOP_PRICE = /\bprice:\s?[$€£]\s?\d/iu;
/** What every price of a shop box holds, folded. */
const SHOP_PRICE_MARK = ["price:"];

/** What a shop box says besides the price: a buy button with its own price, or the time of the price. */
const SHOP_ACTION = /\bbuy (?:new|now|used) [$€£]\s?\d|\(as of \d{1,2}:\d{2}\b/iu;

/** Mentions of cookies, consent and an embedded content's display in a consent notice (the lexicons' consent and embed words). */
const CONSENT_COOKIES = /\bcookies?\b/iu;
const CONSENT_ACCEPT: PatternBuilder = (lexicons) => lazyPhrasePattern("consentWords", lexicons);
const CONSENT_CONTENT: PatternBuilder = (lexicons) => lazyPhrasePattern("embedWords", lexicons);
/** The word every consent notice holds, folded. */
const CONSENT_MARK = ["cookie"];

/**
 * The furniture of a podcast or audio version: "Listen to the full episode on Apple Podcasts",
 * "Retrouvez cette interview en format audio", "Podcast recorded on 3 May 2024 by Jane Roe"
 * (the lexicons' podcast phrases).
 */
const PODCAST_FURNITURE = (lexicons: readonly Lexicon[]): SlotPhrasePatterns => slotPhrasePatterns("podcastPhrases", lexicons);

/**
 * The credit of a media box: "Vidéos Jane Roe, Example School", "Photos Lena Ortiz / Pressbild";
 * a photographer and agency alone, the slash unspaced (a spaced one is a breadcrumb's or a
 * section's): "Lena Ortiz/AP", "Jane Roe/AFP/Getty Images".
 */
const MEDIA_CREDIT =
  new LazyRegExp(String.raw`^(?:[Pp]odcasts?|[Vv]id[ée]os?|[Pp]hotos?|[Ii]llustrations?|[Ii]mages?)\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}(?:,|\s\/)\s[^,.;:!?]{1,40}$|^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}\/\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2}(?:\/\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2}){0,2}$`, "u");

/**
 * A credit ending on a wire or picture agency, the photographer's name before it:
 * "Lena Ortiz, AP", "Lena Ortiz / AP file", "Lena Ortiz | Courier | Getty Images"; a picture
 * agency alone, "Getty Images" (a wire agency alone, "Reuters", is the text's own source line).
 */
const AGENCY_CREDIT =
  new LazyRegExp(String.raw`^(?:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\s?[,|/]\s?){1,3}(?:Getty Images|Getty|AP Photo|AP|AFP|Reuters|REUTERS|EPA|Bloomberg|Shutterstock|iStock|Pool)(?:\s(?:file|photo|images?))?$|^(?:Getty Images|Getty|Shutterstock|iStock)$`, "u");

/**
 * The placeholder a text view prints for an image it cannot show: its alt text or file name
 * in brackets, "[harbour-view-6-1]", "[gif]", "[INS::INS]", or the file name itself,
 * "harbour-2.jpg harbour-2.jpg". A bracketed word of letters alone is a transcript's stage cue
 * ("[Laughs]") and stays, unless it names an image.
 */
const IMAGE_PLACEHOLDER = new LazyRegExp(String.raw`^(?:\[(?:[^\s[\]]{0,80}[\d_:.;=/-][^\s[\]]{0,80}|gif|jpe?g|png|webp|svg|image|img|photo|logo|icon)\]\s?){1,6}$|^(?:[\w%.,-]{1,120}\.(?:jpe?g|png|gif|webp|svg)(?:\?\S{0,200})?\s?){1,3}$`, "iu");

/**
 * A link to the site's own related story, its address before the headline: "Also on example.com
 * Harbour strike called off". Only the address tells it from a sentence.
 */
const SITE_LINK = /^(?:also|more) on [\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\s\S/iu;

/** How every related-story link opens, folded. */
const SITE_LINK_OPENINGS = ["also on", "more on"];

/** A comment's time stamp on a line of its own: "2 days ago at 07:54 am", "5 hours ago" (the lexicons' time-ago phrases). */
const TIME_AGO = (lexicons: readonly Lexicon[]): SlotPhrasePatterns => slotPhrasePatterns("timeAgoPhrases", lexicons);

/** Notes of the publication about the article: syndication, reporting credits, affiliate disclosure (the lexicons' notice phrases). */
const NOTICE = new LazyRegExp(boundedAlternation(phrases("noticePhrases")), "iu");
/**
 * The notice phrases lower-cased, unbounded: a folded line holds one whenever {@link NOTICE}
 * matches the line. Matched with case over the folded text, the alternation runs about six times
 * faster than NOTICE's case-insensitive one, which was the costliest chrome rule on short lines.
 */
const NOTICE_MENTIONED = new LazyRegExp(
  alternation(phrases("noticePhrases").map((phrase) => phrase.toLowerCase())),
  "u",
);

/** A photo box's buttons around its caption: "Enlarge this image", "hide caption", "toggle caption". */
const CAPTION_TOGGLE = /\b(?:hide|toggle) caption\b|^enlarge this image\b/iu;
/** Words every caption button holds, folded. */
const CAPTION_TOGGLE_WORDS = ["caption", "enlarge this image"];

/** A broadcaster's note on its transcript: "This is a rush transcript. Copy may not be in its final form." */
const TRANSCRIPT_NOTICE = /\b(?:rush transcript|may not be in (?:its|their) final form)\b|^audio will be available later\b/iu;
/** Words every transcript notice holds, folded. */
const TRANSCRIPT_NOTICE_WORDS = ["rush transcript", "final form", "audio will be available later"];

/**
 * A stage cue on a line of its own in a broadcast transcript: "(SOUNDBITE OF MUSIC)",
 * "(LAUGHTER)", "(BEGIN VIDEO CLIP)". Written in capitals, so the pattern is case-sensitive.
 */
const TRANSCRIPT_CUE =
  /^[([](?:SOUNDBITE OF|BEGIN (?:VIDEO|AUDIO) CLIP|END (?:VIDEO|AUDIO) CLIP|LAUGHTER|APPLAUSE|CROSSTALK|MUSIC|COMMERCIAL BREAK|BREAK|INAUDIBLE)\b[^)\]]{0,80}[)\]]$/u;

/** Copyright, rights and licence lines ("… is licensed under a Creative Commons … License."). */
const COPYRIGHT: PatternBuilder = (lexicons) => new LazyRegExp(`©|\\(c\\)\\s*\\d{4}|${boundedAlternation([...phrases("rightsPhrases", lexicons), ...phrases("rightsReserved", lexicons)])}`, "iu");

/** Reporter's or editor's initials a crawl leaves after the text: "JH/PA", "SP/", "MH/PA/AK". */
export const INITIALS_CODE = new LazyRegExp(String.raw`^\p{Lu}{1,3}\/(?:\p{Lu}{1,3}(?:\/\p{Lu}{1,3}){0,2})?$`, "u");

/**
 * A bare URL or e-mail address. Neither side of the `@` holds an `@`, and the
 * domain's parts hold no dot: with `\S+@\S+` every `@` of a long line was a split
 * point to backtrack through, quadratic on a 1 MB line.
 */
const URL_ONLY = new LazyRegExp(String.raw`^(?:(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+)$`, "iu");

/**
 * A form's controls as a text view prints them: lynx's "(BUTTON)" and a text field's run of
 * underscores ("Join our newsletter ____________________ (BUTTON) Subscribe").
 */
const FORM_CONTROL = /\(BUTTON\)|(?<!_)_{12,30}(?!_)/u;

/**
 * What every form control holds: the button, or the shortest run of underscores a field makes.
 * The field's lookbehind is tried at every character of a line; `includes` finds neither faster.
 */
const FORM_MARKS = ["(BUTTON)", "_".repeat(12)];

/** A web address opening a block. */
const URL_OPENING = new LazyRegExp(String.raw`^(?:https?:\/\/|www\.)\S`, "iu");

/** A piece of a web address a text view wrapped: it holds the address's punctuation, or is a long run without spaces. */
const URL_PIECE = /[/%=&?#_]|^\S{20,}$/u;

/**
 * A long web address a text view wrapped over several lines ("http://example.org/plugins/like.php?href=…
 * layout=button_count&width=1000"): an embed's or a share button's address, never prose.
 */
function isWrappedUrl(text: string): boolean {
  return URL_OPENING.test(text) && text.includes(" ") && text.split(" ").every((piece) => URL_PIECE.test(piece));
}

/** A line of lynx-style link references: `[12]Home [13]World`, or numbered URL lists. */
const LINK_REFERENCE = new LazyRegExp(String.raw`^(?:\d{1,4}\.\s+(?:https?|file|ftp|mailto):\S+|\[\d{1,4}\]\S.{0,80})$`, "iu");

/**
 * Words that mark a "share on X" bar. The separator class holds no space: with
 * `\s` in it as well as in the `\s*` after each item, every space could go to
 * either, and a line of forty "Share" words ending in anything else backtracked
 * through 2^40 splits. (Blocks are trimmed, so a space always sits between items.)
 */
const SOCIAL = /^(?:(?:facebook|twitter|[x|•·,/]|telegram|whatsapp|linkedin|email|e-mail|reddit|pinterest|vk|instagram|youtube|print|share|copy link|on|via|flipboard|messenger|tumblr|threads|bluesky|mastodon|xing|sms|tweet|this|with)\s*){2,}$/iu;

/**
 * A share bar's button: a network, or sharing, mailing, printing. The bar's other words ("on",
 * "via", "this", "with") join them: a line of those alone ("With this") is a reply. Bounded
 * before only: a text view glues a button's label to its icon's ("PrintPrint", "FacebookTwitter").
 */
const SHARE_BUTTON = new LazyRegExp(
  String.raw`(?<![\p{L}\p{N}])(?:facebook|twitter|telegram|whatsapp|linkedin|email|e-mail|reddit|pinterest|vk|instagram|youtube|print|share|copy link|flipboard|messenger|tumblr|threads|bluesky|mastodon|xing|sms|tweet)`,
  "iu",
);

/** Strips punctuation, bullets and lynx link markers around a short line. */
export function bare(text: string): string {
  return text
    .replace(/\[\d{1,4}\]/g, "")
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, "")
    .toLowerCase();
}

/**
 * The rules, most specific first. A rule for short lines counts words first, stopping
 * early: an unanchored pattern then never scans a long paragraph.
 */
export const CHROME_RULES: readonly ChromeRule[] = [
  { name: "separator", id: "chrome/separator", reason: "separator line", test: (text) => SEPARATOR_ONLY.test(text) },
  { name: "phrase", id: "chrome/phrase", reason: "site chrome (button or link text)", test: (_text, _lexicons, view) => view.bare !== null && CHROME_PHRASES.has(view.bare) },
  { name: "box-label", id: "chrome/box-label", reason: "ad marker or player button", test: (_text, _lexicons, view) => view.bare !== null && BOX_PHRASES.has(view.bare), inline: true },
  { name: "label-line", id: "chrome/label-line", reason: "site chrome (tags, source or caption line)", test: (text, lexicons, view) => view.words <= 40 && mentions(view, LABEL_MARKS) && lexicons.pattern(CHROME_PREFIX).test(text) },
  { name: "new-window", id: "chrome/new-window", reason: "link's new-window note", test: (text, lexicons, view) => view.words <= NEW_WINDOW_MAX_WORDS && lexicons.pattern(NEW_WINDOW).test(text.slice(-NEW_WINDOW_TAIL)) },
  { name: "form-control", id: "chrome/form-control", reason: "form button or text field", test: (text, _lexicons, view) => view.words <= 40 && FORM_MARKS.some((mark) => text.includes(mark)) && FORM_CONTROL.test(text) },
  { name: "related-link", id: "chrome/related-link", reason: "related-story link", test: (text, _lexicons, view) => view.words <= 40 && SITE_LINK_OPENINGS.some((opening) => view.folded.startsWith(opening)) && SITE_LINK.test(text), inline: true },
  { name: "caption", id: "chrome/caption", reason: "photo caption", test: (text, _lexicons, view) => BRACKETED_CAPTION.test(text) || (view.words <= 40 && mentions(view, CAPTION_WORDS) && CAPTION_SENTENCE.test(text)) || isCreditedCaption(text, view), inline: true },
  { name: "initials", id: "chrome/initials", reason: "reporter's or editor's initials", test: (text) => INITIALS_CODE.test(text) },
  { name: "embedded-post", id: "chrome/embedded-post", reason: "embedded social post", test: (text, _lexicons, view) => view.words <= EMBEDDED_POST_WORDS && mentions(view, EMBEDDED_POST_MARKS) && EMBEDDED_POST.test(text), inline: true },
  { name: "copyright", id: "chrome/copyright", reason: "copyright line", test: (text, lexicons, view) => view.words <= 25 && lexicons.pattern(COPYRIGHT).test(text) },
  // A broadcaster's notice runs to a few sentences: how transcripts are made, that the audio is the record.
  { name: "transcript-notice", id: "chrome/transcript-notice", reason: "transcript notice", test: (text, _lexicons, view) => (view.words <= 60 && mentions(view, TRANSCRIPT_NOTICE_WORDS) && TRANSCRIPT_NOTICE.test(text)) || TRANSCRIPT_CUE.test(text) },
  { name: "media-link", id: "chrome/media-link", reason: "image or empty link", test: (text) => isMediaOnly(text) },
  { name: "breadcrumb", id: "chrome/breadcrumb", reason: "breadcrumb trail", test: (text, lexicons, view) => (mentions(view, BREADCRUMB_MARKS) && isBreadcrumb(linkText(text))) || (view.words <= BREADCRUMB_MAX_WORDS && lexicons.pattern(BREADCRUMB_LABEL).test(text)) },
  { name: "promo", id: "chrome/promo", reason: "app or newsletter prompt", test: (text, lexicons, view) => view.words <= 25 && says(PROMO, text, lexicons, view) },
  { name: "newsletter", id: "chrome/newsletter", reason: "newsletter sign-up prompt", test: (text, lexicons, view) => view.words <= 40 && says(NEWSLETTER, text, lexicons, view), inline: true },
  { name: "comment-count", id: "chrome/comment-count", reason: "comment counter", test: (text, lexicons) => text.length <= 40 && lexicons.pattern(COMMENT_COUNT).test(text.replace(/^#{1,6}\s/u, "")) },
  { name: "time-ago", id: "chrome/time-ago", reason: "relative time stamp", test: (text, lexicons, view) => text.length <= 40 && says(TIME_AGO, text, lexicons, view) },
  { name: "author-note", id: "chrome/author-note", reason: "author's note", test: (text, lexicons, view) => view.words <= 60 && says(AUTHOR_NOTE, text, lexicons, view) },
  { name: "shop", id: "chrome/shop", reason: "shop box", test: (text, _lexicons, view) => view.words <= 40 && mentions(view, SHOP_PRICE_MARK) && SHOP_PRICE.test(text) && SHOP_ACTION.test(text) , inline: true },
  { name: "consent", id: "chrome/consent", reason: "cookie consent notice", test: (text, lexicons, view) => isConsentNotice(text, lexicons, view) , inline: true },
  { name: "podcast", id: "chrome/podcast", reason: "podcast or audio furniture", test: (text, lexicons, view) => view.words <= 40 && says(PODCAST_FURNITURE, text, lexicons, view), inline: true },
  { name: "media-credit", id: "chrome/media-credit", reason: "media credit", test: (text, _lexicons, view) => isMediaCredit(text, view) , inline: true },
  { name: "paywall", id: "chrome/paywall", reason: "subscription prompt", test: (text, lexicons, view) => view.words <= 30 && (lexicons.pattern(PAYWALL).test(text) || says(ARTICLE_METER, text, lexicons, view)) },
  // A player between two paragraphs must not cut the article in two.
  { name: "embed-code", id: "chrome/embed-code", reason: "embed code", test: (text) => EMBED_CODE.test(text), inline: true },
  { name: "reading-time", id: "chrome/reading-time", reason: "reading-time widget", test: (text, lexicons, view) => says(READING_TIME, text, lexicons, view) },
  { name: "cjk-share", id: "chrome/cjk-share", reason: "share bar", test: (text) => CJK_SHARE.test(text) && text.length <= 40 },
  { name: "doubled-caption", id: "chrome/doubled-caption", reason: "image's alt text and title", test: (text, _lexicons, view) => view.words >= DOUBLED_MIN_WORDS && view.words <= WORD_CAP && isPrintedTwice(text), inline: true },
  { name: "image-placeholder", id: "chrome/image-placeholder", reason: "image placeholder", test: (text) => IMAGE_PLACEHOLDER.test(text), inline: true },
  { name: "notice", id: "chrome/notice", reason: "publication's notice", test: (text, _lexicons, view) => view.words <= 40 && NOTICE_MENTIONED.test(view.folded) && NOTICE.test(text) },
  { name: "url", id: "chrome/url", reason: "bare link", test: (text) => URL_ONLY.test(text) || isWrappedUrl(text) },
  { name: "link-reference", id: "chrome/link-reference", reason: "link reference list", test: (text) => LINK_REFERENCE.test(text) && linkDensity(text) > 0.3 },
  { name: "social", id: "chrome/social", reason: "share bar", test: (text) => SOCIAL.test(text) && SHARE_BUTTON.test(text) },
];

/** Whether a line says one of the phrases with slots of a list, in the document's languages. */
function says(build: (lexicons: readonly Lexicon[]) => SlotPhrasePatterns, text: string, lexicons: LexiconSelection, view: ChromeView): boolean {
  return saysSlotPhrase(lexicons.derived(build), text, view.folded);
}

/** Fewest words of a caption printed twice: "Harbour View Harbour View" may be a logo's name and the site's. */
const DOUBLED_MIN_WORDS = 8;

/**
 * Whether a block is one text printed twice, spaces aside: an image's alt text and its title
 * ("Harbour lights at dusk #harbour #nightHarbour lights at dusk #harbour #night"), which a
 * text view runs together. A paragraph of the article is never its own copy.
 */
export function isPrintedTwice(text: string): boolean {
  if (!endMeetsStart(text)) return false;
  // Compared where it stands, white space skipped, without a copy of the text: most blocks differ
  // from the first character on, and the copy was made for every block of eight words or more.
  let visible = 0;
  for (let index = 0; index < text.length; index += 1) if (!isWhiteSpace(text.charCodeAt(index))) visible += 1;
  if (visible === 0 || visible % 2 !== 0) return false;
  let second = nextVisible(text, 0);
  for (let skipped = 0; skipped < visible / 2; skipped += 1) second = nextVisible(text, second + 1);
  for (let first = nextVisible(text, 0); second < text.length; first = nextVisible(text, first + 1)) {
    if (text.charCodeAt(first) !== text.charCodeAt(second)) return false;
    second = nextVisible(text, second + 1);
  }
  return true;
}

/**
 * Whether a text's last visible character stands somewhere before its first one, white space
 * aside, as the end of a first copy stands before the start of the second. A block printed twice
 * does; most blocks are told apart by a few native searches for their last character, before
 * {@link isPrintedTwice} counts their characters.
 */
function endMeetsStart(text: string): boolean {
  const first = nextVisible(text, 0);
  let last = text.length - 1;
  while (last > first && isWhiteSpace(text.charCodeAt(last))) last -= 1;
  if (last <= first) return false;
  const end = text[last]!;
  const start = text.charCodeAt(first);
  for (let at = text.indexOf(end); at >= 0 && at < last; at = text.indexOf(end, at + 1)) {
    if (text.charCodeAt(nextVisible(text, at + 1)) === start) return true;
  }
  return false;
}

/** The text once, spaces removed, of a block printed twice ({@link isPrintedTwice}); null for any other block. */
export function printedOnce(text: string): string | null {
  if (!isPrintedTwice(text)) return null;
  const compact = text.replace(/\s+/gu, "");
  return compact.slice(0, compact.length / 2);
}

/** The index of the first character at or after an index that is not white space (the text's length if none is). */
function nextVisible(text: string, index: number): number {
  let at = index;
  while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at += 1;
  return at;
}

/** Whether a UTF-16 code unit is white space as `\s` reads it: ECMAScript's white space and line terminators. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether a line asks for cookies before it shows an embedded video or post. */
function isConsentNotice(text: string, lexicons: LexiconSelection, view: ChromeView): boolean {
  return (
    view.words <= 60 &&
    mentions(view, CONSENT_MARK) &&
    CONSENT_COOKIES.test(text) &&
    lexicons.pattern(CONSENT_ACCEPT).test(text) &&
    lexicons.pattern(CONSENT_CONTENT).test(text)
  );
}

/** Whether a line is a media box's credit, or its caption with the box's buttons. */
export function isMediaCredit(text: string, view: ChromeView = viewOf(text)): boolean {
  return isCreditLine(text, view.words) || (view.words <= 80 && mentions(view, CAPTION_TOGGLE_WORDS) && CAPTION_TOGGLE.test(text));
}

/** The agency that distributed a photo, after its credit: "Lena Ortiz/Pool via REUTERS". */
const VIA_AGENCY = new LazyRegExp(String.raw`\svia\s\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2}$`, "u");

/** Most words of a credit line. */
const CREDIT_MAX_WORDS = 12;

/**
 * What every credit holds: the comma, slash or bar between the photographer and the agency, or
 * the name of a picture agency standing alone. Most lines hold none, and are not counted or matched.
 */
const CREDIT_MARKS = [",", "/", "|", "Getty", "Shutterstock", "iStock"];

/**
 * Whether a line is nothing but a photo's credit: "Lena Ortiz/AP", "(Lena Ortiz/Courier)",
 * "Lena Ortiz, AP", "Lena Ortiz/Pool via REUTERS". `words` is the line's word count, counted
 * at least up to {@link CREDIT_MAX_WORDS}, when the caller has it.
 */
export function isCreditLine(text: string, words?: number): boolean {
  if (!CREDIT_MARKS.some((mark) => text.includes(mark))) return false;
  if ((words ?? wordCountUpTo(text, CREDIT_MAX_WORDS)) > CREDIT_MAX_WORDS) return false;
  const unbracketed = text.replace(/^\((.*)\)$/u, "$1");
  const inner = VIA_AGENCY.replace(unbracketed, "");
  return MEDIA_CREDIT.test(inner) || AGENCY_CREDIT.test(inner);
}

/** Most words of a caption that closes with its credit. */
const CREDITED_CAPTION_WORDS = 80;

/** The last sentence end of a paragraph and the words after it. */
const LAST_SENTENCE_END = /[.!?]["”’)]?\s+(?=\S[^.!?]*$)/u;

/**
 * A caption that closes with its photo's credit, in one paragraph: "Fog over the harbour at
 * dawn, May 9, 2021. Lena Ortiz/Pool via REUTERS". The text's own sentences never end on a
 * photographer and an agency.
 */
function isCreditedCaption(text: string, view: ChromeView): boolean {
  if (view.words > CREDITED_CAPTION_WORDS) return false;
  // The credit's bracket closes the line: a line ending otherwise is not searched for it.
  const bracketed = text.endsWith("]") ? BRACKETED_CREDIT.exec(text)?.[1] : undefined;
  if (bracketed !== undefined) return isCreditLine(bracketed) || SOURCE_VIA_AGENCY.test(bracketed);
  if (!text.includes("/")) return false;
  const end = LAST_SENTENCE_END.exec(text);
  return end !== null && isCreditLine(text.slice(end.index + end[0].length));
}

/** A credit in square brackets closing a caption: "… take people back to the Moon [SpaceX via Nasa]". */
const BRACKETED_CREDIT = new LazyRegExp(String.raw`\s\[(\p{Lu}[^[\]]{1,60})\]$`, "u");

/** A picture's source and the agency that distributed it, alone: "SpaceX via Nasa", "Handout via Reuters". */
const SOURCE_VIA_AGENCY = new LazyRegExp(String.raw`^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2}\svia\s\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2}$`, "u");

/** Whether a line is a breadcrumb trail (Markdown links read as their text). */
function isBreadcrumb(text: string): boolean {
  return text.length <= 300 && BREADCRUMB.test(text);
}

/** The share of a line's words that sit inside lynx link markers `[n]word`. */
function linkDensity(text: string): number {
  const links = text.match(/\[\d{1,4}\]/g)?.length ?? 0;
  if (/^\d{1,4}\.\s+\S+:/u.test(text)) return 1;
  return links / Math.max(1, wordCount(text.replace(/\[\d{1,4}\]/g, " ")));
}

/**
 * The first chrome rule a block's text matches, or null; `extra` rules (a user's config) are tried
 * first. The rules read the words of the document's languages (default: every lexicon).
 */
export function matchChrome(text: string, extra: readonly ChromeRule[] = [], lexicons: LexiconSelection = EVERY_LANGUAGE): ChromeRule | null {
  const view = viewOf(text);
  const matches = (rule: ChromeRule): boolean => rule.test(text, lexicons, view);
  return extra.find(matches) ?? CHROME_RULES.find(matches) ?? null;
}
