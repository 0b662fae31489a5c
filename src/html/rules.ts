/**
 * Every tag list, keyword pattern and tunable of the HTML reader, in one
 * place ("defined up here so we don't instantiate them in loops", as
 * Readability puts it). Rules are general signals, never one site's names.
 */
import { alternation, labelWords } from "../lexicon/index.js";
import type { RuleId } from "../registry.js";

/** Elements that never hold article text, removed by the rule given. */
export const DROP_TAGS: ReadonlyMap<string, RuleId> = new Map<string, RuleId>([
  ["script", "html/script"],
  ["style", "html/style"],
  ["noscript", "html/noscript"],
  ["template", "html/template"],
  ["link", "html/link"],
  ["meta", "html/meta"],
  ["svg", "html/graphics"],
  ["canvas", "html/graphics"],
  ["iframe", "html/embedded-frame"],
  ["object", "html/embedded-object"],
  ["embed", "html/embedded-object"],
  ["video", "html/media-player"],
  ["audio", "html/media-player"],
  ["button", "html/form-control"],
  ["input", "html/form-control"],
  ["select", "html/form-control"],
  ["textarea", "html/form-control"],
  ["dialog", "html/dialog"],
  ["figcaption", "html/image-caption"],
  ["nav", "html/navigation"],
  ["aside", "html/aside"],
  ["menu", "html/navigation"],
]);

/** ARIA roles of page chrome, with the rule that removes them. */
export const DROP_ROLES: ReadonlyMap<string, RuleId> = new Map<string, RuleId>([
  ["navigation", "html/navigation"],
  ["menu", "html/navigation"],
  ["menubar", "html/navigation"],
  ["search", "html/search-box"],
  ["complementary", "html/aside"],
  ["dialog", "html/dialog"],
  ["alertdialog", "html/dialog"],
  ["banner", "html/page-header"],
  ["contentinfo", "html/page-footer"],
]);

/** Roles and tags that are chrome only when outside the article (an article may have its own header). */
export const OUTSIDE_ARTICLE_ONLY: ReadonlySet<string> = new Set(["header", "footer", "banner", "contentinfo"]);

/** Elements that mark "this is the article": chrome rules keyed on position look for these ancestors. */
export const ARTICLE_MARKERS = /^(article|main)$/;

/** Class/id keyword hints of chrome, checked in order; the first that matches gives the reason. */
/** Class/id words of an embedded social post (a quoted tweet is content, however many links it has). */
export const EMBEDDED_POST = /embed|tweet|instagram-?media/;

/** A class/id keyword rule of chrome. */
export interface KeywordRule {
  pattern: RegExp;
  /** The rule that removes a matching element. */
  rule: RuleId;
  /**
   * How the rule yields: "strong" only to an element whose names also say "article" *and*
   * that holds prose (a comment thread is prose too); "weak" to either; "short" to neither, but
   * it only removes elements with at most `maxChars` of text.
   */
  kind: "strong" | "weak" | "short";
  maxChars?: number;
  /** Only block elements (a `<span class="dateline">` inside a paragraph is text, not chrome). */
  blockOnly?: boolean;
  /** Names that override the rule (an embedded social post is content, not a share bar). */
  unless?: RegExp;
  /** Spare the headline (`h1`) and a whole sentence of at least `LIMITS.sentenceWords` words (a reporter's intro set as a byline). */
  sparesSentences?: boolean;
}

/**
 * Class/id keyword hints of chrome, checked in order; the first that matches gives the rule.
 * Names are matched lowercase with camelCase humps split by "-" (`adCaption` → `ad-caption`).
 */
export const CHROME_KEYWORDS: ReadonlyArray<KeywordRule> = [
  { pattern: /comment|disqus|respond|replies|reply-|discussion|talkback|feedback/, rule: "html/comments", kind: "strong" },
  { pattern: /cookie|consent|gdpr|privacy-?(banner|notice)/, rule: "html/cookie-banner", kind: "strong" },
  { pattern: /(^|[\s_-])share|sharing|social|addthis|sharethis|follow-?us|print-?button/, rule: "html/share-bar", kind: "weak", unless: EMBEDDED_POST },
  {
    pattern: /related|most-?(read|popular|viewed|shared)|popular|trending|recommend|read-?(more|next|also)|also-?read|more-?(stories|news|from)|outbrain|taboola|you-?may|next-?up|teaser-?list/,
    rule: "html/related-links",
    kind: "weak",
  },
  { pattern: /newsletter|subscri|signup|sign-up|paywall|registration|login|promo\b|popup|modal|overlay/, rule: "html/newsletter", kind: "weak" },
  { pattern: /(^|[\s_-])(ads?|adv|advert\w*|ad-?slot|ad-?unit|adbox|dfp|sponsor\w*)([\s_-]|$)|googlead|advertis/, rule: "html/advertisement", kind: "weak" },
  { pattern: /breadcrumb|pagination|pager\b|skip-?link/, rule: "html/navigation", kind: "weak" },
  { pattern: /side-?bar|widget|skyscraper|(^|[\s_-])(right-?|left-?)?rail([\s_-]|$)/, rule: "html/sidebar", kind: "weak" },
  { pattern: /(^|[\s_-])(menu|navbar|nav|masthead|topbar|site-?header|site-?footer)([\s_-]|$)/, rule: "html/navigation", kind: "weak" },
  { pattern: /(^|[\s_-])(tags?|tag-?list|keywords)([\s_-]|$)/, rule: "html/tags", kind: "weak" },
  { pattern: /caption|credit|copyright|image-?source/, rule: "html/image-caption", kind: "short", maxChars: 500 },
  { pattern: /kicker|eyebrow|overline|section-?label|(^|[\s_-])(category|rubric)([\s_-]|$)/, rule: "html/section-label", kind: "short", maxChars: 40 },
  {
    pattern: /by-?line|author|writer|contributor|dateline|(^|[\s_-])(date|time|timestamp|published|updated|posted|pubdate|meta)([\s_-]|$)/,
    rule: "html/byline-or-date",
    kind: "short",
    maxChars: 150,
    blockOnly: true,
    sparesSentences: true,
  },
];

