/**
 * The HTML reader: detection, chrome removal, container choice, block hints,
 * text normalisation, page metadata, no network access, robustness, and the
 * html-* fixtures (every truth paragraph comes out as a block).
 */
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isHtml, readHtml, type HtmlReading } from "../src/html/index.js";
import { toIsoDate, stripSiteName } from "../src/html/meta.js";
import { ANY_CHROME_KEYWORD, CHROME_KEYWORDS } from "../src/html/rules.js";
import { normalizeText } from "../src/html/text.js";
import { SEED } from "./helpers/seed.js";
import { extract } from "../src/index.js";

const FIXTURES = path.resolve(import.meta.dirname, "..", "fixtures");

/** A page: the given body inside a minimal document. */
function page(body: string, head = ""): string {
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>Test page</title>\n${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** Texts of the blocks read from a page. */
function texts(reading: HtmlReading): string[] {
  return reading.blocks.map((block) => block.text);
}

/** The 1-based line of the first occurrence of a needle in a source. */
function lineOf(source: string, needle: string): number {
  const index = source.indexOf(needle);
  expect(index, `${needle} is in the source`).toBeGreaterThanOrEqual(0);
  return source.slice(0, index).split("\n").length;
}

/** Several paragraphs of plain prose, enough to win the container scoring. */
const ARTICLE = [
  "The council approved the new harbour plan on Tuesday, after a debate that lasted most of the afternoon, with seven votes in favour and two against.",
  "The plan moves the fish market to the east quay, widens the promenade, and adds a second slipway for the lifeboat, which now shares its ramp with the ferry.",
  "Opponents said the cost, estimated at nine million euros, was too high for a town of this size, and asked for the work to be split into phases.",
  "The harbour master said the first phase, the slipway, could begin in March, and that the market would stay open throughout the building work.",
];

describe("isHtml", () => {
  it("recognises documents by doctype, by <html>, and fragments by markup density", () => {
    expect(isHtml("<!DOCTYPE html><html><head></head><body><p>x</p></body></html>")).toBe(true);
    expect(isHtml("\uFEFF  <!doctype HTML>\n<title>x</title>")).toBe(true);
    expect(isHtml("<html lang=\"en\">\n<body>text</body></html>")).toBe(true);
    expect(isHtml("<div class=\"article\"><p>One paragraph.</p><p>Another one.</p></div>")).toBe(true);
  });

  it("leaves text dumps alone, even when they mention a tag", () => {
    const dump = "Title of the story\n\n2025/11/23 | 15:27:54\n\nThe editor wrote <b> around the word, and the page showed it bold.\n\nIs it <i>really</i> HTML? No.\n";
    expect(isHtml(dump)).toBe(false);
    expect(isHtml(readFileSync(SEED, "utf8"))).toBe(false);
    expect(isHtml("")).toBe(false);
  });

  it("recognises every html fixture", () => {
    for (const slug of htmlFixtures()) expect(isHtml(readFileSync(path.join(FIXTURES, slug, "input.html"), "utf8")), slug).toBe(true);
  });
});

describe("chrome removal", () => {
  const source = page(`<nav class="top"><a href="/">Home</a> <a href="/news">News</a></nav>
<header><div class="logo">Harbour Times</div></header>
<div class="main">
<article>
${ARTICLE.map((text) => `<p>${text}</p>`).join("\n")}
<div class="share-buttons"><a href="https://facebook.example/share">Share on Facebook</a></div>
</article>
<div class="related-posts"><h3>Related</h3><ul><li><a href="/a">Ferry timetable changes</a></li><li><a href="/b">Lifeboat crew honoured</a></li></ul></div>
<section id="comments"><p>Reader one: Great news for the town, finally, after all these years of waiting.</p><form><textarea></textarea></form></section>
</div>
<aside><h3>Most read</h3><p>Storm closes coastal road</p></aside>
<footer><p>Copyright Harbour Times</p></footer>
<script>var tracking = true;</script>`);
  const reading = readHtml(source);

  it("keeps the article and only the article", () => {
    expect(texts(reading)).toEqual(ARTICLE);
  });

  it("lists every removed element with its reason and start line", () => {
    const expected: Array<[string, string]> = [
      ['<nav class="top">', "navigation"],
      ["<header>", "page header"],
      ['<div class="share-buttons">', "share bar"],
      ['<div class="related-posts">', "related links"],
      ['<section id="comments">', "comments"],
      ["<aside>", "aside"],
      ["<footer>", "page footer"],
      ["<script>", "script"],
    ];
    for (const [tag, reason] of expected) {
      const entry = reading.removed.find((removed) => removed.reason === reason && removed.line === lineOf(source, tag));
      expect(entry, `${tag} removed as ${reason}: ${JSON.stringify(reading.removed)}`).toBeDefined();
    }
  });

  it("describes a removed element by a CSS-like path and an excerpt of its text", () => {
    const related = reading.removed.find((removed) => removed.reason === "related links");
    expect(related?.text).toBe('body > div.main > div.related-posts "Related Ferry timetable changes Lifeboat crew honoured"');
  });

  it("keeps the removed list in source order", () => {
    const lines = reading.removed.map((removed) => removed.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it("takes an inline hover card out of a paragraph and keeps the paragraph", () => {
    const card = '<span class="card"><img src="x.jpg"><a href="/p/1">Margaret Doyle</a><a href="/a/1">Doyle backs harbour plan</a> <a href="/a/2">Council elects new chair after long debate</a> <a href="/p/1">MORE</a></span>';
    const paragraph = `<p><span>The chair, <span class="person"><a href="/p/1">Margaret Doyle</a>${card}</span>, said the vote was the end of a long wait for the town.</span></p>`;
    const reading = readHtml(page(`<article>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}${paragraph}</article>`));
    expect(texts(reading)).toEqual([...ARTICLE, "The chair, Margaret Doyle, said the vote was the end of a long wait for the town."]);
    expect(reading.removed.some((removed) => removed.reason === "inline link widget" && removed.text.includes("span.card"))).toBe(true);
  });

  it("keeps an article's own header and a page wrapped in a form", () => {
    const wrapped = readHtml(page(`<form id="aspnetForm"><article><header><h1>Harbour plan approved</h1></header>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}</article></form>`));
    expect(texts(wrapped)).toEqual(["Harbour plan approved", ...ARTICLE]);
  });
});

describe("chrome keywords", () => {
  it("are matched at once exactly when one of them matches", () => {
    // The one-pass test keeps no flags: the rules must have none.
    expect(CHROME_KEYWORDS.map((rule) => rule.pattern.flags).join("")).toBe("");
    const names = [
      "share-buttons", "comments", "ad-slot", "sidebar", "byline", "dateline", "kicker", "tags", "post-date",
      "article-body", "flex items-center px-4", "main content", "header-ads", "advertorial", " ",
    ];
    for (const name of names) {
      expect(ANY_CHROME_KEYWORD.test(name), name).toBe(CHROME_KEYWORDS.some((rule) => rule.pattern.test(name)));
    }
  });
});

describe("container choice", () => {
  it("picks the article over a sidebar with more text", () => {
    const teasers = Array.from({ length: 30 }, (_, i) => `<div class="item"><a href="/story/${i}">Headline number ${i} about something else entirely</a><p>A short teaser, number ${i}, with a comma.</p></div>`);
    const reading = readHtml(page(`<div class="wrap"><div class="col-a">${ARTICLE.map((t) => `<p>${t}</p>`).join("")}</div><div class="col-b">${teasers.join("")}</div></div>`));
    expect(texts(reading)).toEqual(ARTICLE);
    expect(reading.removed.some((removed) => removed.reason === "outside the article" && removed.text.includes("div.col-b"))).toBe(true);
  });

  it("joins sibling boxes of the same article (a standfirst beside the body)", () => {
    const standfirst = "Three fishing villages will share one harbour from next year, under a plan the council approved after a long debate.";
    const reading = readHtml(page(`<div class="story"><div class="summary">${standfirst}</div><div class="text">${ARTICLE.map((t) => `<p>${t}</p>`).join("")}</div></div>`));
    expect(texts(reading)).toEqual([standfirst, ...ARTICLE]);
  });

  it("drops teaser boxes inside the article but keeps a wrapped paragraph with a few links", () => {
    const linked = 'The plan was <a href="/plan">published in full</a> on the council website, with the <a href="/votes">votes of each councillor</a>.';
    const teaser = '<div class="card"><a href="/s/1"><h4>Lifeboat crew honoured</h4></a><p>The crew saved nine people in March.</p><span>12 May 2025</span></div>';
    const reading = readHtml(page(`<article>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}<div class="wrap">${linked}</div>${teaser}</article>`));
    expect(texts(reading)).toEqual([...ARTICLE, "The plan was published in full on the council website, with the votes of each councillor."]);
    expect(reading.removed.some((removed) => removed.reason === "link list inside the article" && removed.text.includes("div.card"))).toBe(true);
  });

  it("includes the headline when it sits inside the container", () => {
    const reading = readHtml(page(`<article><h1>Harbour plan approved</h1>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}</article>`));
    expect(reading.blocks[0]).toMatchObject({ text: "Harbour plan approved", hints: { heading: true } });
  });
});

describe("blocks and hints", () => {
  const source = page(`<article>
${ARTICLE.slice(0, 2).map((t) => `<p>${t}</p>`).join("\n")}
<p><strong>Why did the plan take ten years?</strong></p>
<p><em>Because nobody wanted to pay for it, and everybody wanted a say in it.</em></p>
<p><b>And who pays now</b>?</p>
<h3>What happens next?</h3>
<p><strong>Margaret Doyle:</strong> We start with the slipway, in March, if the weather allows it.</p>
<p><b>Doyle</b>: Then the market, then the promenade, in that order.</p>
<p><strong>Q:</strong> And the cost?</p>
<ul><li>Phase one: the slipway.</li><li>Phase two: the market.</li></ul>
<p>First part of a long paragraph<br>that continues after a line break.<br><br>A second paragraph after two breaks.</p>
<blockquote><p>"It is the one we can afford," she said, and closed the meeting.</p></blockquote>
</article>`);
  const reading = readHtml(source);
  const byText = (text: string) => reading.blocks.find((block) => block.text === text);

  it("marks a paragraph that is all bold or all emphasis as emphasized", () => {
    expect(byText("Why did the plan take ten years?")?.hints).toEqual({ emphasized: true });
    expect(byText("Because nobody wanted to pay for it, and everybody wanted a say in it.")?.hints).toEqual({ emphasized: true });
    expect(byText("And who pays now?")?.hints).toEqual({ emphasized: true });
  });

  it("marks headings and list items", () => {
    expect(byText("What happens next?")?.hints).toEqual({ heading: true });
    expect(byText("Phase one: the slipway.")?.hints).toEqual({ listItem: true });
    expect(byText("Phase two: the market.")?.hints).toEqual({ listItem: true });
  });

  it("takes a speaker from a leading bold name and keeps the text whole", () => {
    expect(byText("Margaret Doyle: We start with the slipway, in March, if the weather allows it.")?.hints).toEqual({ speaker: "Margaret Doyle" });
    expect(byText("Doyle: Then the market, then the promenade, in that order.")?.hints).toEqual({ speaker: "Doyle" });
    expect(byText("Q: And the cost?")?.hints).toEqual({});
  });

  it("splits at <br><br> and joins at a single <br>", () => {
    expect(byText("First part of a long paragraph that continues after a line break.")).toBeDefined();
    expect(byText("A second paragraph after two breaks.")).toBeDefined();
  });

  it("keeps blockquotes and gives each block its source lines", () => {
    const quote = byText('"It is the one we can afford," she said, and closed the meeting.');
    expect(quote?.firstLine).toBe(lineOf(source, "<blockquote>"));
    const split = byText("A second paragraph after two breaks.");
    expect(split?.firstLine).toBe(lineOf(source, "First part of a long"));
  });
});

describe("turns inside one paragraph", () => {
  /** The blocks of an article whose last paragraphs are the given markup. */
  const blocksOf = (markup: string) => texts(readHtml(page(`<article>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}${markup}</article>`))).slice(ARTICLE.length);

  it("cuts a bold question and its answer after a <br> into two blocks, and keeps an answer's own <br> inside it", () => {
    expect(blocksOf("<p><strong>Why the east quay?</strong><br />It has the deepest water.<br />And the most room.</p>")).toEqual([
      "Why the east quay?",
      "It has the deepest water. And the most room.",
    ]);
  });

  it("cuts several pairs that share one paragraph, where only <br> (and a stray <strong>) separate them", () => {
    const markup = "<p><strong>Were you surprised?</strong><br />Not at all.<br /><strong><br />\nThat sounds rehearsed.</strong><br />It is.</p>";
    expect(blocksOf(markup)).toEqual(["Were you surprised?", "Not at all.", "That sounds rehearsed.", "It is."]);
  });

  it("cuts before a line that opens with a bold speaker label", () => {
    const markup = "<p><i><b>HT:</b> Who pays for the slipway?</i><br/>\n<b>Mayor Doyle</b>: The port authority, mostly.</p>";
    expect(blocksOf(markup)).toEqual(["HT: Who pays for the slipway?", "Mayor Doyle: The port authority, mostly."]);
  });

  it("cuts a bold question at the start of a paragraph from the answer after it", () => {
    expect(blocksOf("<p><b>And the ferry?</b> It keeps its ramp until the new one is built.</p>")).toEqual([
      "And the ferry?",
      "It keeps its ramp until the new one is built.",
    ]);
  });

  it("leaves a bold lead-in that asks nothing, a bold line over a link, and plain lines together", () => {
    expect(blocksOf("<p><b>HARBOUR TOWN</b> — The council met again on Friday.</p>")).toEqual(["HARBOUR TOWN — The council met again on Friday."]);
    expect(blocksOf('<p><b>1) A harbour guide</b><br><a href="https://example.com/guide">https://example.com/guide</a></p>')).toEqual([
      "1) A harbour guide https://example.com/guide",
    ]);
    expect(blocksOf("<p>12 Quay Street<br>Harbour Town<br>Open daily</p>")).toEqual(["12 Quay Street Harbour Town Open daily"]);
  });
});

describe("headline and date shown on the page", () => {
  it("takes the part of a <title> the page shows as its headline, among site, section and date parts", () => {
    const body = `<div id="nav"><a href="/">Home</a></div><h2>Jane Roe on the harbour plan</h2>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}`;
    const titled = (title: string) => readHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`).meta.title;
    expect(titled("Harbour Times - Jane Roe on the harbour plan - December 3, 2000")).toBe("Jane Roe on the harbour plan");
    expect(titled("Jane Roe on the harbour plan -- Town Blog -- Harbour Times")).toBe("Jane Roe on the harbour plan");
    expect(titled("Harbour plan: what it costs")).toBe("Harbour plan: what it costs");
  });

  it("takes the page's one h1 when the <title> is search text shown nowhere on the page", () => {
    const body = `<h1>Q&amp;A with the harbour master: "We need the slipway"</h1>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}`;
    const reading = readHtml(`<html><head><title>Harbour master interview - harbour plan - Harbour Times</title></head><body>${body}</body></html>`);
    expect(reading.meta.title).toBe('Q&A with the harbour master: "We need the slipway"');
    // A blog's name in an h1 of its own above the post is no second headline.
    const blog = readHtml(`<html><head><title>Harbour master interview - harbour plan - Harbour Times</title></head><body><h1>The Harbour Blog</h1>${body}</body></html>`);
    expect(blog.meta.title).toBe('Q&A with the harbour master: "We need the slipway"');
    const two = readHtml(`<html><head><title>Harbour master interview - harbour plan - Harbour Times</title></head><body><h1>Other story of the harbour week</h1>${body}</body></html>`);
    expect(two.meta.title).toBe("Harbour master interview - harbour plan - Harbour Times");
  });

  it("reads the date line nearest the article, not a list of other stories' dates", () => {
    const others = `<ul class="more">${["Sept. 12, 2010", "Sept. 11, 2010"].map((d) => `<li><a href="/x">Other story</a> <span class="date">${d}</span></li>`).join("")}</ul>`;
    const body = `<h1>Harbour plan approved at last</h1><div class="entry-date">4/15/10 at 4:30 PM</div>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}${others}`;
    expect(readHtml(page(body)).meta.published).toBe("2010-04-15");
    const named = body.replace("4/15/10 at 4:30 PM", "Jane Roe Jan 06, 2025");
    expect(readHtml(page(named)).meta.published).toBe("2025-01-06");
  });

  it("reads the publication part of a byline box, a <time> without datetime, and a date line far up in heavy markup", () => {
    const article = ARTICLE.map((t) => `<p>${t}</p>`).join("");
    const box = `<h1>Harbour plan approved at last</h1><div class="meta"><div class="byline">By Jane Roe | Special to the Harbour Press</div><div class="time">PUBLISHED: <time>November 19, 2019 at 8:59 pm</time> | UPDATED: <time class="updated">November 20, 2019 at 10:16 pm</time></div></div>`;
    expect(readHtml(page(box + article)).meta.published).toBe("2019-11-19");
    const time = `<h1>Harbour plan approved at last</h1><span class="c-entry">By Jane Roe</span> <time>Nov 19, 2019, 7:53pm EST</time>`;
    expect(readHtml(page(time + article)).meta.published).toBe("2019-11-19");
    const figure = `<figure class="lead-image">${'<span class="ratio"></span>'.repeat(300)}<img src="/harbour.jpg" alt=""></figure>`;
    expect(readHtml(page(time + figure + article)).meta.published).toBe("2019-11-19");
  });

  it("takes a date line above the article's first paragraph for metadata, not for the lead, on a page without classes", () => {
    const artigo = [
      "A câmara aprovou o novo plano do porto na terça-feira, depois de um debate que durou quase toda a tarde, com sete votos a favor e dois contra.",
      "O plano leva o mercado do peixe para o cais nascente, alarga o passeio e acrescenta uma segunda rampa para o barco salva-vidas.",
      "Os opositores disseram que o custo, de nove milhões de euros, era alto demais para uma vila deste tamanho, e pediram que a obra fosse feita por fases.",
    ];
    const html = page(`<font size="+2"><b>Plano do porto aprovado</b></font><br><p>sexta-feira, 22 de outubro de 2010 às 20:13</p>${artigo.map((t) => `<p>${t}</p>`).join("")}`);
    const doc = extract(html, { name: "t.html" });
    expect(doc.meta.published).toBe("2010-10-22");
    expect(doc.lead).toBe(artigo[0]);
  });

  it("reads a date the page only shows in the words of the article's language", () => {
    const story = (dateLine: string): string => page(`<h1>Harbour plan approved at last</h1><div class="date">${dateLine}</div>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}`);
    expect(readHtml(story("22 October 2010")).meta.published).toBe("2010-10-22");
    // A Portuguese month on an English page is not read; the page's own words are.
    expect(readHtml(story("22 de outubro de 2010")).meta.published).toBeUndefined();
  });

  it("dates a page that states and shows no date by the date its address files it under", () => {
    const story = `<h1>Harbour plan approved at last</h1>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}`;
    const linked = (href: string): string => `<link rel="canonical" href="${href}">`;
    expect(readHtml(page(story, linked("https://harbour.example/news/2019/11/18/harbour-plan-approved/"))).meta.published).toBe("2019-11-18");
    expect(readHtml(page(story, linked("https://harbour.example/2019-11-18-harbour-plan.html"))).meta.published).toBe("2019-11-18");
    expect(readHtml(page(story, linked("https://harbour.example/news/2019/02/30/harbour-plan/"))).meta.published).toBeUndefined();
    // A date the page shows comes first.
    const shown = story.replace("</h1>", '</h1><div class="entry-date">November 17, 2019</div>');
    expect(readHtml(page(shown, linked("https://harbour.example/news/2019/11/18/harbour-plan-approved/"))).meta.published).toBe("2019-11-17");
  });

  it("reads a date shown only as a line of its own right after the article", () => {
    const story = `<h1>Harbour plan approved at last</h1><div class="story">${ARTICLE.map((t) => `<p>${t}</p>`).join("")}</div>`;
    const after = `<h3>More stories:</h3><h4>Sunday, December 3, 2000</h4><ul><li><a href="/a">Ferry fares rise</a></li></ul>`;
    expect(readHtml(page(story + after)).meta.published).toBe("2000-12-03");
    // A date inside a sentence after the article, or far below it, is no date line.
    const prose = `<p>The next meeting is on Sunday, December 3, 2000, at the town hall.</p>`;
    expect(readHtml(page(story + prose)).meta.published).toBeUndefined();
    const far = `<p>Share</p><p>Print</p><p>Comments</p><h4>Sunday, December 3, 2000</h4>`;
    expect(readHtml(page(story + far)).meta.published).toBeUndefined();
  });

  it("keeps a reporter's sentence that a byline class names, and an h1 a date class names", () => {
    const intro = "Our correspondent reports from the harbour on the last day of the council's long debate.";
    const reading = readHtml(page(`<article><h1 class="post-title published">Harbour plan approved at last</h1><p class="byline">${intro}</p>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}</article>`));
    expect(texts(reading).slice(0, 2)).toEqual(["Harbour plan approved at last", intro]);
  });
});

describe("the article's frame", () => {
  const QA = [
    "<p><b>Why the east quay?</b></p><p>It has the deepest water and the most room for the market.</p>",
    "<p><b>Who pays for it?</b></p><p>The port authority pays most of it, the town the rest.</p>",
    "<p><b>When does work start?</b></p><p>In March, if the weather allows it, with the slipway first.</p>",
  ].join("");
  const deck = "The harbour master on the plan that took ten years";

  it("takes an interview's deck, shown under the headline outside the body, as its first block", () => {
    const html = `<html><head><title>Harbour plan</title><meta name="description" content="${deck}"></head><body><div class="head"><h1>Harbour plan</h1><h2><i>${deck}</i></h2></div><div class="body">${ARTICLE.map((t) => `<p>${t}</p>`).join("")}${QA}</div></body></html>`;
    expect(texts(readHtml(html))[0]).toBe(deck);
  });

  it("leaves an ordinary article's deck out (its body starts below it)", () => {
    const html = `<html><head><title>Harbour plan</title><meta name="description" content="${deck}"></head><body><div class="head"><h1>Harbour plan</h1><h2><i>${deck}</i></h2></div><div class="body">${ARTICLE.map((t) => `<p>${t}</p>`).join("")}</div></body></html>`;
    expect(texts(readHtml(html))).not.toContain(deck);
  });

  it("takes the headline and deck a page sets in plain blocks above the article when its title is a section name", () => {
    const head = `<div class="feature"><div class="featureTitle">Harbour Master Jane Roe on the Slipway</div><div class="featureSub">The harbour master on ten years of planning</div></div>`;
    const html = `<html><head><title>Town Life</title></head><body><div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>${head}<div class="body"><p>Jane Roe has run the harbour for twelve years and has argued for the slipway in every one of them, at every council meeting.</p>${QA}</div></body></html>`;
    const reading = readHtml(html);
    expect(reading.meta.title).toBe("Harbour Master Jane Roe on the Slipway");
    expect(texts(reading)[0]).toBe("The harbour master on ten years of planning");
    // A block above the article that names nothing of it is no headline: the title stays.
    const other = readHtml(html.replace("Harbour Master Jane Roe on the Slipway", "Weekend Events in Town Tonight").replace("The harbour master on ten years of planning", "Listings for the coming days"));
    expect(other.meta.title).toBe("Town Life");
  });

  it("drops a subscription box around a sign-up form inside the article, pitch and all", () => {
    const pitch = "Harbour Monthly brings you the best of the coast, from the fish market to the council chamber, every month.";
    const box = `<table><tr><td><p>${pitch}</p><p>Outside the country? Abroad</p><form action="/subscribe"><input type="text" name="name"><input type="text" name="street"></form></td></tr></table>`;
    const reading = readHtml(page(`<article>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}${QA}${box}</article>`));
    expect(texts(reading)).not.toContain(pitch);
    expect(texts(reading).at(-1)).toBe("In March, if the weather allows it, with the slipway first.");
  });

  it("drops an interview's page furniture after its last sentence, but not an ordinary article's last short lines", () => {
    const tail = "<p>Page 2 of 2</p><p>(Story continues on next page)</p>";
    const interview = readHtml(page(`<article>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}${QA}${tail}</article>`));
    expect(texts(interview).at(-1)).toBe("In March, if the weather allows it, with the slipway first.");
    const article = readHtml(page(`<article>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}<p>Main image credit: Harbour archive</p></article>`));
    expect(texts(article).at(-1)).toBe("Main image credit: Harbour archive");
  });

  it("drops a column label set above the headline, and records it", () => {
    const reading = readHtml(page(`<article><p>The Harbour Column</p><h1>Harbour plan approved at last</h1>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}</article>`));
    expect(texts(reading)[0]).toBe("Harbour plan approved at last");
    expect(reading.removed.some((entry) => entry.reason === "label above the headline" && entry.text.includes("The Harbour Column"))).toBe(true);
  });
});

describe("text normalisation", () => {
  it("applies NFC, drops invisible and bidi characters but not ZWNJ, collapses whitespace", () => {
    expect(normalizeText("  Cafe\u0301\u00A0 con\u200Btinues\u00ADwith \u200Erisk\u200F  ")).toBe("Café continueswith risk");
    expect(normalizeText("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")).toBe("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645");
    expect(normalizeText("a\u202Bb\u202Cc\u2066d\u2069 \t\n e")).toBe("abcd e");
  });

  it("normalises block text read from HTML the same way", () => {
    const reading = readHtml(page(`<article><p>${ARTICLE[0]}\u200B</p><p>Soft\u00ADhyphen and&nbsp;&nbsp;non-breaking spaces, and \u200Fmarks, in one sentence.</p></article>`));
    expect(texts(reading)).toContain("Softhyphen and non-breaking spaces, and marks, in one sentence.");
  });
});

describe("metadata", () => {
  it("reads JSON-LD inside @graph: headline, date with offset, author, publisher", () => {
    const ld = { "@context": "https://schema.org", "@graph": [{ "@type": "WebSite", name: "Site" }, { "@type": "NewsArticle", headline: "Harbour plan approved", datePublished: "2025-11-23T15:27:54+03:30", author: { "@type": "Person", name: "Sara Whitfield" }, publisher: { "@type": "Organization", name: "BORNA" } }] };
    const reading = readHtml(page(`<p>x</p>`, `<meta property="og:site_name" content="Some Site"><script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(reading.meta).toEqual({
      title: "Harbour plan approved",
      published: "2025-11-23T15:27:54+03:30",
      agency: "BORNA",
      language: "en",
      interviewer: { name: "Sara Whitfield", role: null },
    });
  });

  it("falls back to og:title, article:published_time, og:site_name, and strips the site name from <title>", () => {
    const head = `<meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2025-10-02T09:30:00Z">`;
    const reading = readHtml(`<html lang="fa-IR"><head><title>Harbour plan approved - Harbour Times</title>${head}</head><body><p>x</p></body></html>`);
    expect(reading.meta).toEqual({ title: "Harbour plan approved", published: "2025-10-02T09:30:00Z", agency: "Harbour Times", language: "fa" });
  });

  it("reads <time datetime> (date-only stays date-only) and an h1 title", () => {
    const reading = readHtml(`<html><body><article><h1>Five questions for a bee researcher</h1><time datetime="2025-06-03">3 June</time></article></body></html>`);
    expect(reading.meta).toEqual({ title: "Five questions for a bee researcher", published: "2025-06-03" });
  });

  it("survives broken JSON-LD", () => {
    const reading = readHtml(page("<p>x</p>", `<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>`));
    expect(reading.meta.title).toBe("Test page");
  });

  it("converts dates to ISO 8601, keeping the stated offset", () => {
    expect(toIsoDate("2025-11-23T15:27:54+0330")).toBe("2025-11-23T15:27:54+03:30");
    expect(toIsoDate("2025-11-23 15:27")).toBe("2025-11-23T15:27");
    expect(toIsoDate("2025-11-23T15:27:54.000Z")).toBe("2025-11-23T15:27:54.000Z");
    expect(toIsoDate("Sun, 23 Nov 2025 15:27:54 GMT")).toBe("2025-11-23T15:27:54+00:00");
    expect(toIsoDate("23 November 2025")).toBe("2025-11-23");
    expect(toIsoDate("yesterday")).toBeNull();
  });

  it("strips a site name after a pipe or a known name, but not a headline's own hyphen", () => {
    expect(stripSiteName("Harbour plan approved | Harbour Times", [])).toBe("Harbour plan approved");
    expect(stripSiteName("BORNA News Agency - Envoy says talks go on", ["bornanewsagency"])).toBe("Envoy says talks go on");
    expect(stripSiteName("Iran-Russia talks - a new chapter", [])).toBe("Iran-Russia talks - a new chapter");
  });
});

