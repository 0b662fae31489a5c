/**
 * Language first: a document is read with the lexicons of the languages detected in it, plus
 * English, so that a language's one-letter labels are never tried on another's text. Every
 * text here is invented.
 */
import { describe, expect, it } from "vitest";
import { selectLexicons } from "../src/lexicon/index.js";
import { documentLanguages } from "../src/meta/language.js";
import { pairsOf, paragraphs } from "./helpers/pairs.js";

const ENGLISH_REPORT = paragraphs(
  "Council approves the new bridge after a long debate",
  "The city council voted on Tuesday to build a second bridge over the river, ending a debate that has lasted for more than ten years.",
  "P. Smith said the bridge would cut the drive to the hospital by a third, and that the work could start in the spring.",
  "R. Jones said the council had not yet found the money for the access roads, which are not part of the plan.",
  "P. Smith said the state had promised to pay for half of the roads.",
  "R. Jones said that promise was not in writing and that the vote was too early.",
  "B. Smith said the residents of the east bank had waited long enough.",
);

const RUSSIAN_REPORT = paragraphs(
  "Губернатор провел совещание о ремонте школ",
  "Губернатор области провел в среду совещание о ремонте школ, которые не успели подготовить к новому учебному году.",
  "В. Петров заявил, что подрядчики должны закончить работы до конца октября, и поручил проверить каждую школу.",
  "О. Сидорова сообщила, что в трех районах ремонт еще не начинался из-за задержки с оплатой.",
  "В. Петров отметил, что за срыв сроков подрядчики ответят по контракту.",
  "О. Сидорова добавила, что список школ будет опубликован на сайте министерства.",
);

describe("the languages of a document", () => {
  it.each([
    ["an English report", ENGLISH_REPORT, ["en"]],
    ["a Russian report", RUSSIAN_REPORT, ["en", "ru"]],
    [
      "a German interview quoting an English reply",
      paragraphs(
        "Frage: Wie geht es mit dem Projekt weiter, und wann wird die neue Brücke für den Verkehr freigegeben?",
        "Antwort: Das hängt von der Finanzierung ab, und die ist noch nicht gesichert, aber wir sind zuversichtlich.",
        "Frage: Was sagen die Partner in London dazu?",
        'Antwort: Sie sagen: "We are not in a hurry, and we think that the plan is good for the city and for the region."',
      ),
      ["en", "de"],
    ],
  ])("%s is read with its own lexicons", (_name, text, codes) => {
    expect(selectLexicons(documentLanguages(text)).codes).toEqual(codes);
  });

  it.each([
    ["too few letters", "12:30 — 14:00"],
    ["no known stop words", "Lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor"],
    [
      "a script no lexicon is written in",
      "서울 시의회는 화요일에 새로운 다리를 건설하기로 결정했다. 공사는 봄에 시작된다.",
    ],
  ])("%s: every lexicon is read", (_name, text) => {
    expect(documentLanguages(text)).toBeNull();
  });
});

describe("one-letter labels of other languages", () => {
  it("are not tried on an English report whose paragraphs open with initials", () => {
    // Spanish, Portuguese and Polish `P.`, and Spanish, Italian and Portuguese `R.`, would alternate here.
    expect(pairsOf(ENGLISH_REPORT)).toEqual([]);
  });

  it("leave a Russian report whose paragraphs open with initials without pairs", () => {
    expect(pairsOf(RUSSIAN_REPORT)).toEqual([]);
  });

  it("are still read in their own language", () => {
    const interview = paragraphs(
      "El alcalde habla del nuevo puente",
      "El alcalde de la ciudad respondió a las preguntas de este diario sobre el puente que se va a construir sobre el río.",
      "P. ¿Cuándo empiezan las obras del puente?",
      "R. En primavera, si el Gobierno regional paga la parte que ha prometido y los plazos se cumplen.",
      "P. ¿Y qué pasa con las carreteras de acceso?",
      "R. Las carreteras no están en el plan, pero las vamos a pagar con el presupuesto del año que viene.",
    );
    expect(pairsOf(interview).map((pair) => pair.question)).toEqual([
      "¿Cuándo empiezan las obras del puente?",
      "¿Y qué pasa con las carreteras de acceso?",
    ]);
  });
});
