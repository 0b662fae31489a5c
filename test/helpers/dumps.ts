/**
 * fast-check generators of interview dumps: site chrome around a title, a
 * lead, reporter paragraphs, an announcement and question/answer pairs in one
 * of the shapes interviews come in, written in Latin, Cyrillic, Arabic or Han
 * script, with LF, CRLF or CR line ends. Each dump comes with the model it was
 * written from, and renders to text or to minimal HTML.
 */
import fc from "fast-check";

/** A script with its words, its question mark and how it joins words. */
interface Script {
  name: "latin" | "cyrillic" | "arabic" | "han";
  /** Words of the paragraphs. */
  words: readonly string[];
  /** Words of the title, none of them in `words`: a title that repeats the lead is another test's business. */
  titleWords: readonly string[];
  questionMarks: readonly string[];
  /** The full stop that ends a statement. */
  stop: string;
  /** Between words: a space, or nothing for Han. */
  space: string;
  labels: ReadonlyArray<readonly [question: string, answer: string]>;
}

const SCRIPTS: readonly Script[] = [
  {
    name: "latin",
    words:
      "the minister said budget year plans water region people government talks agreement energy trade city future school river market road hospital workers farmers prices export museum season coach team players".split(
        " ",
      ),
    titleWords:
      "Chief Says Bid Test Credibility Envoy Tells Talks Progress Deal Ahead Record Harvest Port Expansion".split(" "),
    questionMarks: ["?"],
    stop: ".",
    space: " ",
    labels: [
      ["Q:", "A:"],
      ["Question:", "Answer:"],
      ["**Q:**", "**A:**"],
      ["q.", "a."],
    ],
  },
  {
    name: "cyrillic",
    words:
      "министр сказал бюджет год планы вода регион люди правительство переговоры соглашение энергия торговля город будущее школа река рынок дорога больница".split(
        " ",
      ),
    titleWords: "Посол Заявил Сотрудничество Идет Графику Урожай Рекорд Порт Расширение Сделка".split(" "),
    questionMarks: ["?"],
    stop: ".",
    space: " ",
    labels: [
      ["Вопрос:", "Ответ:"],
      ["В:", "О:"],
    ],
  },
  {
    name: "arabic",
    words:
      "الوزير قال الميزانية العام الخطط المياه المنطقة الناس الحكومة المحادثات الاتفاق الطاقة التجارة المدينة المستقبل المدرسة النهر السوق الطريق المستشفى".split(
        " ",
      ),
    titleWords: "السفير يؤكد التعاون يسير وفق الجدول محصول قياسي توسعة الميناء".split(" "),
    questionMarks: ["؟", "?"],
    stop: ".",
    space: " ",
    labels: [
      ["س:", "ج:"],
      ["سؤال:", "جواب:"],
    ],
  },
  {
    name: "han",
    words:
      "部长 表示 预算 今年 计划 水资源 地区 人民 政府 会谈 协议 能源 贸易 城市 未来 学校 河流 市场 道路 医院".split(
        " ",
      ),
    titleWords: "大使 合作 进展 顺利 丰收 港口 扩建 协定".split(" "),
    questionMarks: ["？", "?"],
    stop: "。",
    space: "",
    labels: [
      ["问：", "答："],
      ["问:", "答:"],
    ],
  },
];

/** Lines sites print around an article. */
const CHROME = [
  "|",
  "---",
  "* * *",
  "=====",
  "Share",
  "End Article",
  "Your comment",
  "Print",
  "Tags: budget, water",
  "Read more",
  "© 2025 News Agency. All rights reserved.",
];
const DATES = [
  "2025/11/23",
  "23.11.2025",
  "Nov 23, 2025",
  "2025-11-23 15:27",
  "15:27:54",
  "News ID: 2559",
  "ID: 77120",
  "| News ID: 104",
];

/** Speaker names for transcripts. */
const SPEAKERS: ReadonlyArray<readonly [string, string]> = [
  ["MILLER", "JALALI"],
  ["Anna Berg", "Ravi Bakshi"],
  ["JM", "KJ"],
];

/** The shapes the Q&A section is written in. */
export type Shape = "paragraphs" | "labels" | "speakers" | "dashes";

/** A generated interview before it is written out. */
export interface DumpModel {
  script: Script["name"];
  title: string;
  header: string[];
  lead: string;
  summary: string[];
  intro: string | null;
  shape: Shape;
  pairs: Array<{ question: string; answer: string[] }>;
  trailer: string[];
  /** The labels, speaker names or dash the shape writes before each turn. */
  marks: readonly [string, string];
  lineEnd: "\n" | "\r\n" | "\r";
}

/**
 * `min`–`max` different words of a list, joined. Different words keep the text
 * from shrinking to "the the the", where every line reads like every other.
 */
function phrase(script: Script, min: number, max: number, words = script.words): fc.Arbitrary<string> {
  return fc.shuffledSubarray([...words], { minLength: min, maxLength: max }).map((picked) => picked.join(script.space));
}