describe("no network access", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it("reads a page full of external references without fetching anything", () => {
    const fetch = vi.fn(() => {
      throw new Error("network access");
    });
    vi.stubGlobal("fetch", fetch);
    const sockets = [
      vi.spyOn(http, "request"), vi.spyOn(http, "get"), vi.spyOn(https, "request"), vi.spyOn(https, "get"), vi.spyOn(net, "connect"), vi.spyOn(net, "createConnection"),
    ];
    const head = `<base href="http://example.invalid/"><link rel="stylesheet" href="http://example.invalid/a.css"><link rel="preload" href="https://example.invalid/f.woff2"><script src="http://example.invalid/a.js"></script>`;
    const body = `<article><img src="http://example.invalid/a.jpg" srcset="http://example.invalid/b.jpg 2x"><iframe src="https://example.invalid/embed"></iframe>${ARTICLE.map((t) => `<p>${t}</p>`).join("")}<video src="http://example.invalid/v.mp4"></video></article>`;
    expect(texts(readHtml(page(body, head)))).toEqual(ARTICLE);
    expect(fetch).not.toHaveBeenCalled();
    for (const socket of sockets) expect(socket).not.toHaveBeenCalled();
  });
});

describe("robustness", () => {
  // The deep pages below are hang guards (vitest's timeout), not speed targets: a reader that
  // rescans ancestors per element stalls for minutes on them.
  it("reads 10,000 nested elements", () => {
    const depth = 10_000;
    const html = page(`${"<div>".repeat(depth)}<p>${ARTICLE[0]}</p>${"</div>".repeat(depth)}`);
    const reading = readHtml(html);
    expect(texts(reading)).toEqual([ARTICLE[0]]);
  });

  it("reads 10,000 unclosed nested elements with text at every level", () => {
    const html = page(Array.from({ length: 10_000 }, (_, i) => `<div class="c${i % 7}"><span>level ${i}, text`).join(""));
    const text = texts(readHtml(html)).join(" ");
    expect(text).toContain("level 0, text");
    expect(text).toContain("level 9999, text");
  });

  it("reads an article at the bottom of 10,000 nested menus, listing each menu as outside the article", () => {
    const html = page(`${Array.from({ length: 10_000 }, (_, i) => `<div><a href="/m${i}">menu ${i}</a>`).join("")}<div class="story">${ARTICLE.map((t) => `<p>${t}</p>`).join("")}</div>`);
    const reading = readHtml(html);
    expect(texts(reading)).toEqual(ARTICLE);
    expect(reading.removed.filter((removed) => removed.reason === "outside the article")).toHaveLength(10_000);
  });

  it("reads fragments without <html> or <body>, and plain text", () => {
    expect(texts(readHtml("<p>Short text.</p>"))).toEqual(["Short text."]);
    expect(texts(readHtml(ARTICLE.map((t) => `<p>${t}</p>`).join("")))).toEqual(ARTICLE);
    expect(texts(readHtml("Just text, no tags"))).toEqual(["Just text, no tags"]);
  });

  it("reads unclosed tags", () => {
    const reading = readHtml(`<html><body><article><p>${ARTICLE[0]}<p>${ARTICLE[1]}<p><b>${ARTICLE[2]}<div><ul><li>one<li>two`);
    expect(texts(reading).slice(0, 2)).toEqual([ARTICLE[0], ARTICLE[1]]);
    expect(reading.blocks[2]).toMatchObject({ text: ARTICLE[2], hints: { emphasized: true } });
  });

  it("reads truncated files, cut anywhere", () => {
    const full = readFileSync(path.join(FIXTURES, "html-borna", "input.html"), "utf8");
    for (const cut of [10, 200, 1500, Math.floor(full.length / 2), full.indexOf("<p>How much") + 5, full.length - 300]) {
      expect(() => readHtml(full.slice(0, cut)), `cut at ${cut}`).not.toThrow();
    }
    const half = readHtml(full.slice(0, full.indexOf("How much does the falling")));
    expect(texts(half).some((text) => text.startsWith("Tehran - BORNA - Sara Whitfield"))).toBe(true);
  });

  it("reads unterminated comments, scripts and attributes, and empty input", () => {
    for (const html of ["<!-- never closed <p>text</p>", "<script>var a = '<p>'", '<p class="open>text</p>', "<", "", "<html><body></body></html>"]) {
      expect(() => readHtml(html)).not.toThrow();
    }
  });
});

