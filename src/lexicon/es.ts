/** Spanish. */
import type { Lexicon } from "./types.js";

export const es: Lexicon = {
  code: "es",
  name: "Spanish",
  questionLabels: ["Pregunta", { word: "P", initial: true }],
  answerLabels: ["Respuesta", { word: "R", initial: true }],
  months: [
    [
      "enero",
      "febrero",
      "marzo",
      "abril",
      "mayo",
      "junio",
      "julio",
      "agosto",
      "septiembre",
      "octubre",
      "noviembre",
      "diciembre",
    ],
  ],
  introPhrases: ["a continuación", "lo que nos"],
  pointers: ["a continuación"],
  speechVerbs: ["dijo", "afirmó", "declaró", "señaló", "explicó"],
};
