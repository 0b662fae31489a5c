/** Chinese. */
import type { Lexicon } from "./types.js";

export const zh: Lexicon = {
  code: "zh",
  name: "Chinese",
  questionLabels: ["问", "记者"],
  answerLabels: ["答"],
  introPhrases: ["以下", "全文"],
  pointers: ["以下"],
};