describe("html fixtures", () => {
  it.each(htmlFixtures())("%s: every truth paragraph comes out as a block, in order", (slug) => {
    const reading = readHtml(readFileSync(path.join(FIXTURES, slug, "input.html"), "utf8"));
    const truth = JSON.parse(readFileSync(path.join(FIXTURES, slug, "truth.json"), "utf8")) as Truth;
    const blocks = texts(reading);
    let from = 0;
    for (const expected of truthTexts(truth)) {
      const found = blocks.findIndex((text, index) => index >= from && text.includes(expected));
      expect(found, `"${expected.slice(0, 60)}" in blocks after #${from}:\n${blocks.join("\n")}`).toBeGreaterThanOrEqual(0);
      from = found;
    }
  });

  it.each(htmlFixtures())("%s: page metadata agrees with the truth", (slug) => {
    const reading = readHtml(readFileSync(path.join(FIXTURES, slug, "input.html"), "utf8"));
    const truth = JSON.parse(readFileSync(path.join(FIXTURES, slug, "truth.json"), "utf8")) as Truth;
    expect(reading.meta.title).toBe(truth.title);
    expect(reading.meta.published).toBe(truth.published);
    expect(reading.meta.language).toBe(truth.language);
  });

  it("html-strong-speakers: every turn carries its speaker", () => {
    const reading = readHtml(readFileSync(path.join(FIXTURES, "html-strong-speakers", "input.html"), "utf8"));
    const speakers = reading.blocks.flatMap((block) => (block.hints.speaker ? [block.hints.speaker] : []));
    expect(speakers).toEqual(["Elena Marsh", "Tomasz Wilk", "Marsh", "Wilk", "Marsh", "Wilk", "Marsh", "Wilk", "Marsh", "Wilk"]);
  });

  it("html-wordpress-bold and html-heading-questions: questions carry their formatting", () => {
    const bold = readHtml(readFileSync(path.join(FIXTURES, "html-wordpress-bold", "input.html"), "utf8"));
    expect(bold.blocks.filter((block) => block.hints.emphasized)).toHaveLength(5);
    const headings = readHtml(readFileSync(path.join(FIXTURES, "html-heading-questions", "input.html"), "utf8"));
    expect(headings.blocks.filter((block) => block.hints.heading && block.text.endsWith("?"))).toHaveLength(5);
  });
});

/** The fields of a truth.json this test reads. */
interface Truth {
  title: string;
  published: string;
  language: string;
  lead: string | null;
  summary: string[];
  qaIntro: string | null;
  qa: Array<{ question: string; answer: string[] }>;
}

/** The html-* fixture folders. */
function htmlFixtures(): string[] {
  return readdirSync(FIXTURES).filter((name) => name.startsWith("html-")).sort();
}

/** The body texts of a truth, in reading order. */
function truthTexts(truth: Truth): string[] {
  const parts = [truth.lead ?? "", ...truth.summary, truth.qaIntro ?? ""];
  for (const pair of truth.qa) parts.push(pair.question, ...pair.answer);
  return parts.filter((part) => part !== "");
}