/** A sentence of `min` to 12 words: capitalised for Latin, ended with the script's full stop. */
function sentence(script: Script, min: number): fc.Arbitrary<string> {
  return phrase(script, min, 12).map((text) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${script.stop}`);
}

/**
 * A paragraph of one to four sentences. A reporter's paragraph has at least six
 * words, and so has an answer's second paragraph: shorter ones at the edges of
 * the article are cut off with the page header or trailer (a known limit of the
 * zoning). An answer's first paragraph may be a single word.
 */
function paragraph(script: Script, minWords: number): fc.Arbitrary<string> {
  return fc
    .array(sentence(script, minWords), { minLength: 1, maxLength: 4 })
    .map((sentences) => sentences.join(script.space || ""));
}

/** A question: an optional statement, then a question ending in one of the script's question marks. */
function question(script: Script): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.option(sentence(script, 3), { nil: undefined }),
      phrase(script, 3, 10),
      fc.constantFrom(...script.questionMarks),
    )
    .map(
      ([lead, ask, mark]) =>
        `${lead === undefined ? "" : `${lead}${script.space}`}${ask.charAt(0).toUpperCase()}${ask.slice(1)}${mark}`,
    );
}

/** An answer: a first paragraph of any length, then up to two of six words or more. */
function answer(script: Script): fc.Arbitrary<string[]> {
  return fc
    .tuple(paragraph(script, 1), fc.array(paragraph(script, 6), { maxLength: 2 }))
    .map(([first, rest]) => [first, ...rest]);
}

/** The marks a shape writes before the question and the answer. */
function marks(script: Script, shape: Shape): fc.Arbitrary<readonly [string, string]> {
  if (shape === "labels") return fc.constantFrom(...script.labels);
  if (shape === "speakers")
    return fc.constantFrom(...SPEAKERS).map(([asker, answerer]) => [`${asker}:`, `${answerer}:`] as const);
  if (shape === "dashes") return fc.constantFrom(["—", "—"] as const, ["–", "–"] as const);
  return fc.constant(["", ""] as const);
}

/** A dump model in one script and one shape. */
export const dumpModel: fc.Arbitrary<DumpModel> = fc
  .tuple(fc.constantFrom(...SCRIPTS), fc.constantFrom<Shape>("paragraphs", "labels", "speakers", "dashes"))
  .chain(([script, shape]) =>
    fc.record({
      script: fc.constant(script.name),
      title: phrase(script, 3, 6, script.titleWords),
      header: fc.array(fc.constantFrom(...CHROME, ...DATES), { maxLength: 5 }),
      lead: paragraph(script, 6),
      summary: fc.array(paragraph(script, 6), { maxLength: 3 }),
      intro: fc.option(
        fc.constantFrom("The full text of the interview is as follows:", "Below are excerpts from the interview:"),
        { nil: null },
      ),
      shape: fc.constant(shape),
      pairs: fc.array(fc.record({ question: question(script), answer: answer(script) }), {
        minLength: 2,
        maxLength: 6,
      }),
      trailer: fc.array(fc.constantFrom(...CHROME), { maxLength: 3 }),
      marks: marks(script, shape),
      lineEnd: fc.constantFrom("\n" as const, "\r\n" as const, "\r" as const),
    }),
  );

/** The paragraphs of the Q&A section, marks included. */
function turnParagraphs(model: DumpModel): string[] {
  const [askMark, answerMark] = model.marks;
  const mark = (label: string, text: string): string => (label === "" ? text : `${label} ${text}`);
  return model.pairs.flatMap((pair) => {
    if (model.shape === "dashes") return [mark(askMark, pair.question), mark(answerMark, pair.answer.join(" "))];
    // Later answer paragraphs carry no label, as in print.
    return [mark(askMark, pair.question), mark(answerMark, pair.answer[0]!), ...pair.answer.slice(1)];
  });
}

/** The article's paragraphs in reading order: lead, summary, announcement, turns. */
export function bodyParagraphs(model: DumpModel): string[] {
  return [model.lead, ...model.summary, ...(model.intro === null ? [] : [model.intro]), ...turnParagraphs(model)];
}

/** The dump as a page copy: title, chrome, paragraphs separated by blank lines, chrome. */
export function toText(model: DumpModel): string {
  const lines = [
    model.title,
    "",
    ...model.header,
    "",
    ...bodyParagraphs(model).flatMap((text) => [text, ""]),
    ...model.trailer,
  ];
  return lines.join(model.lineEnd);
}

/** Escapes text for HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

/** The same content as a minimal HTML page: the title as `<h1>`, each paragraph a `<p>`. */
export function toHtml(model: DumpModel): string {
  const paragraphs = bodyParagraphs(model).map((text) => `<p>${escapeHtml(text)}</p>`);
  return `<html><body><h1>${escapeHtml(model.title)}</h1>${paragraphs.join("")}</body></html>`;
}
