/** Portuguese. */
import type { Lexicon } from "./types.js";

export const pt: Lexicon = {
  code: "pt",
  name: "Portuguese",
  questionLabels: ["Pergunta", { word: "P", initial: true }],
  answerLabels: ["Resposta", { word: "R", initial: true }],
  months: [
    [
      "janeiro",
      "fevereiro",
      "março",
      "abril",
      "maio",
      "junho",
      "julho",
      "agosto",
      "setembro",
      "outubro",
      "novembro",
      "dezembro",
    ],
  ],
};
