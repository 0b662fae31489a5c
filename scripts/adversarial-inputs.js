// @ts-check
/**
 * Adversarial inputs, about 1 MB each: shapes that make a regular expression
 * or a loop super-linear (long runs of one character, repeated labels, words
 * of capitals, deep or unclosed markup). Each one once hung or slowed the tool
 * down, or stands for a family that could. Shared by test/adversarial.test.ts
 * (each must complete) and scripts/adversarial-bench.js (time per input).
 */

const MB = 1024 * 1024;

/**
 * `unit` repeated to `size` characters.
 * @param {string} unit
 * @param {number} [size]
 * @returns {string}
 */
function fill(unit, size = MB) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** A short interview with speaker labels, so the reporter's text is searched for full names. */
const SPEAKER_INTERVIEW = [
  "MILLER: Why did the ministry act now?",
  "JALALI: Because the budget allowed it, and we had waited long enough.",
  "MILLER: What comes next?",
  "JALALI: We will see what the year brings for everyone in the region.",
].join("\n\n");

/** An article in HTML paragraphs: a lead and two questions with their answers. */
const ARTICLE = [
  "<h1>Budget talk</h1>",
  "<p>The minister answered our questions on the budget of the coming year, and on much else, at length.</p>",
  "<p>Why now, after all these years of waiting for the money to arrive?</p>",
  "<p>Because the budget allows it, and the people have waited long enough for it to happen here.</p>",
  "<p>What comes next for the ministry and for the people of the region?</p>",
  "<p>A second budget, and then a third one, with more money for schools and for roads.</p>",
].join("");

/** A page head and body around some markup. */
const page = (/** @type {string} */ body, head = "") => `<!doctype html><html><head>${head}</head><body>${body}`;

/**
 * @typedef {object} AdversarialInput
 * @property {string} name     what the input is, for test names and the bench table
 * @property {() => string} build  the input (built on demand: each is about 1 MB)
 */

/** @type {readonly AdversarialInput[]} */
export const ADVERSARIAL_INPUTS = [
  { name: "1 MB of spaces between two words", build: () => `start${fill(" ")}end` },
  { name: "1 MB of tabs and NBSP on one line", build: () => `a${fill("\t\u00a0")}b` },
  { name: "1 MB of '?'", build: () => fill("?") },
  { name: "1 MB of '؟' and '？'", build: () => fill("؟？") },
  { name: "1 MB of ':'", build: () => fill(":") },
  { name: "1 MB of '-'", build: () => fill("-") },
  { name: "1 MB of '—'", build: () => fill("—") },
  { name: "1 MB of digits", build: () => fill("7") },
  { name: "'Q: ' repeated on one line", build: () => fill("Q: ") },
  { name: "'Q: a?' on 175,000 lines", build: () => fill("Q: a?\n") },
  { name: "a 1 MB word of capital letters", build: () => fill("A") },
  { name: "'((((' for 1 MB", build: () => fill("((((") },
  { name: "'A:' × 100,000", build: () => "A:".repeat(100_000) },
  { name: "50,000 short lines", build: () => Array.from({ length: 50_000 }, (_, index) => `line ${index}`).join("\n") },
  { name: "one 1 MB line of 'Name, role, '", build: () => fill("Name, role, ") },
  { name: "one 1 MB line of 'John Miller, a reporter, '", build: () => fill("John Miller, a reporter, ") },
  { name: "inline Q&A run-on line", build: () => fill("Is it? Q: Why now? A: Because. ") },
  { name: "dialogue dashes on 100,000 lines", build: () => fill("— Вопрос?\n— Ответ.\n") },
  { name: "speaker labels on 70,000 lines", build: () => fill("MILLER: Why?\nJALALI: Because.\n") },
  { name: "mixed CR, LF and CRLF line ends", build: () => fill("a\r\n\rb\n") },
  { name: "1 MB of Han characters", build: () => fill("你好") },
  { name: "'a@b.' for 1 MB (e-mail shape)", build: () => fill("a@b.") },
  { name: "a share bar of 170,000 words ending in a non-word", build: () => `${fill("Share ")}!` },
  { name: "'Tehran - BORNA - ' for 1 MB (dateline shape)", build: () => fill("Tehran - BORNA - ") },
  { name: "'2025/11/23 12:30 ' for 1 MB (date shapes)", build: () => fill("2025/11/23 12:30 ") },
  { name: "'By John ' for 1 MB (byline shape)", build: () => fill("By John ") },
  {
    name: "paragraphs of capital letters (name patterns)",
    build: () => `Interview with a minister\n\n${fill(`${"A".repeat(1_100)} is a quite long word here.\n\n`)}`,
  },
  {
    name: "a speaker interview with a 1 MB word of capitals (full-name search)",
    build: () =>
      `Interview with a minister\n\nThe minister spoke to our reporter about the budget and the plans for next year.\n\n${fill("Ms-")} a, the minister said to our reporter in the capital.\n\n${SPEAKER_INTERVIEW}\n`,
  },
  { name: "HTML: 1 MB of unclosed <b>", build: () => page(fill("<b>")) },
  { name: "HTML: 1 MB of <p><b><i>word", build: () => page(fill("<p><b><i>word ")) },
  {
    name: "HTML: 100,000 nested <div>",
    build: () => page(`${"<div>".repeat(100_000)}<p>Deep text.</p>${"</div>".repeat(100_000)}`),
  },
  {
    name: "HTML: 30,000 open <b>, then unmatched </p> and </x>",
    build: () => page(`${"<b>".repeat(30_000)}${fill("</p></x>", 800_000)}`),
  },
  { name: "HTML: 140,000 self-closing <path/> in an <svg>", build: () => page(`<svg>${fill("<path/>")}`) },
  { name: "HTML: 110,000 unclosed <li>", build: () => page(`<ul>${fill("<li>item ")}`) },
  { name: "HTML: 250,000 unclosed comments", build: () => page(fill("<!--")) },
  { name: "HTML: 100,000 unclosed attribute quotes", build: () => page(fill('<a title="')) },
  {
    name: "HTML: 130,000 <div> outside the article",
    build: () => page(`<div class="article-body">${ARTICLE}</div>${"<div>x</div>".repeat(130_000)}`),
  },
  {
    name: "HTML: a JSON-LD array of 130,000 values",
    build: () =>
      page(`<article>${ARTICLE}</article>`, `<script type="application/ld+json">[${fill("0,", 260_000)}0]</script>`),
  },
  {
    name: "HTML: a 1 MB og:title of separators",
    build: () =>
      page(
        "<article><h1>A headline of some length</h1><p>Some text long enough to be a paragraph.</p></article>",
        `<meta property="og:title" content="${fill("x - ")}x|">`,
      ),
  },
];
