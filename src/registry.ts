/**
 * Every rule that classifies a line or removes it, by id: what the rule does and an
 * example line. `removed[].rule`, `warnings[].rule` and `--explain` carry these ids, code
 * matches them (never the prose of a reason), and `docs/rules.md` is generated from this list.
 */

/** One rule of the registry. */
export interface RuleInfo {
  /** Stable id, `stage/name`. */
  readonly id: string;
  /** What the rule does, one sentence. */
  readonly description: string;
  /** A line (or an element) the rule applies to. */
  readonly example: string;
  /** The reason `removed[].reason` gives, when the rule removes text and its reason is fixed. */
  readonly reason?: string;
}

/** The rules, by stage. */
export const RULES = [
  // Text chrome: classify/chrome.ts
  {
    id: "chrome/separator",
    description: "A line of nothing but punctuation or symbols is a separator.",
    example: "* * *",
    reason: "separator line",
  },
  {
    id: "chrome/phrase",
    description: "A whole line that is a button or link text of site chrome, in any lexicon's language.",
    example: "Share this article",
    reason: "site chrome (button or link text)",
  },
  {
    id: "chrome/box-label",
    description:
      "A whole line a box inside the article prints: an ad marker, a video player's button, in any lexicon's language.",
    example: "Advertisement",
    reason: "ad marker or player button",
  },
  {
    id: "chrome/label-line",
    description: "A short line opened by a chrome label and a colon: tags, source, photo credit.",
    example: "Tags: energy, Iran",
    reason: "site chrome (tags, source or caption line)",
  },
  {
    id: "chrome/caption",
    description: "A photo caption, bracketed or written as a sentence about the picture.",
    example: "(Photo by Jane Roe)",
    reason: "photo caption",
  },
  {
    id: "chrome/initials",
    description: "Reporter's or editor's initials a crawl leaves after the text.",
    example: "JH/PA",
    reason: "reporter's or editor's initials",
  },
  {
    id: "chrome/copyright",
    description: "A short copyright, rights or licence line.",
    example: "© 2025 Example Media. All rights reserved.",
    reason: "copyright line",
  },
  {
    id: "chrome/transcript-notice",
    description: "A broadcaster's note on its transcript.",
    example: "This is a rush transcript. Copy may not be in its final form.",
    reason: "transcript notice",
  },
  {
    id: "chrome/embedded-post",
    description: "An embedded social post's text with its attribution (name, handle, date).",
    example: "Great day at the port! — Jane Roe (@janeroe) March 3, 2025",
    reason: "embedded social post",
  },
  {
    id: "chrome/media-link",
    description: "A line that is only an image or an empty link.",
    example: "![](https://example.com/photo.jpg)",
    reason: "image or empty link",
  },
  {
    id: "chrome/breadcrumb",
    description:
      "A breadcrumb trail of links, or a line opening with a trail's label in the lexicons' languages (\"You are here:\").",
    example: "Home › World › Asia",
    reason: "breadcrumb trail",
  },
  {
    id: "chrome/promo",
    description: "A short prompt to get an app or a newsletter.",
    example: "Download our free news app",
    reason: "app or newsletter prompt",
  },
  {
    id: "chrome/newsletter",
    description: "A newsletter or alerts sign-up prompt.",
    example: "Sign up for our morning briefing, delivered to your inbox every weekday.",
    reason: "newsletter sign-up prompt",
  },
  {
    id: "chrome/comment-count",
    description: "A comment counter or the button that opens the comments.",
    example: "Comments (12)",
    reason: "comment counter",
  },
  {
    id: "chrome/time-ago",
    description: "A time stamp counted back from now on a line of its own: a comment's, or a page's clock.",
    example: "2 days ago at 07:54 am",
    reason: "relative time stamp",
  },
  {
    id: "chrome/author-note",
    description: "An author's note after the article: where to follow or write to the reporter, who contributed.",
    example: "Jane Roe covers the harbour for the Courier. Follow her on Twitter @janeroe.",
    reason: "author's note",
  },
  {
    id: "chrome/shop",
    description: "A shop box: a product with its price and a buy button.",
    example: "The River Atlas: A Hist... Jane Roe Best Price: $4.10 Buy New $9.99 (as of 07:15 EDT - Details)",
    reason: "shop box",
  },
  {
    id: "chrome/consent",
    description: "A notice that asks for cookies before it shows an embedded video or post.",
    example: "To display this content, please accept the cookies of embedded videos.",
    reason: "cookie consent notice",
  },
  {
    id: "chrome/podcast",
    description: "The furniture of a podcast or audio version: where to listen or subscribe, when it was recorded.",
    example: "Listen to the whole episode on Apple Podcasts or Spotify.",
    reason: "podcast or audio furniture",
  },
  {
    id: "chrome/media-credit",
    description: "The credit of a photo, video or podcast box, or a caption with the box's buttons.",
    example: "Lena Ortiz/AP",
    reason: "media credit",
  },
  {
    id: "chrome/embed-code",
    description:
      "The embed code of a player or post, printed as text, or a frame as lynx prints it (`IFRAME:` and its address).",
    example: '<iframe src="https://example.com/player/embed/123" width="100%" height="290"></iframe>',
    reason: "embed code",
  },
  {
    id: "chrome/paywall",
    description: "A short paywall or subscription prompt.",
    example: "Subscribe now for unlimited access",
    reason: "subscription prompt",
  },
  {
    id: "chrome/reading-time",
    description: "A reading-time or listen widget.",
    example: "6 min read",
    reason: "reading-time widget",
  },
  {
    id: "chrome/cjk-share",
    description: "A share widget of a Chinese or Japanese site.",
    example: "分享到：微信 微博",
    reason: "share bar",
  },
  {
    id: "chrome/new-window",
    description:
      "A link or share button closing with its note that it opens elsewhere, or that note alone, in the lexicons' languages.",
    example: "Click to share on Tumblr (Opens in new window)",
    reason: "link's new-window note",
  },
  {
    id: "chrome/form-control",
    description:
      "A form as a text view prints it: a button marked (BUTTON), a text field drawn as a run of underscores.",
    example: "Join our newsletter ____________________ (BUTTON) Subscribe",
    reason: "form button or text field",
  },
  {
    id: "chrome/related-link",
    description:
      "A link to a related story of the site, its address before the headline, set between the article's paragraphs.",
    example: "Also on example.org Harbour strike called off after talks",
    reason: "related-story link",
  },
  {
    id: "chrome/doubled-caption",
    description:
      "An image's alt text and title printed together: one text of eight words or more twice over in one block, as a text view runs them together.",
    example: "Lanterns on the quay at dusk #harbour #lights Lanterns on the quay at dusk #harbour #lights",
    reason: "image's alt text and title",
  },
  {
    id: "chrome/image-placeholder",
    description:
      "The placeholder a text view prints for an image: its alt text or file name in brackets, or the file name alone.",
    example: "[harbour-view-6-1]",
    reason: "image placeholder",
  },
  {
    id: "chrome/notice",
    description:
      "A publication's note about the article: where it first appeared, who reported it, an affiliate disclosure.",
    example: "(Reporting by Lena Ortiz; editing by Hugo Marin)",
    reason: "publication's notice",
  },
  {
    id: "chrome/url",
    description: "A bare web address or e-mail address.",
    example: "https://example.com/news/123",
    reason: "bare link",
  },
  {
    id: "chrome/link-reference",
    description: "A line of lynx-style link references.",
    example: "[12]Home [13]World [14]Sports",
    reason: "link reference list",
  },
  {
    id: "chrome/social",
    description: "A bar of share buttons.",
    example: "Facebook | Twitter | WhatsApp | Email",
    reason: "share bar",
  },
  {
    id: "config/chrome-pattern",
    description: "A line matching a chrome pattern of the user's configuration.",
    example: "(any line the --config pattern matches)",
  },
  {
    id: "config/chrome-phrase",
    description: "A line equal to a chrome phrase of the user's configuration.",
    example: "(any line the --config phrase names)",
  },
  // Zones of a page by their shape: classify/page-zones.ts
  {
    id: "zone/headline-list",
    description:
      "A list of three items or more, most of them headlines (capitalised, four to thirty words, no stop unless linked, cut short with an ellipsis as a teaser, or under a heading among other boxes), under a short heading, made of links, or with no prose after it; a list its own sentence introduces (a colon) or one between a question and the next stays.",
    example: "• Storm closes the northern ferry route",
    reason: "list of other articles' headlines",
  },
  {
    id: "zone/author-box",
    description:
      "After the article's first paragraph, an author's box: its heading (a lexicon's heading word and a name, nothing else), the short lines right above it and the paragraphs right under it that name the author.",
    example: "About Jane Roe",
    reason: "author's box: name and biography",
  },
  {
    id: "zone/shouted-headline",
    description:
      "A line of five words or more in capitals, with no sentence end, between two paragraphs in sentence case and not under a question: another article's headline pasted into the text.",
    example: "HARBOUR PILOT RETIRES AFTER FORTY NIGHT CROSSINGS",
    reason: "another article's headline in capitals between paragraphs",
  },
  {
    id: "zone/comment-thread",
    description:
      "A readers' comment thread: three or more short stamp lines with a date and a time of day, each near the next, after the article's prose (two under the thread's counter, \"2 comments\"); from the names above the first stamp, or the counter, to the last comment.",
    example: "2 days ago at 07:54 am",
    reason: "readers' comment thread",
  },
  // Layout around the article: classify/index.ts
  {
    id: "layout/title",
    description: "The headline before the article.",
    example: 'Minister: "We will build the port"',
  },
  {
    id: "layout/duplicate-title",
    description: "The headline printed again.",
    example: 'Minister: "We will build the port"',
    reason: "duplicate title",
  },
  {
    id: "layout/page-header",
    description: "A line before the article that is neither headline nor metadata.",
    example: "Home › World › Asia",
    reason: "page header outside the article",
  },
  {
    id: "layout/header-stamp",
    description:
      "A line above the article's first paragraph, no sentence, with a date, a time, a handle or a publication word the metadata readers could not parse.",
    example: "Jane Roe @janeroe / 2 days",
    reason: "date or byline stamp above the article",
  },
  {
    id: "layout/page-trailer",
    description: "A line after the article: related headlines, footers.",
    example: "Most read: Port talks stall again",
    reason: "page trailer outside the article",
  },
  {
    id: "layout/figure-caption",
    description:
      "A photo's caption: short lines right above its credit line, set apart from the text by a blank line above.",
    example: "A view of the harbour at dawn, in May 2021.",
    reason: "photo caption above its credit",
  },
  {
    id: "meta/line",
    description: "A date, news ID or byline line, taken into `meta`.",
    example: "News ID: 2559 | 2025-11-23 15:27",
  },
  {
    id: "meta/unused",
    description: "A date, ID or byline the metadata did not use (another one is nearer the article).",
    example: "Last updated: 2025-11-24 09:00",
    reason: "date, ID or byline not used (another one is nearer the article)",
  },
  {
    id: "text/escaped-break",
    description: "A line break written as the letter n by a crawler, taken out where the line is cut.",
    example: "…the end.n— Next question?",
  },
  // Turns: classify/turns.ts, classify/speakers.ts
  {
    id: "turns/question-label",
    description:
      "A question label of the document's languages (or English) opens the block: `Q:`, `Frage:`, `Вопрос:`.",
    example: "Q: How did it start?",
  },
  {
    id: "turns/answer-label",
    description:
      "An answer label of the document's languages (or English) opens the block: `A:`, `Antwort:`, `Ответ:`.",
    example: "A: It started in 2019.",
  },
  {
    id: "turns/answerer-label",
    description: "The guest's name labels the answers after labelled questions.",
    example: "Mashaei: We never stopped talking.",
  },
  {
    id: "turns/config-label",
    description: "A question or answer label of the user's configuration.",
    example: "INTERVIEWER: …",
  },
  {
    id: "turns/speaker-asks",
    description: "A recurring speaker label whose turns ask.",
    example: "HOST: What brought you here?",
  },
  {
    id: "turns/speaker-answers",
    description: "A recurring speaker label whose turns answer.",
    example: "MILLER: The money ran out.",
  },
  {
    id: "turns/speaker-neither",
    description: "A speaker label that neither asks nor answers.",
    example: "ANNOUNCER: This is the news.",
  },
  {
    id: "turns/before-answer-label",
    description: "An unlabelled paragraph right before an answer's label asks.",
    example: "What happens next?",
  },
  {
    id: "turns/dialogue-dash",
    description: "Dialogue dashes open the turns, question and answer in turn.",
    example: "— What happens next?",
  },
  {
    id: "turns/marker",
    description: "List symbols open the turns: one symbol the questions, another (or none) the answers.",
    example: "* What happens next?",
  },
  { id: "turns/numbered", description: "Numbered questions: `1.`, `2)`, `(3)`.", example: "1. What happens next?" },
  {
    id: "turns/emphasis",
    description: "Questions set in bold or italics, or as headings.",
    example: "**What happens next?**",
  },
  {
    id: "turns/paragraph-question",
    description: "A paragraph that ends with a question mark asks, answered by the paragraphs after it.",
    example: "And what happens next?",
  },
  {
    id: "turns/statement",
    description:
      "In an interview of paragraph questions, a short statement after an answer whose next paragraph replies is the interviewer's turn.",
    example: "And you wrote it in a week.",
  },
  {
    id: "turns/prompt",
    description:
      "In an interview of paragraph questions, a run of short prompts naming a title in quotation marks, each followed by its reply, are the interviewer's turns.",
    example: '"Melrose Place."',
  },
  {
    id: "turns/none",
    description: "No turn label: the block goes with the turn before it, or is reporter text.",
    example: "It was a long year.",
  },
  // Segments: classify/segment.ts, classify/closing.ts, classify/interview-check.ts
  {
    id: "segment/lead",
    description: "The first paragraph of the body is the lead.",
    example: "TEHRAN – The minister spoke to us about the port.",
  },
  {
    id: "segment/summary",
    description: "A reporter paragraph before the interview is a summary item.",
    example: "The port is to open in 2027.",
  },
  {
    id: "segment/qa-intro",
    description: "The paragraph that announces the interview text.",
    example: "The following is the text of the interview:",
  },
  {
    id: "segment/after-intro",
    description: "Text between the announcement and the first question.",
    example: "(The interview was edited for length.)",
  },
  {
    id: "segment/greeting",
    description: "A greeting before the interview is reporter text.",
    example: "Q: Thank you for your time. A: My pleasure.",
  },
  {
    id: "segment/sign-off",
    description: "Thanks or a sign-off after the interview is closing text.",
    example: "Thank you.",
  },
  {
    id: "segment/closing",
    description: "A paragraph after the last answer in the reporter's voice.",
    example: "The interview was conducted in Oslo.",
  },
  {
    id: "interview-check/not-an-interview",
    description:
      "A text that looks like Q&A but is no interview (explainer, FAQ, press conference) keeps its paragraphs as reporter text.",
    example: "Q: What is a heat pump? A heat pump moves heat…",
  },
  {
    id: "interview-check/verdict",
    description: "Why a look-alike is not an interview (the `not-an-interview` warning).",
    example: "not an interview (FAQ): the title or a heading names frequently asked questions",
  },
  // Warnings
  {
    id: "segment/no-qa",
    description: "No question and answer pairs were found (the `no-qa` warning).",
    example: "(an article with no turns)",
  },
  {
    id: "segment/unanswered-question",
    description: "A question gets no answer (the `unanswered-question` warning).",
    example: "Q: And the budget?",
  },
  {
    id: "segment/text-before-questions",
    description: "Text stands between the announcement and the first question (the `text-before-questions` warning).",
    example: "(The interview was edited for length.)",
  },
  {
    id: "decode/control-characters",
    description: "Stray control characters were removed (the `control-characters` warning).",
    example: "(NUL or SUB bytes in the input)",
  },
  {
    id: "decode/encoding-mismatch",
    description: "The declared encoding did not fit the bytes (the `encoding-mismatch` warning).",
    example: "(a page declared windows-1252 that is UTF-8)",
  },
  {
    id: "decode/invalid-utf8",
    description: "Invalid UTF-8 was replaced (the `invalid-utf8` warning).",
    example: "(a byte 0xFF in UTF-8 text)",
  },
  {
    id: "evidence/skipped",
    description: "The evidence stage was skipped (the `evidence-skipped` warning).",
    example: "(a very large document)",
  },
  // HTML reader: html/clean.ts, html/select.ts, html/deck.ts
  { id: "html/document-head", description: "The document's head.", example: "<head>…</head>", reason: "document head" },
  { id: "html/script", description: "A script element.", example: "<script>…</script>", reason: "script" },
  { id: "html/style", description: "A style element.", example: "<style>…</style>", reason: "style" },
  { id: "html/noscript", description: "A noscript element.", example: "<noscript>…</noscript>", reason: "noscript" },
  { id: "html/template", description: "A template element.", example: "<template>…</template>", reason: "template" },
  { id: "html/link", description: "A link element.", example: '<link rel="stylesheet">', reason: "link" },
  { id: "html/meta", description: "A meta element.", example: '<meta name="viewport">', reason: "meta" },
  { id: "html/graphics", description: "Graphics: svg and canvas.", example: "<svg>…</svg>", reason: "graphics" },
  { id: "html/embedded-frame", description: "An iframe.", example: '<iframe src="…">', reason: "embedded frame" },
  {
    id: "html/embedded-object",
    description: "An object or embed element.",
    example: "<object>…</object>",
    reason: "embedded object",
  },
  {
    id: "html/media-player",
    description: "A video or audio player.",
    example: "<video>…</video>",
    reason: "media player",
  },
  {
    id: "html/form-control",
    description: "A button, input, select or textarea.",
    example: "<button>Share</button>",
    reason: "form control",
  },
  { id: "html/dialog", description: "A dialog, by tag or ARIA role.", example: "<dialog>…</dialog>", reason: "dialog" },
  {
    id: "html/image-caption",
    description: "A figure caption, or a short element named as a caption or credit.",
    example: "<figcaption>Photo: Jane Roe</figcaption>",
    reason: "image caption",
  },
  {
    id: "html/navigation",
    description: "Navigation: nav and menu elements and roles, breadcrumbs, pagers, menus by name.",
    example: "<nav>…</nav>",
    reason: "navigation",
  },
  {
    id: "html/aside",
    description: "An aside, by tag or complementary role.",
    example: "<aside>…</aside>",
    reason: "aside",
  },
  {
    id: "html/search-box",
    description: "An element with the search role.",
    example: '<div role="search">…</div>',
    reason: "search box",
  },
  {
    id: "html/page-header",
    description: "A page header outside the article (banner role or header tag) without the headline.",
    example: "<header>…</header>",
    reason: "page header",
  },
  {
    id: "html/page-footer",
    description: "A page footer outside the article (contentinfo role or footer tag).",
    example: "<footer>…</footer>",
    reason: "page footer",
  },
  {
    id: "html/inline-link-widget",
    description: "A hover card or link pop-up inside a paragraph: a span of links.",
    example: "<span><a>…</a><a>…</a><a>…</a></span>",
    reason: "inline link widget",
  },
  {
    id: "html/hidden",
    description: "An element hidden by attribute, ARIA, style or class, unless it holds the page's text.",
    example: "<div hidden>…</div>",
    reason: "hidden",
  },
  {
    id: "html/form",
    description: "A form, unless the whole page is wrapped in one.",
    example: "<form>…</form>",
    reason: "form",
  },
  {
    id: "html/comments",
    description: "An element named as comments.",
    example: '<div class="comments">…</div>',
    reason: "comments",
  },
  {
    id: "html/cookie-banner",
    description: "An element named as a cookie or consent banner.",
    example: '<div class="cookie-consent">…</div>',
    reason: "cookie banner",
  },
  {
    id: "html/share-bar",
    description: "An element named as a share bar (an embedded post is spared).",
    example: '<div class="share-buttons">…</div>',
    reason: "share bar",
  },
  {
    id: "html/related-links",
    description: "An element named as related or recommended links.",
    example: '<div class="related-posts">…</div>',
    reason: "related links",
  },
  {
    id: "html/newsletter",
    description: "An element named as a newsletter, login or paywall banner.",
    example: '<div class="newsletter-signup">…</div>',
    reason: "newsletter or login banner",
  },
  {
    id: "html/sign-up-box",
    description: "A box inside the article around a sign-up form, with little text of its own: a subscription pitch.",
    example: "<table><tr><td>Subscribe now and save… <form>…</form></td></tr></table>",
    reason: "subscription box around a sign-up form",
  },
  {
    id: "html/advertisement",
    description: "An element named as an advertisement.",
    example: '<div class="ad-slot">…</div>',
    reason: "advertisement",
  },
  {
    id: "html/sidebar",
    description: "An element named as a sidebar or widget.",
    example: '<div class="sidebar">…</div>',
    reason: "sidebar",
  },
  {
    id: "html/tags",
    description: "An element named as tags or keywords.",
    example: '<div class="tags">…</div>',
    reason: "tags",
  },
  {
    id: "html/section-label",
    description: "A short element named as a kicker or section label.",
    example: '<div class="kicker">Interview</div>',
    reason: "section label",
  },
  {
    id: "html/byline-or-date",
    description: "A short block named as a byline or date (its facts go to `meta`).",
    example: '<div class="byline">By Jane Roe</div>',
    reason: "byline or date",
  },
  {
    id: "html/link-list",
    description: "A list or table outside the article that is mostly links.",
    example: "<ul><li><a>…</a></li>…</ul>",
    reason: "link list",
  },
  {
    id: "html/link-box",
    description: "A box inside the article that is mostly links, or a teaser.",
    example: "<div><a>Read: …</a><a>…</a></div>",
    reason: "link list inside the article",
  },
  {
    id: "html/advertisement-label",
    description: 'A block that says nothing but "advertisement", in the languages of the press.',
    example: "<p>Advertisement</p>",
    reason: "advertisement label",
  },
  {
    id: "html/link-text",
    description: "A block inside the article that is nearly all link text.",
    example: "<p><a>Read the full report</a></p>",
    reason: "link text",
  },
  {
    id: "html/orphan-label",
    description: "A short line that labelled a removed section.",
    example: "<h3>Related stories</h3>",
    reason: "label of a removed section",
  },
  {
    id: "html/trailing-heading",
    description: "A heading that ends the article heads nothing.",
    example: "<h2>More from the interview</h2>",
    reason: "trailing heading",
  },
  {
    id: "html/outside-article",
    description: "Text outside the article container.",
    example: '<div class="footer-links">…</div>',
    reason: "outside the article",
  },
  {
    id: "html/label-above-headline",
    description: "A short label above the headline.",
    example: "<p>EXCLUSIVE</p>",
    reason: "label above the headline",
  },
  {
    id: "html/page-furniture",
    description: "Page furniture after the last sentence of the article.",
    example: "<p>Share</p>",
    reason: "page furniture after the article",
  },
] as const satisfies readonly RuleInfo[];

