/** Italian. */
import type { Lexicon } from "./types.js";

export const it: Lexicon = {
  code: "it",
  name: "Italian",
  questionLabels: ["Domanda", { word: "D", initial: true }],
  answerLabels: ["Risposta", { word: "R", initial: true }],
  months: [
    [
      "gennaio",
      "febbraio",
      "marzo",
      "aprile",
      "maggio",
      "giugno",
      "luglio",
      "agosto",
      "settembre",
      "ottobre",
      "novembre",
      "dicembre",
    ],
  ],
};
