/** German. */
import type { Lexicon } from "./types.js";

export const de: Lexicon = {
  code: "de",
  name: "German",
  questionLabels: ["Frage", { word: "F", initial: true }],
  answerLabels: ["Antwort"],
  months: [
    [
      "januar",
      "februar",
      "märz",
      "april",
      "mai",
      "juni",
      "juli",
      "august",
      "september",
      "oktober",
      "november",
      "dezember",
    ],
  ],
  introPhrases: ["im Wortlaut", "folgt"],
  closingPhrases: ["das gespräch führte"],
  speechVerbs: ["sagte", "sagt", "erklärte", "betonte"],
};