/** A rule's id. */
export type RuleId = (typeof RULES)[number]["id"];

/** The rules by id. */
const BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The registry entry of a rule. */
export function ruleInfo(id: RuleId): RuleInfo {
  return BY_ID.get(id)!;
}

/** The fixed reason a rule gives in `removed[].reason` (its description when it has none). */
export function reasonOf(id: RuleId): string {
  const rule = ruleInfo(id);
  return rule.reason ?? rule.description;
}

/** Escapes a table cell of Markdown: pipes and line breaks. */
function cell(text: string): string {
  return text.replace(/\|/gu, "\\|").replace(/\n/gu, " ");
}

/** The rules page (`docs/rules.md`): every rule with its description and an example, by stage. */
export function renderRulesPage(): string {
  const stages = [...new Set(RULES.map((rule) => rule.id.split("/")[0]!))];
  const sections = stages.map((stage) => {
    const rows = RULES.filter((rule) => rule.id.startsWith(`${stage}/`)).map(
      (rule: RuleInfo) => `| \`${rule.id}\` | ${cell(rule.description)} | \`${cell(rule.example)}\` |`,
    );
    return [`## ${stage}`, "", "| rule | what it does | example |", "| --- | --- | --- |", ...rows].join("\n");
  });
  const intro = [
    "# Rules",
    "",
    "Every rule that classifies or removes a line, by id. The id is what `removed[].rule`,",
    "`warnings[].rule` and `--explain` show. Generated from `src/registry.ts` by `npm run docs:rules`;",
    "a test fails when this page is out of date.",
    "",
    `${RULES.length} rules.`,
  ].join("\n");
  return `${[intro, ...sections].join("\n\n")}\n`;
}