/**
 * Whether any of {@link CHROME_KEYWORDS} matches, in one pass over the names: most elements' names
 * match none, and a long list of utility classes then costs one scan, not one per rule.
 */
export const ANY_CHROME_KEYWORD = new RegExp(CHROME_KEYWORDS.map((rule) => `(?:${rule.pattern.source})`).join("|"));

/** Class/id words that say "this may well be the article": they veto a keyword match (Readability's okMaybeItsACandidate). */
export const MAYBE_ARTICLE = /article|body|content|main|story|entry|post-?text|text-?body/;

/** Class/id words that raise a container's score. */
export const POSITIVE_CLASS = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose/;

/** Class/id words that lower a container's score. */
export const NEGATIVE_CLASS =
  /(^|[\s_-])(ad|ads|hid|hidden)([\s_-]|$)|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser|caption/;

/** Inline styles that hide an element. */
export const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Tags that start a new block of text; everything else flows inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
  "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
  "thead", "tr", "ul", "legend", "option",
]);

/** Inline tags whose text is bold. */
export const BOLD_TAGS: ReadonlySet<string> = new Set(["b", "strong"]);

/** Inline tags whose text is emphasised. */
export const EMPHASIS_TAGS: ReadonlySet<string> = new Set(["em", "i"]);

/** Heading tags. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Block owners whose text counts toward a container's score (Readability scores these, plus text-only divs). */
export const SCORED_OWNERS: ReadonlySet<string> = new Set([
  "p", "pre", "td", "blockquote", "div", "section", "article", "main", "dd", "font", "center", "span", "body",
]);

/** Initial container score by tag (Readability's initializeNode). */
export const TAG_SCORE: ReadonlyMap<string, number> = new Map([
  ["div", 5], ["article", 5], ["main", 5], ["section", 3], ["pre", 3], ["td", 3], ["blockquote", 3],
  ["address", -3], ["ol", -3], ["ul", -3], ["dl", -3], ["dd", -3], ["dt", -3], ["li", -3], ["form", -3],
  ["h1", -5], ["h2", -5], ["h3", -5], ["h4", -5], ["h5", -5], ["h6", -5], ["th", -5],
]);

/**
 * Speaker labels that are really Q/A markers: the classifier handles those, they are not names.
 * Every language's labels, not the document's: the reader runs before the language is detected,
 * and detecting it from the page's whole text (menus, link lists, comments, a site in another
 * language) would be a second, less reliable pass. The test is cheap and whole-name only (a bold
 * `Frage` alone is no one's name in any language), so reading every lexicon costs nothing.
 */
export const QA_LABEL = new RegExp(`^(?:${alternation(labelWords())})$`, "iu");

/** Commas of several scripts, counted as a sign of prose. */
export const COMMAS = /[,،、，]/g;

/** Tunables, named. */
export const LIMITS = {
  /** Shortest block (in characters) that scores as a paragraph. */
  minParagraph: 25,
  /** How many ancestors a paragraph's score reaches. */
  scoreLevels: 4,
  /** Weight of a class/id hint on a container's score. */
  classWeight: 25,
  /** Paragraphs a candidate needs before an article-like class/id name adds to its score. */
  bonusParagraphs: 3,
  /** Climbing to a higher-scoring parent is refused when the parent's link density exceeds the candidate's by more than this. */
  climbDensity: 0.1,
  /** A sibling joins the container when its score reaches this share of the top score (and this floor)… */
  siblingShare: 0.2,
  siblingFloor: 10,
  /** …or when it reads as prose: longer than this, with less link text than this share, of at least this many words. */
  proseSiblingChars: 80,
  proseLinkDensity: 0.25,
  proseSiblingWords: 10,
  /** When this many of the next-best candidates score within this share of the best, their common ancestor is the article. */
  alternatives: 3,
  alternativeShare: 0.75,
  /** An element holding this share of the page's text is never removed by keyword, position or visibility rules. */
  massiveShare: 0.5,
  /** Text (characters, few links) that makes an element prose: a strong keyword then needs no "article" word to spare it. */
  proseChars: 400,
  /** Outside the article, a list or table whose link text reaches this share is a link list. */
  linkListDensity: 0.7,
  /** Inside the container, a box whose link text exceeds this share is a link list. */
  boxLinkDensity: 0.5,
  /** Inside the container, a box with fewer commas than this is not prose… */
  proseCommas: 10,
  /** …and is dropped as a teaser when this share of its text is links. */
  teaserLinkDensity: 0.2,
  /** Inside the container, a block whose link text exceeds this share is dropped. */
  blockLinkDensity: 0.6,
  /** Longest line taken for the label of a removed section ("Related stories:"). */
  labelChars: 60,
  /** Words of a sentence the byline rule spares ("Our correspondent reports from the capital on the campaign."). */
  sentenceWords: 10,
  /** Longest speaker name taken from `<strong>Name:</strong>`. */
  speakerMaxChars: 48,
  /** Characters of the source sniffed by `isHtml`. */
  sniffChars: 4096,
  /** Characters of a removed element's text shown in `removed`. */
  excerptChars: 60,
} as const;
