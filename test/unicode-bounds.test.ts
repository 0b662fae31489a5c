/** Words that begin or end with a non-ASCII letter: `\b` never matched them, the Unicode-aware bounds do. */
import { describe, expect, it } from "vitest";
import { EVERY_LANGUAGE } from "../src/lexicon/index.js";
import { markClosing } from "../src/classify/closing.js";
import { gatherEvidence } from "../src/classify/interview-check.js";
import { readMetaLine } from "../src/meta/header-lines.js";
import { findRole, isRole } from "../src/meta/names.js";
import type { ClassifiedBlock } from "../src/types.js";

/** A classified block of one line. */
function classified(text: string, role: ClassifiedBlock["role"], unlabeled = false): ClassifiedBlock {
  return {
    block: { firstLine: 1, lastLine: 1, text, hints: {} },
    role,
    reason: "test",
    rule: "turns/none",
    text,
    pair: 0,
    ...(unlabeled ? { unlabeled } : {}),
  };
}

describe("Unicode word bounds", () => {
  it.each([
    "Беседовала Мария Иванова, корреспондент.",
    "Беседовал корреспондент Иван Смирнов.",
    "Беседовали Анна и Олег.",
  ])("reads %s after the last answer as the reporter's closing", (text) => {
    const blocks = [
      classified("Как прошёл год?", "question"),
      classified("Трудно, но интересно.", "answer"),
      classified(text, "answer", true),
    ];
    expect(markClosing(blocks, null).at(-1)?.role).toBe("closing");
  });

  it("does not find the first-person 'ma' inside 'mañana'", () => {
    const blocks = [
      classified("¿Cuándo abre?", "question"),
      classified("Pronto.", "answer"),
      classified("Ruiz inaugura la exposición mañana en Sevilla.", "answer", true),
    ];
    expect(markClosing(blocks, { name: "Ana Ruiz", role: null }).at(-1)?.role).toBe("closing");
  });

  it.each([
    "è il direttore del museo",
    "afirmó que el plan sigue",
    "declaró ante el juez",
    "сказал журналистам",
    "заявил в интервью",
    "рассказал о планах",
  ])("does not take the clause '%s' for a role", (phrase) => {
    expect(isRole(phrase)).toBe(false);
  });

  it("finds the role before a name that ends with a non-ASCII letter", () => {
    expect(findRole("Ana Martí", ["Lo explicó la ministra de economía Ana Martí."])).toBe("ministra de economía");
  });

  it("reads 'según' as a reporter's attribution in an answer", () => {
    const evidence = gatherEvidence({
      blocks: [
        classified("¿Qué dice el informe?", "question"),
        classified("Según el ministerio, el plan sigue.", "answer"),
      ],
      title: null,
      language: "es",
      shape: "paragraph questions",
    });
    expect(evidence.attributed).toBe(1);
  });

  it.each(["на пресс-конференции в Кремле", "после брифинга в МИД"])(
    "reads a press conference in '%s', whatever the case ending",
    (opening) => {
      const evidence = gatherEvidence({
        blocks: [
          classified(`Министр ответил на вопросы ${opening}.`, "lead"),
          classified("Когда?", "question"),
          classified("Скоро.", "answer"),
        ],
        title: null,
        language: "ru",
        shape: "paragraph questions",
      });
      expect(evidence.pressConference).toBe(true);
    },
  );

  it("reads 'Publié le 23/11/2025 à 14h05' as nothing but a date line", () => {
    expect(readMetaLine("Publié le 23/11/2025 à 14h05", EVERY_LANGUAGE)).toMatchObject({ strict: true });
  });
});
